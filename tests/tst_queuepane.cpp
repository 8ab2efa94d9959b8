// QueuePane against a real gatehouse-server, driven offscreen: the list with
// its count ("showing N of M"), both queues from one class, the detail
// (fields, images with zoom, history with a field diff, mail preview, audit
// trail), filters and sort that persist, live refresh that shows others'
// claims and new arrivals without losing the selection, the shortcuts in the
// main window's help, and the cached queue offline with its age.
#include "tst_queuepane_fixture.h"

#include "services/sync/connectionmonitor.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/queues/imageviewer.h"
#include "ui/queues/mailpreviewview.h"
#include "ui/queues/queueactions.h"
#include "ui/queues/queuedetailview.h"
#include "ui/queues/queuefilterbar.h"
#include "ui/queues/queuehistoryview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace QueuePaneTest;

class tst_QueuePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsHowManyOfHowMany();
    void bothQueuesFromOneClass();
    void detailShowsFieldsHistoryMailAndAudit();
    void licenceOpensWithZoom();
    void filtersAndSortPersist();
    void liveRefreshShowsClaimsAndArrivalsAndKeepsTheSelection();
    void shortcutsAreListedInHelp();
    void offlineShowsTheCachedQueueWithItsAge();

private:
    QueuePane *openPane(QueueKind kind, const QString &login = u"reviewer"_s);
    int rowWhere(const std::function<bool(const QueueItemSummary &)> &wanted) const;

    TestServer m_server{serverOptions()};
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<QueuePane> m_pane;
};

void tst_QueuePane::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_QueuePane::init()
{
    const QString dir = m_dir.filePath(u"run%1"_s.arg(++m_run));
    QDir().mkpath(dir);
    m_services = std::make_unique<Services>(dir);
    QVERIFY(m_services->languages.setLanguage(u"en"_s));
}

void tst_QueuePane::cleanup()
{
    m_pane.reset();
    m_services.reset();
}

QueuePane *tst_QueuePane::openPane(QueueKind kind, const QString &login)
{
    if (m_services->session.state() != SessionService::State::SignedIn
        && !m_services->signIn(m_server, login))
        return nullptr;
    m_pane = m_services->pane(kind);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        return nullptr;
    m_pane->activate();
    return waitForRows(*m_pane) ? m_pane.get() : nullptr;
}

int tst_QueuePane::rowWhere(const std::function<bool(const QueueItemSummary &)> &wanted) const
{
    for (int row = 0; row < m_pane->model()->rowCount(); ++row) {
        if (wanted(m_pane->model()->summary(row)))
            return row;
    }
    return -1;
}

void tst_QueuePane::listShowsHowManyOfHowMany()
{
    QVERIFY(openPane(QueueKind::WorkspaceApplications));
    QueueModel *model = m_pane->model();
    QCOMPARE(model->headerData(QueueModel::CompanyColumn, Qt::Horizontal).toString(),
             u"Company / workspace"_s);
    QVERIFY(model->total() >= model->rowCount());
    QCOMPARE(m_pane->footer()->text(), u"Showing all %1 items."_s.arg(model->total()));
    // Under review, oldest due first, with the business days left spelled out.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->summary(row).status, QueueStatus::UnderReview);
    const QString due = model->index(0, QueueModel::DueColumn).data().toString();
    QVERIFY2(due.contains(u"business day"_s) || due == u"Due today"_s, qPrintable(due));

    // A page smaller than the queue: the footer says how many of how many, never
    // a silent cap, and scrolling fetches the rest.
    QueueFilter small = model->filter();
    small.limit = 5;
    model->setFilter(small);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    QVERIFY(model->total() > 5);
    // The view asks for pages until its viewport is full; not for more.
    QTest::qWait(200);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->rowCount() < model->total());
    QCOMPARE(model->rowCount() % 5, 0);
    QCOMPARE(m_pane->footer()->text(),
             u"Showing %1 of %2 items; scroll down for more."_s.arg(model->rowCount())
                     .arg(model->total()));
    while (model->canFetchMore({})) {
        model->fetchMore({});
        QTRY_VERIFY(!model->isLoading());
    }
    QCOMPARE(qint64(model->rowCount()), model->total());
}

void tst_QueuePane::bothQueuesFromOneClass()
{
    QVERIFY(openPane(QueueKind::EnterpriseVerifications));
    QCOMPARE(m_pane->id(), u"queue-verifications"_s);
    QCOMPARE(m_pane->title(), u"Enterprise verifications"_s);
    QCOMPARE(m_pane->model()->kind(), QueueKind::EnterpriseVerifications);
    // Verifications come from one role: no role filter to choose.
    QVERIFY(!m_pane->filterBar()->findChild<QComboBox *>(u"roleFilter"_s)->isVisible());
    selectRow(*m_pane, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->hasDetail(), 10'000);
    const auto *creditCode = m_pane->detail()->findChild<QLabel *>(u"field_credit_code"_s);
    QVERIFY(creditCode);
    QCOMPARE(creditCode->text().size(), 18);
}

void tst_QueuePane::detailShowsFieldsHistoryMailAndAudit()
{
    QVERIFY(openPane(QueueKind::WorkspaceApplications));
    // A resubmission: its history has the rejected submission before it.
    const int row = rowWhere([](const QueueItemSummary &s) { return s.submissionNumber > 1; });
    QVERIFY2(row >= 0, "the demo queue has a resubmission under review");
    const QueueItemSummary item = m_pane->model()->summary(row);
    selectRow(*m_pane, row);
    QueueDetailView *detail = m_pane->detail();
    QTRY_VERIFY_WITH_TIMEOUT(detail->hasDetail(), 10'000);
    QCOMPARE(detail->findChild<QLabel *>(u"detailCompany"_s)->text(), item.companyName);
    QCOMPARE(detail->findChild<QLabel *>(u"field_company_name"_s)->text(), item.companyName);
    QVERIFY(detail->findChild<QLabel *>(u"detailState"_s)->text().contains(u"Submission"_s));
    QVERIFY(!detail->findChild<QLabel *>(u"detailAvatar"_s)->pixmap().isNull());

    detail->tabs()->setCurrentIndex(1);
    QTreeWidget *submissions = detail->history()->submissions();
    QCOMPARE(submissions->topLevelItemCount(), item.submissionNumber);
    QCOMPARE(submissions->topLevelItem(0)->text(2), u"Rejected"_s);
    QVERIFY(!submissions->topLevelItem(0)->text(4).isEmpty()); // the reason
    QVERIFY(submissions->currentItem()->text(0).contains(u"this one"_s));
    QTreeWidget *diff = detail->history()->changes();
    // Every field, the changed ones first and marked.
    QCOMPARE(diff->topLevelItemCount(),
             Queues::fieldNames(QueueKind::WorkspaceApplications).size());

    detail->tabs()->setCurrentIndex(2);
    detail->findChild<QComboBox *>(u"mailDecision"_s)->setCurrentIndex(1); // if rejected
    MailPreviewView *mail = detail->mailPreview();
    QTRY_VERIFY_WITH_TIMEOUT(!mail->subject().isEmpty(), 10'000);
    QVERIFY(mail->body().contains(item.companyName));

    // The item's own audit trail: a colleague's claim shows with their name.
    OtherReviewer admin(m_server, u"admin"_s);
    QCOMPARE(admin.claim(QueueKind::WorkspaceApplications, item.id).status, 200);
    detail->tabs()->setCurrentIndex(3);
    QTreeWidget *trail = detail->auditTrail();
    QTRY_VERIFY_WITH_TIMEOUT(trail->topLevelItemCount() > 0, 10'000);
    QCOMPARE(trail->topLevelItem(0)->text(1), u"王芳"_s);
    QCOMPARE(trail->topLevelItem(0)->text(2), u"Claimed"_s);
}

void tst_QueuePane::licenceOpensWithZoom()
{
    QVERIFY(openPane(QueueKind::EnterpriseVerifications));
    selectRow(*m_pane, 0);
    QueueDetailView *detail = m_pane->detail();
    QTRY_VERIFY_WITH_TIMEOUT(detail->hasDetail(), 10'000);
    auto *licence = detail->findChild<QToolButton *>(u"licence_image_id"_s);
    QVERIFY(licence);
    QTRY_VERIFY_WITH_TIMEOUT(!licence->icon().isNull(), 10'000);
    QTest::mouseClick(licence, Qt::LeftButton);
    ImageViewer *viewer = detail->findChild<ImageViewer *>();
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    viewer->setZoomPercent(200);
    QCOMPARE(viewer->zoomPercent(), 200);
    const QLabel *picture = viewer->findChild<QLabel *>(u"imageViewerPicture"_s);
    QVERIFY(picture->pixmap().width() > licence->iconSize().width());
    viewer->close();
}

void tst_QueuePane::filtersAndSortPersist()
{
    QVERIFY(openPane(QueueKind::WorkspaceApplications));
    QueueFilterBar *bar = m_pane->filterBar();
    auto *status = bar->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"rejected"_s));
    emit status->activated(status->currentIndex());
    auto *search = bar->findChild<QLineEdit *>(u"queueSearch"_s);
    search->setText(u"科技"_s); // QTest types Latin-1 only
    QTest::keyClick(search, Qt::Key_Return);
    m_pane->table()->horizontalHeader()->setSortIndicator(QueueModel::CompanyColumn,
                                                          Qt::DescendingOrder);
    m_pane->table()->setColumnWidth(QueueModel::ApplicantColumn, 177);
    QTRY_VERIFY(!m_pane->model()->isLoading());
    QCOMPARE(m_pane->model()->filter().statuses, QList<QueueStatus>{QueueStatus::Rejected});
    QCOMPARE(m_pane->model()->filter().text, u"科技"_s);
    QCOMPARE(m_pane->model()->filter().sort, QueueSortColumn::Company);
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        QCOMPARE(m_pane->model()->summary(row).status, QueueStatus::Rejected);

    QSettings &settings = m_services->settings;
    settings.beginGroup(u"panes/queue-applications"_s);
    m_pane->saveState(settings);
    settings.endGroup();
    m_pane.reset();

    // A new pane (the next start) comes back as it was left.
    m_pane = m_services->pane(QueueKind::WorkspaceApplications);
    settings.beginGroup(u"panes/queue-applications"_s);
    m_pane->restoreState(settings);
    settings.endGroup();
    m_pane->show();
    m_pane->activate();
    QTRY_VERIFY(!m_pane->model()->isLoading());
    const QueueFilter restored = m_pane->model()->filter();
    QCOMPARE(restored.statuses, QList<QueueStatus>{QueueStatus::Rejected});
    QCOMPARE(restored.text, u"科技"_s);
    QCOMPARE(restored.sort, QueueSortColumn::Company);
    QVERIFY(restored.descending);
    QCOMPARE(m_pane->filterBar()->findChild<QLineEdit *>(u"queueSearch"_s)->text(), u"科技"_s);
    QCOMPARE(m_pane->table()->horizontalHeader()->sortIndicatorSection(),
             int(QueueModel::CompanyColumn));
    QCOMPARE(m_pane->table()->columnWidth(QueueModel::ApplicantColumn), 177);
}

void tst_QueuePane::liveRefreshShowsClaimsAndArrivalsAndKeepsTheSelection()
{
    QVERIFY(openPane(QueueKind::WorkspaceApplications));
    m_pane->setRefreshInterval(300);
    QueueModel *model = m_pane->model();
    const QList<int> rows = freeRows(*model, 4, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(rows.size(), 4);
    selectRow(*m_pane, rows.at(2));
    const qint64 selected = model->summary(rows.at(2)).id;
    const qint64 claimedByOther = model->summary(rows.at(1)).id;
    const qint64 rejectedThenResubmitted = model->summary(rows.at(3)).id;
    const qint64 totalBefore = model->total();

    OtherReviewer admin(m_server, u"admin"_s);
    QVERIFY(admin.isValid());
    QCOMPARE(admin.claim(QueueKind::WorkspaceApplications, claimedByOther).status, 200);
    const auto claimer = [&] {
        return model->index(model->rowOfId(claimedByOther), QueueModel::ClaimedByColumn)
                .data()
                .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(claimer(), u"王芳"_s, 10'000);
    QCOMPARE(model->summary(m_pane->table()->currentIndex().row()).id, selected);

    // A rejection leaves the list; the applicant's new submission arrives in it.
    QCOMPARE(admin.decide(QueueKind::WorkspaceApplications, rejectedThenResubmitted, u"reject"_s,
                          u"contact_unverifiable"_s)
                     .status,
             200);
    const HttpReply arrival = resubmit(
            m_server, admin.item(QueueKind::WorkspaceApplications, rejectedThenResubmitted),
            u"晨光新到科技有限公司"_s);
    QCOMPARE(arrival.status, 201);
    const qint64 arrived = arrival.json().value(u"id"_s).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(arrived) >= 0, 10'000);
    QTRY_COMPARE(model->rowOfId(rejectedThenResubmitted), -1);
    QCOMPARE(model->total(), totalBefore);
    QCOMPARE(model->summary(model->rowOfId(arrived)).companyName, u"晨光新到科技有限公司"_s);
    // Still the same item selected and open, no reset on the way.
    QCOMPARE(model->summary(m_pane->table()->currentIndex().row()).id, selected);
    QCOMPARE(m_pane->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_pane->detail()->itemId(), selected);
}

void tst_QueuePane::shortcutsAreListedInHelp()
{
    QVERIFY(m_services->signIn(m_server, u"reviewer"_s));
    ConnectionMonitor connection(m_services->api);
    const auto descriptors = [this]() -> QList<PaneDescriptor> {
        return {{Permission::ReadQueues,
                 [this] {
                     return new QueuePane(QueueKind::WorkspaceApplications, m_services->pages,
                                          m_services->items, m_services->session,
                                          m_services->clock);
                 }},
                {Permission::ReadQueues, [this] {
                     return new QueuePane(QueueKind::EnterpriseVerifications, m_services->pages,
                                          m_services->items, m_services->session,
                                          m_services->clock);
                 }}};
    };
    MainWindow window(m_services->session, connection, m_services->languages, m_services->settings,
                      descriptors());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.panes().size(), 2);
    QCOMPARE(window.panes().at(0)->id(), u"queue-applications"_s);
    QCOMPARE(window.panes().at(1)->id(), u"queue-verifications"_s);
    window.findChild<QAction *>(u"shortcutsAction"_s)->trigger();
    auto *table = window.findChild<QTableWidget *>(u"shortcutsTable"_s);
    QVERIFY(table);
    QStringList listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed.append(table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text());
    for (const QString &expected :
         {u"Claim = Ctrl+Shift+C"_s, u"Release = Ctrl+Shift+U"_s, u"Approve… = Ctrl+Shift+A"_s,
          u"Reject… = Ctrl+Shift+R"_s, u"Approve and Open Next… = Ctrl+Alt+A"_s,
          u"Open Next Item = Ctrl+Shift+N"_s})
        QVERIFY2(listed.contains(expected), qPrintable(listed.join(u"; "_s)));
}

void tst_QueuePane::offlineShowsTheCachedQueueWithItsAge()
{
    TestServer server(serverOptions()); // of its own: this test stops it
    QVERIFY(server.start());
    QVERIFY(m_services->openCache());
    QVERIFY(m_services->signIn(server, u"reviewer"_s));
    m_pane = m_services->pane(QueueKind::WorkspaceApplications);
    m_pane->show();
    m_pane->activate();
    QVERIFY(waitForRows(*m_pane));
    const int rows = m_pane->model()->rowCount();
    const qint64 firstId = m_pane->model()->summary(0).id;
    selectRow(*m_pane, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->hasDetail(), 10'000);
    QTest::qWait(2'500); // the snapshot is saved shortly after the page arrives

    server.stop();
    // The next start of the console, with the server gone.
    m_pane = m_services->pane(QueueKind::WorkspaceApplications);
    m_pane->show();
    m_pane->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->isShowingSnapshot(), 30'000);
    QCOMPARE(m_pane->model()->rowCount(), rows);
    QCOMPARE(m_pane->model()->summary(0).id, firstId);
    MessageBanner *banner = m_pane->banner();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().startsWith(u"Offline"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"just now"_s), qPrintable(banner->text()));
    QVERIFY2(m_pane->footer()->text().contains(u"kept offline"_s),
             qPrintable(m_pane->footer()->text()));

    // The detail read before is there too, marked; decisions wait for the server.
    selectRow(*m_pane, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->hasDetail(), 30'000);
    const auto *note = m_pane->detail()->findChild<QLabel *>(u"detailNote"_s);
    QVERIFY2(note->text().startsWith(u"Offline"_s), qPrintable(note->text()));
    QVERIFY(!m_pane->actions()->approve->isEnabled());
    QVERIFY2(m_pane->actions()->approve->toolTip().contains(u"cannot be reached"_s),
             qPrintable(m_pane->actions()->approve->toolTip()));
    // Local filtering still works on what is kept.
    auto *search = m_pane->filterBar()->findChild<QLineEdit *>(u"queueSearch"_s);
    const QString company = m_pane->model()->summary(0).companyName;
    search->setText(company);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(m_pane->model()->rowCount() >= 1);
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        QVERIFY(m_pane->model()->summary(row).companyName.contains(company));
}

QTEST_MAIN(tst_QueuePane)
#include "tst_queuepane.moc"
