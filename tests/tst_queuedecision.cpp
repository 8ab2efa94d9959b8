// Decision drafts and outcomes: the Idempotency-Key is kept for a retry of the
// same decision and fresh for anything else; drafts keep the typed reason per
// item; the server's answers (200, 412 with current, 409, no answer) become
// the right outcome and words.
#include "models/queues/queuedecision.h"
#include "models/queues/reasontemplates.h"
#include "services/api/apiresult.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject decidedItem(const QString &status, const QString &by)
{
    QueueItemDetail d;
    d.summary.id = 41;
    d.summary.version = 2;
    d.summary.companyName = u"星辰科技有限公司"_s;
    Queues::statusFromCode(status, &d.summary.status);
    d.decidedByName = by;
    d.decidedAt = 1'763'700'000'000;
    return d.toJson();
}

} // namespace

class TestQueueDecision : public QObject
{
    Q_OBJECT

private slots:
    void retryOfTheSameDecisionKeepsItsKey()
    {
        DecisionDraft draft;
        draft.itemId = 41;
        draft.version = 1;
        draft.decision = DecisionKind::Reject;
        draft.reasonCode = u"other"_s;
        draft.reasonText = u"请补充营业执照。"_s;
        const QByteArray first = draft.keyForSending();
        QVERIFY(!first.isEmpty());
        QVERIFY(first.size() <= 128);
        QCOMPARE(draft.keyForSending(), first);
        // Whitespace at the ends is not sent, so it does not make another request.
        draft.reasonText = u"请补充营业执照。 "_s;
        QCOMPARE(draft.keyForSending(), first);

        draft.reasonText = u"请补充营业执照和法定代表人。"_s;
        const QByteArray second = draft.keyForSending();
        QVERIFY(second != first);
        draft.version = 2; // the item moved on: another request
        QVERIFY(draft.keyForSending() != second);
        draft.decision = DecisionKind::Approve;
        const QByteArray third = draft.keyForSending();
        QCOMPARE(draft.body(), QJsonObject({{u"decision"_s, u"approve"_s}}));
        QCOMPARE(draft.keyForSending(), third);
    }

    void bodyAndCompleteness()
    {
        DecisionDraft draft;
        draft.decision = DecisionKind::Reject;
        QVERIFY(!draft.isComplete(false));
        draft.reasonCode = u"other"_s;
        QVERIFY(draft.isComplete(false));
        QVERIFY(!draft.isComplete(true));
        draft.reasonText = u"  "_s;
        QVERIFY(!draft.isComplete(true));
        QCOMPARE(draft.body(),
                 QJsonObject({{u"decision"_s, u"reject"_s}, {u"reason_code"_s, u"other"_s}}));
        draft.reasonText = u" 请更新官网。 "_s;
        QVERIFY(draft.isComplete(true));
        QCOMPARE(draft.body().value(u"reason_text"_s).toString(), u"请更新官网。"_s);
    }

    void draftsKeepTheTextPerItem()
    {
        DecisionDrafts drafts;
        DecisionDraft d = drafts.draft(7, DecisionKind::Reject, 3);
        QVERIFY(d.reasonText.isEmpty());
        d.reasonCode = u"other"_s;
        d.reasonText = u"Typed before the failure"_s;
        const QByteArray key = d.keyForSending();
        drafts.store(d);
        const DecisionDraft again = drafts.draft(7, DecisionKind::Reject, 3);
        QCOMPARE(again.reasonText, u"Typed before the failure"_s);
        QCOMPARE(again.lastKey(), key);
        QVERIFY(drafts.draft(8, DecisionKind::Reject, 1).reasonText.isEmpty());
        drafts.remove(7);
        QVERIFY(!drafts.contains(7));
    }

    void outcomes()
    {
        ApiResult ok;
        ok.ok = true;
        ok.httpStatus = 200;
        ok.json = decidedItem(u"approved"_s, u"李娜"_s);
        DecisionOutcome o = DecisionOutcome::from(ok);
        QCOMPARE(o.kind, DecisionOutcome::Kind::Decided);
        QCOMPARE(o.current.summary.status, QueueStatus::Approved);

        ApiResult stale;
        stale.httpStatus = 412;
        stale.problem.status = 412;
        stale.problem.code = u"precondition_failed"_s;
        stale.problem.extensions.insert(u"current"_s, decidedItem(u"rejected"_s, u"王芳"_s));
        o = DecisionOutcome::from(stale);
        QCOMPARE(o.kind, DecisionOutcome::Kind::Stale);
        QVERIFY(o.hasCurrent);
        QCOMPARE(o.current.decidedByName, u"王芳"_s);
        QVERIFY2(o.message.contains(u"王芳 already rejected it"_s), qPrintable(o.message));
        QVERIFY(!o.isRetryable());

        ApiResult claimed;
        claimed.httpStatus = 409;
        claimed.problem.code = u"claimed_by_other"_s;
        claimed.errorText = u"李娜 is working on this item."_s;
        o = DecisionOutcome::from(claimed);
        QCOMPARE(o.kind, DecisionOutcome::Kind::ClaimedByOther);
        QCOMPARE(o.message, claimed.errorText);

        ApiResult gone;
        gone.networkError = QNetworkReply::ConnectionRefusedError;
        gone.errorText = u"The server cannot be reached."_s;
        o = DecisionOutcome::from(gone);
        QCOMPARE(o.kind, DecisionOutcome::Kind::Offline);
        QVERIFY(o.isRetryable());
        QVERIFY(o.message.contains(u"never decides twice"_s));
    }

    void templatesFollowTheApplicantsLanguage()
    {
        QCOMPARE(ReasonTemplates::text(u"licence_unreadable"_s, true),
                 u"请上传完整、清晰的营业执照照片或扫描件。"_s);
        QVERIFY(ReasonTemplates::text(u"licence_unreadable"_s, false).startsWith(u"Please"_s));
        // A code this console does not know gets the general template.
        QCOMPARE(ReasonTemplates::text(u"new_code_from_the_server"_s, true),
                 ReasonTemplates::text(u"other"_s, true));
    }
};

QTEST_GUILESS_MAIN(TestQueueDecision)
#include "tst_queuedecision.moc"
