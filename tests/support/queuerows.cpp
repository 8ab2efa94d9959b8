#include "queuerows.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace QueueRows {

QList<QueueItemSummary> generate(int count, quint32 seed, qint64 nowMs)
{
    static const QStringList surnames{u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s,
                                      u"杨"_s, u"赵"_s, u"黄"_s, u"周"_s, u"吴"_s};
    static const QStringList given{u"伟"_s, u"芳"_s, u"娜"_s, u"敏"_s, u"静"_s, u"磊"_s,
                                   u"洋"_s, u"艳"_s, u"勇"_s, u"军"_s, u"杰"_s, u"婷"_s};
    static const QStringList english{u"Emily Chen"_s, u"Oliver Smith"_s, u"Grace Liu"_s,
                                     u"Daniel Wong"_s, u"Sophia Li"_s};
    static const QStringList prefixes{u"星辰"_s, u"云帆"_s,  u"青禾"_s,   u"北辰"_s,   u"锦程"_s,
                                      u"汇通"_s, u"Lumen"_s, u"Harbor"_s, u"Nimbus"_s, u"Apex"_s};
    static const QStringList suffixes{u"科技有限公司"_s, u"信息技术有限公司"_s,
                                      u"网络科技有限公司"_s, u" Technology Ltd."_s,
                                      u" Software Co."_s};
    static const QStringList roles{u"technical_merchant"_s, u"business_merchant"_s,
                                   u"service_provider"_s, u"individual_developer"_s};
    static const QStringList reviewers{u"李娜"_s, u"Emily Chen"_s, u"赵磊"_s};
    QRandomGenerator rng(seed);
    QList<QueueItemSummary> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        QueueItemSummary s;
        s.id = i + 1;
        s.applicantAccountId = 1000 + i;
        const bool chinese = rng.bounded(5) != 0;
        s.applicantName = chinese
                ? surnames[rng.bounded(surnames.size())] + given[rng.bounded(given.size())]
                : english[rng.bounded(english.size())];
        s.applicantEmail = u"user%1@%2.example.com"_s.arg(i).arg(chinese ? u"mail"_s : u"corp"_s);
        s.companyName = prefixes[rng.bounded(prefixes.size())]
                + suffixes[rng.bounded(suffixes.size())]
                + (rng.bounded(3) == 0 ? QString::number(rng.bounded(100)) : QString());
        s.role = roles[rng.bounded(roles.size())];
        s.submittedAt = nowMs - qint64(rng.bounded(30 * 24 * 3600)) * 1000;
        s.dueAt = s.submittedAt + 2LL * 24 * 3600 * 1000 + qint64(rng.bounded(48 * 3600)) * 1000;
        s.status = rng.bounded(10) < 7 ? QueueStatus::UnderReview : QueueStatus(1 + rng.bounded(3));
        if (s.status == QueueStatus::UnderReview && rng.bounded(5) == 0) {
            const int r = rng.bounded(reviewers.size());
            s.claimedById = 2 + r;
            s.claimedByName = reviewers[r];
            s.claimExpiresAt = nowMs + 5 * 60 * 1000;
        }
        s.submissionNumber = rng.bounded(6) == 0 ? 2 : 1;
        s.version = 1 + rng.bounded(3);
        s.updatedAt = s.submittedAt;
        rows.append(s);
    }
    return rows;
}

} // namespace QueueRows
