// CompositionRoot, the console as a whole: --demo signs in by itself and stops
// its server on quit; sign-out and a session the server ended both lead back
// to the sign-in window with the login kept; the idle limit locks the console
// (RELIABILITY 19): the window and what it showed gone, the session revoked,
// a remembered session no longer resumable, the login kept.
#include "app/compositionroot.h"

#include "app/demolauncher.h"
#include "serverapi.h"
#include "services/session/keychainsecretbackend.h"
#include "testserver.h"
#include "ui/audit/auditlogpane.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/signin/signindialog.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool isAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

} // namespace

class tst_CompositionRoot : public QObject
{
    Q_OBJECT

private slots:
    void demoSignsInAndStopsItsServerOnQuit();
    void signOutReturnsToSignIn();
    void sessionEndedByTheServerKeepsTheLogin();
    void aRememberedSessionResumesAtTheNextStart();
    void idleLocksAndForgetsWhatWasShown();

private:
    CommandLineOptions options(const QString &name) const
    {
        CommandLineOptions o;
        o.settingsFile = m_dir.filePath(name + u"/settings.ini"_s);
        o.language = u"en"_s;
        return o;
    }
    static void signInThroughTheDialog(CompositionRoot &root, const QString &login,
                                       const QString &password);
    // The same, with "remember me" ticked once the keychain has answered.
    static void signInRemembered(CompositionRoot &root, const QString &login,
                                 const QString &password);

    QTemporaryDir m_dir;
};

void tst_CompositionRoot::signInThroughTheDialog(CompositionRoot &root, const QString &login,
                                                 const QString &password)
{
    SignInDialog *dialog = root.signInDialog();
    QVERIFY(dialog->isVisible());
    auto *loginEdit = dialog->findChild<QLineEdit *>(u"loginEdit"_s);
    loginEdit->setText(login);
    auto *passwordEdit = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
    passwordEdit->setText(password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    // The auditor works in two organizations: take the first offered.
    auto *organizations = dialog->findChild<QListWidget *>(u"organizationList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(organizations->isVisible(), 20'000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"continueButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(root.mainWindow() && root.mainWindow()->isVisible(), 20'000);
    QVERIFY(!dialog->isVisible());
}

void tst_CompositionRoot::signInRemembered(CompositionRoot &root, const QString &login,
                                           const QString &password)
{
    auto *remember = root.signInDialog()->findChild<QCheckBox *>(u"rememberCheck"_s);
    QTRY_VERIFY_WITH_TIMEOUT(remember->isEnabled(), 15'000); // the keychain answered
    remember->setChecked(true);
    signInThroughTheDialog(root, login, password);
}

void tst_CompositionRoot::demoSignsInAndStopsItsServerOnQuit()
{
    CommandLineOptions o = options(u"demo"_s);
    o.demo = true;
    CompositionRoot root(o);
    QSignalSpy finished(&root, &CompositionRoot::finished);
    root.start();
    QVERIFY(root.signInDialog()->isVisible()); // "starting the demo platform…" meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(root.mainWindow() && root.mainWindow()->isVisible(), 90'000);
    QCOMPARE(root.session().staff().username, u"admin"_s);
    QCOMPARE(root.session().organization().id, 1);    // chosen for the administrator of two
    QVERIFY(root.mainWindow()->showPane(u"audit"_s)); // the administrator may read the audit log
    QVERIFY(!root.signInDialog()->isVisible());
    // Demo servers are throw-away: not remembered as profiles.
    QVERIFY(!root.settings().childGroups().contains(u"servers"_s)
            || root.settings().value(u"servers/size"_s).toInt() == 0);

    const qint64 server = root.demo()->processId();
    QVERIFY(isAlive(server));
    root.quit();
    QVERIFY(finished.wait(15'000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(root.demo()->state(), DemoLauncher::State::Stopped);
    QTRY_VERIFY(!isAlive(server));
}

void tst_CompositionRoot::signOutReturnsToSignIn()
{
    TestServer server;
    QVERIFY(server.start());
    CommandLineOptions o = options(u"signout"_s);
    o.server = server.baseUrl();
    CompositionRoot root(o);
    root.start();
    signInThroughTheDialog(root, u"auditor"_s, server.password());

    QSignalSpy signedOut(&root.session(), &SessionService::signedOut);
    root.mainWindow()->findChild<QAction *>(u"signOutAction"_s)->trigger();
    QTRY_VERIFY(root.signInDialog()->isVisible());
    QCOMPARE(signedOut.count(), 1);
    QTRY_VERIFY(!root.mainWindow());
    SignInDialog *dialog = root.signInDialog();
    QCOMPARE(dialog->login(), u"auditor"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(dialog->findChild<MessageBanner *>(u"errorBanner"_s)->text().isEmpty());

    // And in again, to a fresh window.
    signInThroughTheDialog(root, u"auditor"_s, server.password());
}

void tst_CompositionRoot::sessionEndedByTheServerKeepsTheLogin()
{
    TestServer server;
    QVERIFY(server.start());
    CommandLineOptions o = options(u"expiry"_s);
    o.server = server.baseUrl();
    CompositionRoot root(o);
    root.start();
    signInThroughTheDialog(root, u"auditor"_s, server.password());
    QVERIFY(root.mainWindow()->showPane(u"audit"_s));
    auto *pane = root.mainWindow()->findChild<AuditLogPane *>();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading(), 20'000);

    // The session ends on the server behind the console's back.
    HttpTestClient client(server.baseUrl());
    QCOMPARE(ServerApi::postAs(client, root.session().accessToken(), u"/api/v1/auth/sign-out"_s, {})
                     .status,
             204);

    QSignalSpy expired(&root.session(), &SessionService::sessionExpired);
    root.mainWindow()->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QVERIFY(expired.wait(20'000));
    SignInDialog *dialog = root.signInDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->login(), u"auditor"_s);
    const QString message = dialog->findChild<MessageBanner *>(u"errorBanner"_s)->text();
    QCOMPARE(message, expired.first().first().toString());
    QVERIFY(!message.isEmpty());
    QTRY_VERIFY(!root.mainWindow());
}

void tst_CompositionRoot::aRememberedSessionResumesAtTheNextStart()
{
    TestServer server;
    QVERIFY(server.start());
    CommandLineOptions first = options(u"resume"_s);
    first.server = server.baseUrl();
    {
        CompositionRoot root(first);
        root.start();
        signInRemembered(root, u"auditor"_s, server.password());
        QVERIFY(root.session().remembered());
        QSignalSpy finished(&root, &CompositionRoot::finished);
        root.quit();
        QVERIFY(finished.wait(10'000));
    }

    // The next start names no server: the most recent profile is resumed, no password asked.
    CommandLineOptions next = options(u"resume"_s);
    CompositionRoot root(next);
    root.start();
    QTRY_VERIFY_WITH_TIMEOUT(root.mainWindow() && root.mainWindow()->isVisible(), 20'000);
    QCOMPARE(root.session().staff().username, u"auditor"_s);
    QVERIFY(!root.signInDialog()->isVisible());
}

void tst_CompositionRoot::idleLocksAndForgetsWhatWasShown()
{
    using namespace std::chrono_literals;
    TestServer server;
    QVERIFY(server.start());
    CommandLineOptions o = options(u"idle"_s);
    o.server = server.baseUrl();
    o.idleLimit = 1500ms;
    QString token;
    {
        CompositionRoot root(o);
        root.start();
        SignInDialog *dialog = root.signInDialog();
        signInRemembered(root, u"auditor"_s, server.password());
        QVERIFY(root.session().remembered());
        QVERIFY(root.idleWatch().isWatching());
        QVERIFY(root.mainWindow()->showPane(u"audit"_s));
        QPointer<AuditLogPane> pane = root.mainWindow()->findChild<AuditLogPane *>();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading(), 20'000);
        token = root.session().accessToken();

        // Someone at work: keys for twice the limit, and still signed in.
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(root.mainWindow(), Qt::Key_Shift);
            QTest::qWait(300);
        }
        QVERIFY(root.mainWindow() && root.mainWindow()->isVisible());
        QCOMPARE(root.session().state(), SessionService::State::SignedIn);

        // Then nobody.
        QSignalSpy locked(&root.session(), &SessionService::locked);
        QVERIFY(locked.wait(10'000));
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(!root.mainWindow());
        QTRY_VERIFY(!pane); // the pane and its rows are gone, not hidden
        QCOMPARE(root.session().state(), SessionService::State::SignedOut);
        QVERIFY(root.session().accessToken().isEmpty());
        QCOMPARE(dialog->login(), u"auditor"_s);
        QVERIFY(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
        const QString message = dialog->findChild<MessageBanner *>(u"errorBanner"_s)->text();
        QVERIFY2(message.contains(u"locked"_s) && message.contains(u"1 minute"_s),
                 qPrintable(message));
        QVERIFY(!root.idleWatch().isWatching());

        // Revoked on the server, not only forgotten here.
        HttpTestClient client(server.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(
                ServerApi::getAs(client, token, u"/api/v1/audit?limit=1"_s).status, 401, 10'000);

        // The keychain no longer holds a session to resume past the lock, but
        // still the key of this staff member's offline cache.
        KeychainSecretBackend secrets(u"gatehouse"_s);
        CredentialStore keychain(&secrets);
        const auto status = [&](const QString &key) {
            std::optional<CredentialStore::ReadResult::Status> answer;
            keychain.read(key, &keychain, [&](const CredentialStore::ReadResult &result) {
                answer = result.status;
            });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15'000))
                return CredentialStore::ReadResult::Status::Failed;
            return *answer;
        };
        QTRY_COMPARE_WITH_TIMEOUT(
                status(CredentialStore::refreshTokenKey(server.baseUrl(), u"auditor"_s)),
                CredentialStore::ReadResult::Status::NotFound, 10'000);
        QCOMPARE(status(CredentialStore::cacheKeyKey(server.baseUrl(), u"auditor"_s)),
                 CredentialStore::ReadResult::Status::Found);

        // The same staff member signs back in, and the watch starts again.
        signInThroughTheDialog(root, u"auditor"_s, server.password());
        QVERIFY(root.idleWatch().isWatching());
        QSignalSpy finished(&root, &CompositionRoot::finished);
        root.quit();
        QVERIFY(finished.wait(10'000));
    }
}

QTEST_MAIN(tst_CompositionRoot)
#include "tst_compositionroot.moc"
