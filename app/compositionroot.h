#pragma once

#include "app/commandline.h"
#include "domain/clock.h"
#include "models/accounts/accountdetailclient.h"
#include "models/accounts/apiaccountsearchsource.h"
#include "models/audit/apiauditpagesource.h"
#include "models/organizations/organizationclient.h"
#include "models/queues/apiqueuepagesource.h"
#include "models/queues/queueitemclient.h"
#include "models/realname/apirealnamesource.h"
#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"
#include "services/session/credentialstore.h"
#include "services/session/idlewatch.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"
#include "services/settings/serverprofiles.h"
#include "services/sync/connectionmonitor.h"
#include "ui/common/languageswitcher.h"
#include "ui/common/pane.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

class DemoLauncher;
class OfflineCacheKeeper;
class ScreenshotTaker;
class SignInDialog;

// The console's composition root: every service is built here once and passed
// by reference to whoever needs it; then the windows, and the flow between
// them — sign in, main window, sign out or session expiry back to sign-in,
// quit (after the demo server has stopped).
class CompositionRoot : public QObject
{
    Q_OBJECT

public:
    explicit CompositionRoot(const CommandLineOptions &options, QObject *parent = nullptr);
    ~CompositionRoot() override;

    void start();
    // Ends the console: windows saved and closed, the demo server stopped, then finished().
    void quit();

    SessionService &session() { return m_session; }
    QSettings &settings() { return *m_settings; }
    SignInDialog *signInDialog() const { return m_signIn.get(); }
    MainWindow *mainWindow() const { return m_window; }
    DemoLauncher *demo() const { return m_demo.get(); }
    const IdleWatch &idleWatch() const { return m_idle; }

signals:
    void finished(int exitCode);

private:
    static std::unique_ptr<QSettings> openSettings(const QString &file);
    std::chrono::milliseconds idleLimit() const;
    void lockForIdleness();
    QString cachePath() const;
    QList<PaneDescriptor> paneDescriptors();
    void startDemo();
    void resumeRemembered();
    void openMainWindow();
    void closeMainWindow();
    void backToSignIn(const QString &message);
    void takeScreenshot(QWidget *window, bool mainWindow);
    void finish(int exitCode);

    CommandLineOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    ApiClient m_api;
    KeychainSecretBackend m_secrets;
    CredentialStore m_credentials;
    SessionService m_session;
    ConnectionMonitor m_connection;
    IdleWatch m_idle;
    CacheStore m_cache;
    std::unique_ptr<OfflineCacheKeeper> m_cacheKeeper;
    ServerProfiles m_profiles;
    LanguageSwitcher m_languages;
    ApiAuditPageSource m_auditPages;
    OrganizationClient m_organizations;
    ApiAccountSearchSource m_accountSearch;
    AccountDetailClient m_accountDetails;
    ApiQueuePageSource m_queuePages;
    QueueItemClient m_queueItems;
    ApiRealnameSource m_realname;
    std::unique_ptr<DemoLauncher> m_demo;
    std::unique_ptr<SignInDialog> m_signIn;
    QPointer<MainWindow> m_window;
    QList<QPointer<MainWindow>> m_closedWindows;
    std::unique_ptr<ScreenshotTaker> m_screenshot;
    bool m_quitting = false;
    int m_exitCode = 0;
};
