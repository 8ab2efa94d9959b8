// MainWindow against a real gatehouse-server: panes per role, the status bar,
// switching organization, signing out, a run-time language switch, view state
// that outlives the window, and the audit log offline.
#include "ui/mainwindow.h"

#include "domain/clock.h"
#include "models/audit/apiauditpagesource.h"
#include "models/audit/auditlogmodel.h"
#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"
#include "services/sync/connectionmonitor.h"
#include "testserver.h"
#include "ui/audit/auditdetailview.h"
#include "ui/audit/auditlogpane.h"
#include "ui/common/languageswitcher.h"
#include "ui/common/messagebanner.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Services
{
    explicit Services(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat), api(&network), secrets(u"gatehouse-test"_s),
          credentials(&secrets), session(api, credentials, clock), connection(api),
          cache(QFileInfo(settingsFile).absolutePath() + u"/cache.sqlite"_s), languages(settings),
          auditPages(api, cache)
    {
        api.setTokenSource(&session);
        // The first organization whenever there is a choice.
        QObject::connect(&session, &SessionService::organizationChoiceRequired, &session,
                         [this](const OrganizationChoice &choice) {
                             session.chooseOrganization(choice.organizations.constFirst().id);
                         });
    }

    QList<PaneDescriptor> panes()
    {
        return {{Permission::ReadAudit, [this] {
                     return new AuditLogPane(auditPages);
                 }}};
    }

    QSettings settings;
    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient api;
    KeychainSecretBackend secrets;
    CredentialStore credentials;
    SessionService session;
    ConnectionMonitor connection;
    CacheStore cache;
    LanguageSwitcher languages;
    ApiAuditPageSource auditPages;
};

QStringList paneIds(const MainWindow &window)
{
    QStringList ids;
    for (const Pane *pane : window.panes())
        ids.append(pane->id());
    return ids;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void panesFollowRoles_data();
    void panesFollowRoles();
    void statusBarNamesTheSession();
    void auditPaneShowsTheServersLog();
    void switchesOrganization();
    void signOutEndsTheSession();
    void languageSwitchRetranslatesTheOpenWindow();
    void viewStateOutlivesTheWindow();
    void auditLogOfflineShowsTheCachedPageWithItsAge();

private:
    bool signIn(const QString &login, const TestServer &server);
    MainWindow *openWindow();
    QString label(const QString &name) const { return m_window->findChild<QLabel *>(name)->text(); }
    AuditLogPane *auditPane() const { return m_window->findChild<AuditLogPane *>(); }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_MainWindow::init()
{
    m_services = std::make_unique<Services>(m_dir.filePath(u"settings.ini"_s));
    QVERIFY(m_services->languages.setLanguage(u"en"_s));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_services.reset();
}

bool tst_MainWindow::signIn(const QString &login, const TestServer &server)
{
    QSignalSpy signedIn(&m_services->session, &SessionService::signedIn);
    m_services->session.signIn(server.baseUrl(), login, server.password(), false);
    return signedIn.wait(20'000);
}

MainWindow *tst_MainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_services->session, m_services->connection,
                                            m_services->languages, m_services->settings,
                                            m_services->panes());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

void tst_MainWindow::panesFollowRoles_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("panes");
    QTest::newRow("auditor") << u"auditor"_s << QStringList{u"audit"_s};
    QTest::newRow("administrator") << u"admin"_s << QStringList{u"audit"_s};
    QTest::newRow("reviewer") << u"reviewer"_s << QStringList{};
    QTest::newRow("support agent") << u"support"_s << QStringList{};
}

void tst_MainWindow::panesFollowRoles()
{
    QFETCH(QString, login);
    QFETCH(QStringList, panes);
    QVERIFY(signIn(login, m_server));
    MainWindow *window = openWindow();
    QVERIFY(window);
    QCOMPARE(paneIds(*window), panes);
    auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
    QCOMPARE(navigation->count(), panes.size());
    auto *noPanes = window->findChild<QLabel *>(u"noPanesLabel"_s);
    if (panes.isEmpty()) {
        // No placeholders: a plain sentence instead, and nothing to navigate.
        QVERIFY(noPanes->isVisible());
        QVERIFY(!navigation->isVisible());
        QVERIFY(!window->findChild<QAction *>(u"refreshAction"_s)->isEnabled());
    } else {
        QVERIFY(!noPanes->isVisible());
        QCOMPARE(navigation->item(0)->text(), u"Audit log"_s);
        QCOMPARE(window->currentPane()->id(), panes.first());
        QVERIFY(window->findChild<QAction *>(u"paneAction_audit"_s));
    }
}

void tst_MainWindow::statusBarNamesTheSession()
{
    QVERIFY(signIn(u"desk"_s, m_server));
    QVERIFY(openWindow());
    QVERIFY(label(u"connectionLabel"_s).contains(u"Online"_s));
    QCOMPARE(label(u"serverLabel"_s), u"Server: 127.0.0.1:%1"_s.arg(m_server.baseUrl().port()));
    QCOMPARE(label(u"staffLabel"_s), u"Signed in as 赵磊"_s);
    QCOMPARE(label(u"organizationLabel"_s), u"Organization: Gatehouse Demo — East China"_s);
    QCOMPARE(label(u"rolesLabel"_s), u"Roles: Reviewer, Support agent"_s);
    QCOMPARE(m_window->windowTitle(), u"Gatehouse — Gatehouse Demo — East China"_s);
    // One organization: nothing to switch to.
    QVERIFY(!m_window->findChild<QMenu *>(u"switchOrganizationMenu"_s)->isEnabled());
}

void tst_MainWindow::auditPaneShowsTheServersLog()
{
    QVERIFY(signIn(u"auditor"_s, m_server));
    QVERIFY(openWindow());
    AuditLogPane *pane = auditPane();
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() > 0, 20'000);
    QTRY_VERIFY(!pane->model()->isLoading());
    QVERIFY(!pane->detail()->hasRecord());
    pane->table()->selectRow(0);
    QVERIFY(pane->detail()->hasRecord());
    const auto *heading = pane->detail()->findChild<QLabel *>(u"auditDetailHeading"_s);
    QCOMPARE(heading->text(),
             pane->model()->data(pane->model()->index(0, AuditLogModel::ActionColumn)).toString());
    QVERIFY(pane->findChild<QLabel *>(u"auditFooter"_s)->text().contains(u"shown"_s));

    // A filter goes to the server: only sign-ins come back.
    auto *action = pane->findChild<QComboBox *>(u"actionFilter"_s);
    action->setEditText(u"auth.sign_in"_s);
    QTest::mouseClick(pane->findChild<QPushButton *>(u"applyFilterButton"_s), Qt::LeftButton);
    QCOMPARE(pane->model()->query().action, u"auth.sign_in"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading() && pane->model()->rowCount() > 0, 20'000);
    for (int row = 0; row < pane->model()->rowCount(); ++row) {
        QCOMPARE(pane->model()->data(pane->model()->index(row, AuditLogModel::ActionColumn),
                                     AuditLogModel::RawValueRole),
                 u"auth.sign_in"_s);
    }
}

void tst_MainWindow::switchesOrganization()
{
    QVERIFY(signIn(u"admin"_s, m_server));
    QVERIFY(openWindow());
    QCOMPARE(m_services->session.organization().id, 1);
    auto *menu = m_window->findChild<QMenu *>(u"switchOrganizationMenu"_s);
    QVERIFY(menu->isEnabled());
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(menu->actions().at(0)->isChecked());
    QCOMPARE(menu->actions().at(1)->text(), u"Gatehouse Demo — Global"_s);

    QSignalSpy changed(&m_services->session, &SessionService::organizationChanged);
    menu->actions().at(1)->trigger();
    QVERIFY(changed.wait(20'000));
    QCOMPARE(m_services->session.organization().id, 2);
    QCOMPARE(label(u"organizationLabel"_s), u"Organization: Gatehouse Demo — Global"_s);
    QCOMPARE(m_window->windowTitle(), u"Gatehouse — Gatehouse Demo — Global"_s);
    QVERIFY(menu->actions().at(1)->isChecked());
    QCOMPARE(paneIds(*m_window), QStringList{u"audit"_s}); // rebuilt for the roles held there
}

void tst_MainWindow::signOutEndsTheSession()
{
    QVERIFY(signIn(u"auditor"_s, m_server));
    QVERIFY(openWindow());
    QSignalSpy signedOut(&m_services->session, &SessionService::signedOut);
    m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
    QTRY_COMPARE(signedOut.count(), 1);
    QCOMPARE(m_services->session.state(), SessionService::State::SignedOut);
}

void tst_MainWindow::languageSwitchRetranslatesTheOpenWindow()
{
    QVERIFY(signIn(u"auditor"_s, m_server));
    QVERIFY(openWindow());
    AuditLogPane *pane = auditPane();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading() && pane->model()->rowCount() > 0, 20'000);
    auto *fileMenu = m_window->findChild<QMenu *>(u"fileMenu"_s);
    auto *viewMenu = m_window->findChild<QMenu *>(u"viewMenu"_s);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    auto *header = pane->table()->horizontalHeader();
    const auto headerText = [&](int column) {
        return header->model()->headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(fileMenu->title(), u"&File"_s);
    QCOMPARE(navigation->item(0)->text(), u"Audit log"_s);

    // Through the menu, as staff would.
    QAction *chinese = m_window->findChild<QAction *>(u"languageAction_zh_CN"_s);
    QCOMPARE(chinese->text(), u"中文"_s);
    chinese->trigger();
    QTRY_COMPARE(fileMenu->title(), u"文件(&F)"_s);
    QCOMPARE(viewMenu->title(), u"视图(&V)"_s);
    QCOMPARE(m_window->findChild<QAction *>(u"signOutAction"_s)->text(), u"退出登录(&O)"_s);
    QCOMPARE(navigation->item(0)->text(), u"审计日志"_s);
    QVERIFY(label(u"connectionLabel"_s).contains(u"在线"_s));
    QCOMPARE(label(u"organizationLabel"_s), u"组织：门户演示平台（华东）"_s);
    QCOMPARE(label(u"rolesLabel"_s), u"角色：审计员"_s);
    QCOMPARE(m_window->windowTitle(), u"Gatehouse — 门户演示平台（华东）"_s);
    QCOMPARE(headerText(AuditLogModel::TimeColumn), u"时间"_s);
    QCOMPARE(pane->model()
                     ->data(pane->model()->index(0, AuditLogModel::RoleColumn))
                     .toString()
                     .isEmpty(),
             false);
    QVERIFY(chinese->isChecked());
    QCOMPARE(m_services->settings.value(u"ui/language"_s).toString(), u"zh_CN"_s);

    m_window->findChild<QAction *>(u"languageAction_en"_s)->trigger();
    QTRY_COMPARE(fileMenu->title(), u"&File"_s);
    QCOMPARE(navigation->item(0)->text(), u"Audit log"_s);
    QCOMPARE(headerText(AuditLogModel::TimeColumn), u"Time"_s);
    QCOMPARE(m_window->windowTitle(), u"Gatehouse — Gatehouse Demo — East China"_s);
}

void tst_MainWindow::viewStateOutlivesTheWindow()
{
    QVERIFY(signIn(u"auditor"_s, m_server));
    QVERIFY(openWindow());
    m_window->resize(1010, 690);
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({260, 750});
    AuditLogPane *pane = auditPane();
    pane->table()->setColumnWidth(AuditLogModel::ActorColumn, 222);
    auto *action = pane->findChild<QComboBox *>(u"actionFilter"_s);
    action->setEditText(u"auth.sign_in"_s);
    const int navigationWidth = splitter->sizes().at(0);
    m_window.reset(); // saves as it goes

    QVERIFY(openWindow());
    QCOMPARE(m_window->size(), QSize(1010, 690));
    QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes().at(0), navigationWidth);
    pane = auditPane();
    QCOMPARE(pane->table()->columnWidth(AuditLogModel::ActorColumn), 222);
    QCOMPARE(pane->findChild<QComboBox *>(u"actionFilter"_s)->currentText(), u"auth.sign_in"_s);
    QCOMPARE(pane->model()->query().action, u"auth.sign_in"_s); // and the pane loads with it
    QCOMPARE(m_window->currentPane()->id(), u"audit"_s);
}

void tst_MainWindow::auditLogOfflineShowsTheCachedPageWithItsAge()
{
    TestServer server; // of its own: this test stops it
    QVERIFY(server.start());
    QSignalSpy opened(&m_services->cache, &CacheStore::opened);
    m_services->cache.setScope(u"offline-test"_s);
    m_services->cache.open(CacheStore::newKey());
    QVERIFY(opened.wait());
    QVERIFY(signIn(u"auditor"_s, server));
    QVERIFY(openWindow());
    AuditLogPane *pane = auditPane();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading() && pane->model()->rowCount() > 0, 20'000);
    const int rows = pane->model()->rowCount();
    const QVariant newest =
            pane->model()->data(pane->model()->index(0, 0), AuditLogModel::EntryIdRole);
    auto *banner = pane->findChild<MessageBanner *>(u"auditBanner"_s);
    QVERIFY(banner->text().isEmpty());
    QTest::qWait(300); // the page reaches the cache's thread

    server.stop();
    m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->isOffline(), 30'000);
    QTRY_VERIFY(!pane->model()->isLoading());
    QCOMPARE(pane->model()->rowCount(), rows);
    QCOMPARE(pane->model()->data(pane->model()->index(0, 0), AuditLogModel::EntryIdRole), newest);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().startsWith(u"Offline"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"just now"_s), qPrintable(banner->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!label(u"connectionLabel"_s).contains(u"Online"_s), 10'000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
