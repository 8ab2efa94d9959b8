// QueuePane's decisions against a real gatehouse-server, driven offscreen:
// approve, reject with a reason and a template, a stale decision (someone
// else decided first: 412) that names who and keeps the typed reason, a bulk
// decision with a result per item, claim and release, and a role that may
// read but not decide.
#include "tst_queuepane_fixture.h"

#include "models/queues/claimkeeper.h"
#include "ui/common/messagebanner.h"
#include "ui/queues/bulkdecisiondialog.h"
#include "ui/queues/decisiondialog.h"
#include "ui/queues/decisionflow.h"
#include "ui/queues/mailpreviewview.h"
#include "ui/queues/queueactions.h"
#include "ui/queues/queuedetailview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace QueuePaneTest;

class tst_QueuePaneDecisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void approveDecidesAndPreviewsTheMail();
    void rejectNeedsAReasonAndSendsTheTemplate();
    void cancelledReasonComesBackWhenReopened();
    void staleDecisionNamesWhoDecidedAndKeepsTheText();
    void bulkDecisionShowsAResultPerItem();
    void decideAndOpenNext();
    void unreachableServerKeepsTheTextForAnotherTry();
    void claimAndReleaseShowInTheList();
    void auditorMayReadButNotDecide();

private:
    bool openPane(const QString &login);
    QueueItemSummary selectFree(int index = 0);
    DecisionDialog *dialog() const { return m_pane->flow()->dialog(); }
    QString itemStatus(qint64 id);

    TestServer m_server{serverOptions()};
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<QueuePane> m_pane;
    std::unique_ptr<OtherReviewer> m_admin;
    const QueueKind m_kind = QueueKind::WorkspaceApplications;
};

void tst_QueuePaneDecisions::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_QueuePaneDecisions::init()
{
    const QString dir = m_dir.filePath(u"run%1"_s.arg(++m_run));
    QDir().mkpath(dir);
    m_services = std::make_unique<Services>(dir);
    QVERIFY(m_services->languages.setLanguage(u"en"_s));
    m_admin = std::make_unique<OtherReviewer>(m_server, u"admin"_s);
    QVERIFY(m_admin->isValid());
}

void tst_QueuePaneDecisions::cleanup()
{
    m_pane.reset();
    m_admin.reset();
    m_services.reset();
}

bool tst_QueuePaneDecisions::openPane(const QString &login)
{
    if (!m_services->signIn(m_server, login))
        return false;
    m_pane = m_services->pane(m_kind);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        return false;
    m_pane->activate();
    return waitForRows(*m_pane);
}

QueueItemSummary tst_QueuePaneDecisions::selectFree(int index)
{
    const QList<int> rows =
            freeRows(*m_pane->model(), index + 1, QDateTime::currentMSecsSinceEpoch());
    if (rows.size() <= index)
        return {};
    selectRow(*m_pane, rows.at(index));
    return m_pane->model()->summary(rows.at(index));
}

QString tst_QueuePaneDecisions::itemStatus(qint64 id)
{
    return m_admin->item(m_kind, id).value(u"status"_s).toString();
}

void tst_QueuePaneDecisions::approveDecidesAndPreviewsTheMail()
{
    QVERIFY(openPane(u"reviewer"_s));
    const QueueItemSummary item = selectFree();
    QVERIFY(item.id);
    QTRY_VERIFY(m_pane->detail()->hasDetail());
    QVERIFY(m_pane->actions()->approve->isEnabled());

    m_pane->actions()->approve->trigger();
    QVERIFY(dialog());
    QCOMPARE(dialog()->objectName(), u"approveDialog"_s);
    auto *preview = dialog()->findChild<MailPreviewView *>();
    QTRY_VERIFY_WITH_TIMEOUT(!preview->subject().isEmpty(), 10'000);
    QVERIFY2(preview->body().contains(item.companyName), qPrintable(preview->body()));

    QTest::mouseClick(dialog()->submitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 10'000);
    QCOMPARE(itemStatus(item.id), u"approved"_s);
    // The list shows items under review: the decided one leaves it, the detail says so.
    QCOMPARE(m_pane->model()->rowOfId(item.id), -1);
    QCOMPARE(m_pane->detail()->detail().summary.status, QueueStatus::Approved);
    QVERIFY(!m_pane->actions()->approve->isEnabled());
}

void tst_QueuePaneDecisions::rejectNeedsAReasonAndSendsTheTemplate()
{
    QVERIFY(openPane(u"reviewer"_s));
    const QueueItemSummary item = selectFree();
    QVERIFY(item.id);
    QTRY_VERIFY(m_pane->detail()->hasDetail());
    const bool chinese = m_pane->detail()->detail().applicantLanguage != u"en";

    QTest::keyClick(m_pane->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dialog());
    QCOMPARE(dialog()->objectName(), u"rejectDialog"_s);
    // No reason, no rejection: the button says why.
    QVERIFY(!dialog()->submitButton()->isEnabled());
    QVERIFY(dialog()->submitButton()->toolTip().contains(u"reason"_s));

    auto *reason = dialog()->findChild<QComboBox *>(u"reasonCode"_s);
    QTRY_VERIFY(reason->count() > 1);
    const int websiteIndex = reason->findData(u"website_unreachable"_s);
    QVERIFY(websiteIndex > 0);
    QCOMPARE(reason->itemText(websiteIndex),
             u"The website could not be reached or does not belong to the company."_s);
    reason->setCurrentIndex(websiteIndex);
    QVERIFY(dialog()->submitButton()->isEnabled());
    QTest::mouseClick(dialog()->findChild<QPushButton *>(u"insertTemplate"_s), Qt::LeftButton);
    auto *note = dialog()->findChild<QPlainTextEdit *>(u"reasonText"_s);
    const QString expected = chinese ? u"请提供可正常访问且属于贵公司的官网地址。"_s
                                     : u"Please give a website address that can be reached and "
                                       "belongs to your company."_s;
    QCOMPARE(note->toPlainText(), expected);
    note->moveCursor(QTextCursor::End);
    note->insertPlainText(u" (官网 https://xn--example)"_s); // QTest types Latin-1 only

    QTest::mouseClick(dialog()->submitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 10'000);
    const QJsonObject decided = m_admin->item(m_kind, item.id);
    QCOMPARE(decided.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(decided.value(u"reason_code"_s).toString(), u"website_unreachable"_s);
    QCOMPARE(decided.value(u"reason_text"_s).toString(),
             QString(expected + u" (官网 https://xn--example)"_s));
}

void tst_QueuePaneDecisions::cancelledReasonComesBackWhenReopened()
{
    QVERIFY(openPane(u"reviewer"_s));
    const QueueItemSummary item = selectFree();
    QVERIFY(item.id);
    m_pane->actions()->reject->trigger();
    QVERIFY(dialog());
    auto *reason = dialog()->findChild<QComboBox *>(u"reasonCode"_s);
    QTRY_VERIFY(reason->count() > 1);
    reason->setCurrentIndex(reason->findData(u"other"_s));
    // "other" needs a note.
    QVERIFY(!dialog()->submitButton()->isEnabled());
    dialog()->findChild<QPlainTextEdit *>(u"reasonText"_s)
            ->insertPlainText(u"联系电话无人接听，请更新。"_s);
    QVERIFY(dialog()->submitButton()->isEnabled());
    QTest::mouseClick(dialog()->findChild<QPushButton *>(u"cancelDecision"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog());
    QCOMPARE(itemStatus(item.id), u"under_review"_s);

    m_pane->actions()->reject->trigger();
    QVERIFY(dialog());
    QCOMPARE(dialog()->reasonCode(), u"other"_s);
    QCOMPARE(dialog()->reasonText(), u"联系电话无人接听，请更新。"_s);
    dialog()->close();
}

void tst_QueuePaneDecisions::staleDecisionNamesWhoDecidedAndKeepsTheText()
{
    QVERIFY(openPane(u"reviewer"_s));
    const QueueItemSummary item = selectFree();
    QVERIFY(item.id);
    QTRY_VERIFY(m_pane->detail()->hasDetail());
    m_pane->actions()->reject->trigger();
    QVERIFY(dialog());
    auto *reason = dialog()->findChild<QComboBox *>(u"reasonCode"_s);
    QTRY_VERIFY(reason->count() > 1);
    reason->setCurrentIndex(reason->findData(u"incomplete_information"_s));
    const QString typed = u"Please add the registered address."_s;
    QTest::keyClicks(dialog()->findChild<QPlainTextEdit *>(u"reasonText"_s), typed);

    // Meanwhile the administrator approves the same item on their own console.
    const HttpReply first = m_admin->decide(m_kind, item.id, u"approve"_s);
    QCOMPARE(first.status, 200);

    QTest::mouseClick(dialog()->submitButton(), Qt::LeftButton);
    MessageBanner *banner = dialog()->banner();
    QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), MessageBanner::Kind::Warning, 10'000);
    QVERIFY2(banner->text().contains(u"王芳 already approved it"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"reason text is kept"_s), qPrintable(banner->text()));
    // The text is still there, the item cannot be decided again, and the detail is current.
    QCOMPARE(dialog()->reasonText(), typed);
    QVERIFY(!dialog()->submitButton()->isEnabled());
    QCOMPARE(m_pane->detail()->detail().summary.status, QueueStatus::Approved);
    QCOMPARE(m_pane->detail()->detail().decidedByName, u"王芳"_s);
    QCOMPARE(itemStatus(item.id), u"approved"_s);
    dialog()->close();
}

void tst_QueuePaneDecisions::bulkDecisionShowsAResultPerItem()
{
    QVERIFY(openPane(u"reviewer"_s));
    const QList<int> rows = freeRows(*m_pane->model(), 3, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(rows.size(), 3);
    QList<qint64> ids;
    m_pane->table()->clearSelection();
    for (int row : rows) {
        ids.append(m_pane->model()->summary(row).id);
        m_pane->table()->selectionModel()->select(m_pane->model()->index(row, 0),
                                                  QItemSelectionModel::Select
                                                          | QItemSelectionModel::Rows);
    }
    QVERIFY(m_pane->actions()->approve->isEnabled());
    QVERIFY(m_pane->actions()->approve->toolTip().contains(u"3 selected items"_s));
    m_pane->actions()->approve->trigger();
    BulkDecisionDialog *bulk = m_pane->flow()->bulkDialog();
    QVERIFY(bulk);
    QCOMPARE(bulk->itemCount(), 3);
    // The preview: every item will be approved.
    for (int row = 0; row < 3; ++row)
        QCOMPARE(bulk->resultText(row), u"Will be approved"_s);
    QCOMPARE(bulk->runButton()->text(), u"&Approve 3 Items"_s);

    // Someone decides the middle one first.
    QCOMPARE(m_admin->decide(m_kind, ids.at(1), u"reject"_s, u"duplicate_submission"_s).status,
             200);
    QTest::mouseClick(bulk->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->hasRun() && !bulk->isRunning(), 15'000);
    QCOMPARE(bulk->decidedCount(), 2);
    QCOMPARE(bulk->notDecidedCount(), 1);
    QCOMPARE(bulk->state(0), BulkDecisionDialog::ItemState::Decided);
    QCOMPARE(bulk->state(1), BulkDecisionDialog::ItemState::NotDecided);
    QCOMPARE(bulk->state(2), BulkDecisionDialog::ItemState::Decided);
    QCOMPARE(bulk->resultText(0), u"✓ Approved"_s);
    QVERIFY2(bulk->resultText(1).contains(u"王芳 already rejected it"_s),
             qPrintable(bulk->resultText(1)));
    // A stale item is not retried: only transient failures are.
    QVERIFY(!bulk->retryButton()->isVisible());
    QCOMPARE(itemStatus(ids.at(0)), u"approved"_s);
    QCOMPARE(itemStatus(ids.at(1)), u"rejected"_s);
    QCOMPARE(itemStatus(ids.at(2)), u"approved"_s);
    // The list follows: none of the three is under review any more.
    for (qint64 id : std::as_const(ids))
        QCOMPARE(m_pane->model()->rowOfId(id), -1);
    bulk->close();
}

void tst_QueuePaneDecisions::decideAndOpenNext()
{
    QVERIFY(openPane(u"reviewer"_s));
    const QueueItemSummary item = selectFree();
    QVERIFY(item.id);
    QTRY_VERIFY(m_pane->detail()->hasDetail());
    QTest::keyClick(m_pane->table(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(dialog());
    QVERIFY(dialog()->submitAndNextButton()->isDefault());
    QTest::keyClick(dialog(), Qt::Key_Return); // the default: approve, then the next one
    QTRY_VERIFY_WITH_TIMEOUT(!dialog(), 10'000);
    QCOMPARE(itemStatus(item.id), u"approved"_s);
    // The next item due that nobody held is open, claimed by me, and selected.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->claims()->heldId() != 0, 10'000);
    const qint64 next = m_pane->claims()->heldId();
    QVERIFY(next != item.id);
    QCOMPARE(m_pane->detail()->itemId(), next);
    QCOMPARE(m_pane->model()->summary(m_pane->table()->currentIndex().row()).id, next);
    const QJsonObject claim = m_admin->item(m_kind, next).value(u"claim"_s).toObject();
    QCOMPARE(claim.value(u"name"_s).toString(), u"李娜"_s);
    m_pane.reset(); // leaving gives the claim back
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->item(m_kind, next).value(u"claim"_s).isNull(), 10'000);
}

void tst_QueuePaneDecisions::unreachableServerKeepsTheTextForAnotherTry()
{
    TestServer server(serverOptions()); // of its own: this test stops it
    QVERIFY(server.start());
    QVERIFY(m_services->signIn(server, u"reviewer"_s));
    m_pane = m_services->pane(m_kind);
    m_pane->show();
    m_pane->activate();
    QVERIFY(waitForRows(*m_pane));
    QVERIFY(selectFree().id);
    m_pane->actions()->reject->trigger();
    QVERIFY(dialog());
    auto *reason = dialog()->findChild<QComboBox *>(u"reasonCode"_s);
    QTRY_VERIFY(reason->count() > 1);
    reason->setCurrentIndex(reason->findData(u"logo_inappropriate"_s));
    const QString typed = u"The logo is a stock photo."_s;
    QTest::keyClicks(dialog()->findChild<QPlainTextEdit *>(u"reasonText"_s), typed);

    server.stop();
    QTest::mouseClick(dialog()->submitButton(), Qt::LeftButton);
    MessageBanner *banner = dialog()->banner();
    QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), MessageBanner::Kind::Error, 20'000);
    QVERIFY2(banner->text().contains(u"never decides twice"_s), qPrintable(banner->text()));
    QCOMPARE(dialog()->reasonText(), typed);
    QCOMPARE(dialog()->reasonCode(), u"logo_inappropriate"_s);
    // Another try is possible, and would carry the same Idempotency-Key.
    QVERIFY(dialog()->submitButton()->isEnabled());
    const QByteArray key =
            m_pane->flow()
                    ->drafts()
                    .draft(dialog()->itemId(), DecisionKind::Reject, dialog()->version())
                    .lastKey();
    QVERIFY(!key.isEmpty());
    QTest::mouseClick(dialog()->submitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isBusy(), 20'000);
    QCOMPARE(m_pane->flow()
                     ->drafts()
                     .draft(dialog()->itemId(), DecisionKind::Reject, dialog()->version())
                     .lastKey(),
             key);
    dialog()->close();
}

void tst_QueuePaneDecisions::claimAndReleaseShowInTheList()
{
    QVERIFY(openPane(u"reviewer"_s));
    const QueueItemSummary item = selectFree();
    QVERIFY(item.id);
    QVERIFY(!m_pane->actions()->release->isEnabled());
    QVERIFY(m_pane->actions()->release->toolTip().contains(u"do not hold"_s));
    QTest::keyClick(m_pane->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const auto claimedBy = [this, &item] {
        const int row = m_pane->model()->rowOfId(item.id);
        return m_pane->model()->index(row, QueueModel::ClaimedByColumn).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(claimedBy(), u"You"_s, 10'000);
    QCOMPARE(m_pane->claims()->heldId(), item.id);
    QVERIFY(!m_pane->actions()->claim->isEnabled());
    QVERIFY(m_pane->actions()->release->isEnabled());
    QVERIFY(m_admin->item(m_kind, item.id).value(u"claim"_s).isObject());
    // Someone else is refused while the claim lives.
    QCOMPARE(m_admin->claim(m_kind, item.id).status, 409);

    m_pane->actions()->release->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(claimedBy(), QString(), 10'000);
    QCOMPARE(m_pane->claims()->heldId(), 0);
    QVERIFY(m_admin->item(m_kind, item.id).value(u"claim"_s).isNull());
}

void tst_QueuePaneDecisions::auditorMayReadButNotDecide()
{
    QVERIFY(openPane(u"auditor"_s));
    const QueueItemSummary item = selectFree();
    QVERIFY(item.id);
    QCOMPARE(m_admin->claim(m_kind, item.id).status, 200);
    QTRY_VERIFY(m_pane->detail()->hasDetail());
    for (QAction *action : {m_pane->actions()->claim, m_pane->actions()->approve,
                            m_pane->actions()->reject, m_pane->actions()->openNext}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().contains(u"reviewer or administrator role"_s),
                 qPrintable(action->toolTip()));
    }
    // Reading is open: the item's audit trail (the administrator's claim) without read_audit.
    m_pane->detail()->tabs()->setCurrentIndex(3);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->auditTrail()->topLevelItemCount() > 0, 10'000);
    QCOMPARE(m_pane->detail()->auditTrail()->topLevelItem(0)->text(2), u"Claimed"_s);
}

QTEST_MAIN(tst_QueuePaneDecisions)
#include "tst_queuepane_decisions.moc"
