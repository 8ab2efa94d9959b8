#include "demo/reviewtimeline.h"

#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "store/database.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

constexpr const char16_t *kApprovalNotesZh[] = {u"资料齐全，审核通过", u"信息核实无误",
                                                u"已电话核实"};
constexpr const char16_t *kApprovalNotesEn[] = {u"All documents in order", u"Verified by phone",
                                                u"Details confirmed"};

} // namespace

QString ReviewRecord::statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::UnderReview:
        return u"under_review"_s;
    case ReviewStatus::Approved:
        return u"approved"_s;
    case ReviewStatus::Rejected:
        return u"rejected"_s;
    case ReviewStatus::Withdrawn:
        return u"withdrawn"_s;
    }
    return {};
}

QStringList ReviewRecord::reviewColumnNames()
{
    return {u"status"_s,          u"submitted_at"_s,        u"due_at"_s,
            u"decided_at"_s,      u"decided_by_staff_id"_s, u"decided_by_name"_s,
            u"reason_code"_s,     u"reason_text"_s,         u"claimed_by_staff_id"_s,
            u"claimed_by_name"_s, u"claim_expires_at"_s,    u"applicant_name"_s,
            u"applicant_email"_s, u"submission_number"_s,   u"updated_at"_s};
}

QList<QVariant> ReviewRecord::reviewColumns() const
{
    const auto optional = [](qint64 v) {
        return v ? QVariant(v) : QVariant();
    };
    return {statusName(status),
            submittedAt,
            dueAt,
            optional(decidedAt),
            optional(decidedBy),
            decidedByName,
            reason ? QVariant(QString::fromUtf16(reason->code)) : QVariant(),
            reasonText,
            optional(claimedBy),
            Database::text(claimedByName), // the queues sort on it: '' rather than NULL
            optional(claimExpiresAt),
            Database::text(applicantName),
            Database::text(applicantEmail),
            submissionNumber,
            decidedAt ? decidedAt : submittedAt};
}

ReviewTimeline::ReviewTimeline(const DemoWorld &world)
    : m_world(world), m_calendar(BusinessCalendar::chinaDefault())
{ }

qint64 ReviewTimeline::dueFor(qint64 submittedAt) const
{
    return m_calendar.addBusinessDays(QDateTime::fromMSecsSinceEpoch(submittedAt, Qt::UTC), 2)
            .toMSecsSinceEpoch();
}

qint64 ReviewTimeline::reviewDuration(DemoRandom &random, qint64 submittedAt) const
{
    // Most are decided within the two business days; some run late.
    const qint64 due = dueFor(submittedAt) - submittedAt;
    if (random.chance(0.85))
        return std::max<qint64>(20 * kMinute, qint64(random.unit() * double(due)));
    return due + qint64(random.exponential(2 * kDay));
}

QList<ReviewTimeline::Step> ReviewTimeline::chain(DemoRandom &random, qint64 earliest,
                                                  ReviewStatus finalStatus, int rejections) const
{
    const qint64 latest = m_world.anchor - 5 * kMinute;
    earliest = std::min(earliest, latest - kHour);
    Step last{};
    last.status = finalStatus;
    if (finalStatus == ReviewStatus::UnderReview) {
        // The queue: mostly the last few days, a tail of overdue items.
        last.submittedAt = latest - qint64(random.exponential(3 * kDay));
        last.submittedAt = std::max(last.submittedAt,
                                    earliest + qint64(random.unit() * double(latest - earliest)));
    } else {
        last.submittedAt = latest - 3 * kDay - qint64(random.exponential(80 * kDay));
        last.submittedAt =
                std::max(last.submittedAt,
                         earliest + qint64(random.unit() * double(latest - earliest) * 0.5));
        const qint64 took = finalStatus == ReviewStatus::Withdrawn
                ? qint64(random.exponential(kDay)) + 10 * kMinute
                : reviewDuration(random, last.submittedAt);
        last.decidedAt = std::min(last.submittedAt + took, latest);
    }
    QList<Step> steps{last};
    qint64 next = last.submittedAt;
    for (int i = 0; i < rejections; ++i) {
        // The applicant fixes things for a day or a week, then submits again.
        const qint64 decided = next - qint64(random.exponential(3 * kDay)) - kHour;
        const qint64 took = reviewDuration(random, decided);
        const qint64 submitted = decided - took;
        if (submitted <= earliest)
            break;
        steps.prepend({submitted, decided, ReviewStatus::Rejected});
        next = submitted;
    }
    return steps;
}

void ReviewTimeline::decide(DemoRandom &random, ReviewRecord &record, const Step &step,
                            std::span<const ReviewReason> rejectionReasons) const
{
    record.status = step.status;
    record.submittedAt = step.submittedAt;
    record.dueAt = dueFor(step.submittedAt);
    record.decidedAt = step.decidedAt;
    const bool english = record.platformOrg == 2;
    const QList<DemoStaffMember> &reviewers = m_world.reviewers.value(record.platformOrg);
    const auto reviewer = [&]() -> const DemoStaffMember & {
        return reviewers[qsizetype(random.below(quint64(reviewers.size())))];
    };
    switch (step.status) {
    case ReviewStatus::UnderReview:
        if (!reviewers.isEmpty() && random.chance(0.15)) {
            const DemoStaffMember &r = reviewer();
            record.claimedBy = r.id;
            record.claimedByName = r.name;
            record.claimExpiresAt = m_world.anchor + random.between(30, 8 * 60) * kMinute;
        }
        break;
    case ReviewStatus::Approved:
        if (!reviewers.isEmpty()) {
            const DemoStaffMember &r = reviewer();
            record.decidedBy = r.id;
            record.decidedByName = r.name;
        }
        if (random.chance(0.3)) {
            record.reasonText =
                    QString::fromUtf16(english ? random.pick(std::span(kApprovalNotesEn))
                                               : random.pick(std::span(kApprovalNotesZh)));
        }
        break;
    case ReviewStatus::Rejected: {
        if (!reviewers.isEmpty()) {
            const DemoStaffMember &r = reviewer();
            record.decidedBy = r.id;
            record.decidedByName = r.name;
        }
        if (!record.reason)
            record.reason = &rejectionReasons[size_t(random.below(rejectionReasons.size()))];
        record.reasonText =
                QString::fromUtf16(english ? record.reason->textEn : record.reason->textZh);
        break;
    }
    case ReviewStatus::Withdrawn:
        break;
    }
}

std::vector<qsizetype> ReviewTimeline::numberBySubmission(std::vector<ReviewRecord *> &records)
{
    std::vector<qsizetype> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return records[size_t(a)]->submittedAt < records[size_t(b)]->submittedAt;
    });
    for (size_t i = 0; i < order.size(); ++i)
        records[size_t(order[i])]->id = qint64(i) + 1;
    return order;
}
