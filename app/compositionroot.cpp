#include "app/compositionroot.h"

#include "app/demolauncher.h"
#include "app/offlinecachekeeper.h"
#include "app/screenshottaker.h"
#include "ui/accounts/accountspane.h"
#include "ui/audit/auditlogpane.h"
#include "ui/mainwindow.h"
#include "ui/organizations/organizationspane.h"
#include "ui/queues/queuepane.h"
#include "ui/realname/realnamelevelspane.h"
#include "ui/signin/signindialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRoot, "gatehouse.app")

namespace {

// The demo platform's administrator works in two platform organizations; the
// demo opens the first.
const QString kDemoLogin = u"admin"_s;
constexpr qint64 kDemoOrganization = 1;

} // namespace

CompositionRoot::CompositionRoot(const CommandLineOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_settings(openSettings(options.settingsFile)),
      m_api(&m_network), m_secrets(u"gatehouse"_s), m_credentials(&m_secrets),
      m_session(m_api, m_credentials, m_clock), m_connection(m_api), m_idle(m_clock, idleLimit()),
      m_cache(cachePath()), m_cacheKeeper(std::make_unique<OfflineCacheKeeper>(m_session, m_cache)),
      m_profiles(*m_settings), m_languages(*m_settings), m_auditPages(m_api, m_cache),
      m_organizations(m_api, m_cache), m_accountSearch(m_api), m_accountDetails(m_api, &m_cache),
      m_queuePages(m_api), m_queueItems(m_api, m_cache), m_realname(m_api, m_cache)
{
    m_api.setTokenSource(&m_session);
    connect(&m_session, &SessionService::signedIn, this, &CompositionRoot::openMainWindow);
    connect(&m_session, &SessionService::signedOut, this, [this] { backToSignIn(QString()); });
    connect(&m_session, &SessionService::sessionExpired, this, &CompositionRoot::backToSignIn);
    connect(&m_session, &SessionService::locked, this, [this] {
        const int minutes = int(std::max<qint64>(
                1, std::chrono::duration_cast<std::chrono::minutes>(m_idle.limit()).count()));
        backToSignIn(tr("Gatehouse locked itself after %n minute(s) without a key press or a "
                        "click, and forgot what it was showing. Sign in again to go on.",
                        nullptr, minutes));
    });
    connect(&m_idle, &IdleWatch::idle, this, &CompositionRoot::lockForIdleness);
    connect(&m_session, &SessionService::resumeFailed, this, [this](const QString &reason) {
        m_signIn->showForm();
        m_signIn->showError(reason);
    });
}

CompositionRoot::~CompositionRoot()
{
    // Windows first, including those closed but not yet deleted: they hold
    // references to the services below.
    for (const QPointer<MainWindow> &window : std::as_const(m_closedWindows))
        delete window.data();
    delete m_window.data();
    m_signIn.reset();
}

std::unique_ptr<QSettings> CompositionRoot::openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

std::chrono::milliseconds CompositionRoot::idleLimit() const
{
    if (m_options.idleLimit.count() > 0)
        return m_options.idleLimit;
    bool ok = false;
    const int minutes = m_settings->value(u"security/idleLockMinutes"_s).toInt(&ok);
    if (ok && minutes >= 1)
        return std::chrono::minutes(std::min(minutes, kMaxIdleLockMinutes));
    return std::chrono::minutes(15);
}

void CompositionRoot::lockForIdleness()
{
    if (m_session.state() != SessionService::State::SignedIn)
        return;
    qCInfo(lcRoot) << "no input for" << m_idle.limit().count() << "ms: locking";
    // The sign-in form asks this staff member back; the session forgets who it was.
    m_signIn->setLogin(m_session.staff().username);
    // A value copied from a pane (a summary, a new password) goes with the panes.
    if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard->ownsClipboard())
        clipboard->clear();
    m_session.lock();
}

QString CompositionRoot::cachePath() const
{
    // A settings file of its own (tests, portable use) keeps the cache beside it.
    const QString dir = m_options.settingsFile.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            : QFileInfo(m_options.settingsFile).absolutePath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(u"offline-cache.sqlite"_s);
}

QList<PaneDescriptor> CompositionRoot::paneDescriptors()
{
    // One line per pane; MainWindow builds those the staff member's roles open.
    return {
            {Permission::ReadQueues,
             [this] {
                 return new QueuePane(QueueKind::WorkspaceApplications, m_queuePages, m_queueItems,
                                      m_session, m_clock);
             }},
            {Permission::ReadQueues,
             [this] {
                 return new QueuePane(QueueKind::EnterpriseVerifications, m_queuePages,
                                      m_queueItems, m_session, m_clock);
             }},
            {Permission::ReadAudit,
             [this] {
                 return new AuditLogPane(m_auditPages);
             }},
            {Permission::ReadOrganizations,
             [this] {
                 return new OrganizationsPane(m_organizations, m_session);
             }},
            {Permission::ReadAccounts,
             [this] {
                 return new AccountsPane(m_accountSearch, m_accountDetails, m_session, m_clock);
             }},
            {Permission::ReadAccounts,
             [this] {
                 return new RealnameLevelsPane(m_realname);
             }},
    };
}

void CompositionRoot::start()
{
    const QString language =
            m_options.language.isEmpty() ? m_languages.initialLanguage() : m_options.language;
    if (!m_languages.setLanguage(language))
        m_languages.setLanguage(u"en"_s);

    m_signIn = std::make_unique<SignInDialog>(m_session, m_profiles, m_credentials, m_languages);
    connect(m_signIn.get(), &QDialog::rejected, this, &CompositionRoot::quit);
    if (!m_options.server.isEmpty())
        m_signIn->setServer(m_options.server);
    m_signIn->show();

    if (m_options.demo)
        startDemo();
    else if (m_options.server.isEmpty())
        resumeRemembered();
    if (!m_options.screenshotFile.isEmpty() && m_options.screenshotWindow == u"signin"
        && !m_options.demo)
        takeScreenshot(m_signIn.get(), false);
}

void CompositionRoot::startDemo()
{
    m_demo = std::make_unique<DemoLauncher>();
    m_signIn->setRememberServer(false);
    m_signIn->showStarting(tr("Starting the demo platform…"));
    connect(m_demo.get(), &DemoLauncher::ready, this, [this](const QUrl &url) {
        if (!m_options.screenshotFile.isEmpty() && m_options.screenshotWindow == u"signin") {
            // The picture of the sign-in window is of the form, filled in, not of a sign-in.
            m_signIn->setServer(url);
            m_signIn->setLogin(kDemoLogin);
            m_signIn->showForm();
            takeScreenshot(m_signIn.get(), false);
            return;
        }
        m_signIn->signInAs(url, kDemoLogin, m_demo->password(), kDemoOrganization);
    });
    connect(m_demo.get(), &DemoLauncher::failed, this, [this](const QString &reason) {
        if (m_quitting)
            return;
        if (m_window)
            m_window->statusBar()->showMessage(reason);
        else
            m_signIn->showError(reason);
        if (!m_options.screenshotFile.isEmpty())
            finish(1);
    });
    m_demo->start();
}

void CompositionRoot::resumeRemembered()
{
    const std::optional<ServerProfile> recent = m_profiles.mostRecent();
    if (!recent || !recent->rememberMe || recent->lastUsername.isEmpty())
        return;
    m_signIn->showStarting(tr("Signing you in to %1…").arg(recent->url.host()));
    m_session.resume(recent->url, recent->lastUsername);
}

void CompositionRoot::openMainWindow()
{
    m_signIn->hide();
    m_idle.start();
    if (!m_window) {
        m_connection.reset();
        m_window = new MainWindow(m_session, m_connection, m_languages, *m_settings,
                                  paneDescriptors());
        connect(m_window, &MainWindow::quitRequested, this, &CompositionRoot::quit);
    }
    if (!m_options.pane.isEmpty() && !m_window->showPane(m_options.pane))
        m_window->statusBar()->showMessage(
                tr("There is no pane \"%1\" for your roles here.").arg(m_options.pane));
    m_window->show();
    m_window->raise();
    if (!m_options.screenshotFile.isEmpty() && m_options.screenshotWindow == u"main")
        takeScreenshot(m_window, true);
}

void CompositionRoot::closeMainWindow()
{
    m_idle.stop();
    if (!m_window)
        return;
    m_window->saveSettings();
    m_window->hide();
    // Later: this may run inside one of the window's own menu actions (Sign Out).
    m_window->deleteLater();
    m_closedWindows.append(m_window);
    m_window = nullptr;
}

void CompositionRoot::backToSignIn(const QString &message)
{
    if (m_quitting)
        return;
    if (m_signIn->login().isEmpty())
        m_signIn->setLogin(m_session.staff().username);
    closeMainWindow();
    m_signIn->showForm();
    if (!message.isEmpty())
        m_signIn->showError(message);
    m_signIn->show();
    m_signIn->raise();
}

void CompositionRoot::takeScreenshot(QWidget *window, bool mainWindow)
{
    if (m_screenshot)
        return;
    m_screenshot = std::make_unique<ScreenshotTaker>(m_options.screenshotFile);
    connect(m_screenshot.get(), &ScreenshotTaker::done, this,
            [this](bool saved) { finish(saved ? 0 : 1); });
    std::function<bool()> ready;
    if (mainWindow) {
        ready = [this] {
            Pane *pane = m_window ? m_window->currentPane() : nullptr;
            if (!pane || pane->isLoading())
                return false;
            // Show a selected entry, so the picture has its detail too.
            if (auto *table = pane->findChild<QTableView *>(); table && table->model()
                && table->model()->rowCount() > 0 && !table->currentIndex().isValid()) {
                table->selectRow(0);
            }
            return true;
        };
    }
    m_screenshot->capture(window, ready);
}

void CompositionRoot::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    if (m_window) {
        m_window->saveSettings();
        m_window->hide();
    }
    m_signIn->hide();
    if (m_demo
        && (m_demo->state() == DemoLauncher::State::Starting
            || m_demo->state() == DemoLauncher::State::Running
            || m_demo->state() == DemoLauncher::State::Stopping)) {
        connect(m_demo.get(), &DemoLauncher::stopped, this, [this] { emit finished(m_exitCode); });
        m_demo->stop();
        return;
    }
    // Let the caller's slot return before the event loop ends.
    QTimer::singleShot(0, this, [this] { emit finished(m_exitCode); });
}

void CompositionRoot::finish(int exitCode)
{
    m_exitCode = exitCode;
    quit();
}
