// The queue filter travels as query parameters; console and server read it
// with the same code, and a bad parameter is a field problem, not a guess.
#include "domain/queuerecords.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestQueueFilter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QueueFilter f;
        f.statuses = {QueueStatus::UnderReview, QueueStatus::Rejected};
        f.role = u"technical_merchant"_s;
        f.submittedFrom = QDate(2026, 11, 1);
        f.submittedTo = QDate(2026, 11, 20);
        f.due = u"overdue"_s;
        f.claimed = u"nobody"_s;
        f.text = u"星辰 & co=1+2 100%"_s;
        f.sort = QueueSortColumn::Company;
        f.descending = true;
        f.limit = 250;
        f.cursor = u"WzEsMl0"_s;
        QList<FieldProblem> problems;
        // Through a URL and back, as the server receives it.
        QUrl url(u"http://127.0.0.1/api/v1/queues/workspace-applications/items"_s);
        url.setQuery(f.toQuery());
        const QueueFilter back =
                QueueFilter::fromQuery(QUrlQuery(url.query(QUrl::FullyEncoded)), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(back, f);
    }

    void badParameters()
    {
        QList<FieldProblem> problems;
        QueueFilter::fromQuery(
                QUrlQuery(u"status=open&due=soon&claimed=him&sort=colour&order=up&limit=0"
                          "&submitted_from=2026-13-01"_s),
                &problems);
        QStringList fields;
        for (const FieldProblem &p : problems)
            fields.append(p.field);
        fields.sort();
        QCOMPARE(fields,
                 (QStringList{u"claimed"_s, u"due"_s, u"limit"_s, u"order"_s, u"sort"_s,
                              u"status"_s, u"submitted_from"_s}));
    }

    void summaryJson()
    {
        QueueItemSummary s;
        s.id = 42;
        s.applicantAccountId = 7;
        s.applicantName = u"张伟 \"Zhang\" \\ \n\t\u0001 😀"_s; // escapes and a surrogate pair
        s.applicantEmail = u"zhang@example.com"_s;
        s.companyName = u"星辰科技有限公司"_s;
        s.role = u"technical_merchant"_s;
        s.submittedAt = 1'763'700'000'000;
        s.dueAt = 1'763'900'000'000;
        s.status = QueueStatus::UnderReview;
        s.claimedById = 3;
        s.claimedByName = u"李娜"_s;
        s.claimExpiresAt = 1'763'700'300'000;
        s.submissionNumber = 2;
        s.version = 5;
        const QueueItemSummary back = QueueItemSummary::fromJson(s.toJson());
        QCOMPARE(back.id, s.id);
        QCOMPARE(back.applicantName, s.applicantName);
        QCOMPARE(back.claimedByName, s.claimedByName);
        QCOMPARE(back.claimExpiresAt, s.claimExpiresAt);
        QCOMPARE(back.dueAt, s.dueAt);
        QCOMPARE(back.submissionNumber, 2);
        QCOMPARE(back.version, 5);
    }
};

QTEST_GUILESS_MAIN(TestQueueFilter)
#include "tst_queuefilter.moc"
