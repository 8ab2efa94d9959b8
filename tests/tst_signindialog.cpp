// SignInDialog driven with QTest against a real gatehouse-server: sign-in,
// organization choice, wrong password, lockout, unreachable server, an
// untrusted certificate, plain http to another host, and "remember me" with and
// without a keychain.
#include "ui/signin/signindialog.h"

#include "domain/clock.h"
#include "services/api/apiclient.h"
#include "services/api/serveraddress.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"
#include "services/settings/serverprofiles.h"
#include "testcertificates.h"
#include "testserver.h"
#include "ui/common/languageswitcher.h"
#include "ui/common/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The services as the composition root builds them, around one dialog.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat), api(&network),
          secrets(u"gatehouse-test"_s), credentials(&secrets), session(api, credentials, clock),
          profiles(settings), languages(settings), dialog(session, profiles, credentials, languages)
    {
        api.setTokenSource(&session);
    }

    QTemporaryDir dir;
    QSettings settings;
    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient api;
    KeychainSecretBackend secrets;
    CredentialStore credentials;
    SessionService session;
    ServerProfiles profiles;
    LanguageSwitcher languages;
    SignInDialog dialog;
};

} // namespace

class tst_SignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signsInWithOneOrganization();
    void asksForTheOrganization();
    void wrongPasswordKeepsWhatWasTyped();
    void locksAfterFiveWrongPasswords();
    void saysWhenTheServerIsUnreachable();
    void refusesAnUntrustedCertificate();
    void refusesPlainHttpToAnotherHostBeforeSending();
    void remembersWhenTheKeychainCan();
    void rememberUnavailableIsANotice();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_f->dialog.findChild<T *>(name);
    }
    void fill(const QString &server, const QString &login, const QString &password);
    void submit();
    QString bannerText() const;
    ApiResult failedSignIn(const QString &server, const QString &login, const QString &password);

    TestServer m_server;
    std::unique_ptr<Fixture> m_f;
};

void tst_SignInDialog::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_SignInDialog::init()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->languages.setLanguage(u"en"_s));
    m_f->dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_f->dialog));
}

void tst_SignInDialog::cleanup()
{
    m_f.reset();
}

void tst_SignInDialog::fill(const QString &server, const QString &login, const QString &password)
{
    child<QComboBox>(u"serverCombo"_s)->setEditText(server);
    auto *loginEdit = child<QLineEdit>(u"loginEdit"_s);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    auto *passwordEdit = child<QLineEdit>(u"passwordEdit"_s);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
}

void tst_SignInDialog::submit()
{
    auto *button = child<QPushButton>(u"signInButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString tst_SignInDialog::bannerText() const
{
    return child<MessageBanner>(u"errorBanner"_s)->text();
}

ApiResult tst_SignInDialog::failedSignIn(const QString &server, const QString &login,
                                         const QString &password)
{
    QSignalSpy failed(&m_f->session, &SessionService::signInFailed);
    fill(server, login, password);
    submit();
    if (!failed.wait(20'000))
        return {};
    // While it was on its way the form was locked; now it is open again.
    [&] {
        QTRY_VERIFY(child<QPushButton>(u"signInButton"_s)->isEnabled());
    }();
    return failed.first().first().value<ApiResult>();
}

void tst_SignInDialog::signsInWithOneOrganization()
{
    QSignalSpy signedIn(&m_f->session, &SessionService::signedIn);
    QSignalSpy accepted(&m_f->dialog, &QDialog::accepted);
    fill(m_server.baseUrl().toString(), u"reviewer"_s, m_server.password());
    submit();
    // Busy while the request is out: nothing can be edited twice.
    QVERIFY(!child<QLineEdit>(u"loginEdit"_s)->isEnabled());
    QCOMPARE(child<QPushButton>(u"signInButton"_s)->text(), u"Signing in…"_s);
    QVERIFY(signedIn.wait(20'000));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!m_f->dialog.isVisible());
    QCOMPARE(m_f->session.staff().username, u"reviewer"_s);
    QVERIFY(child<QLineEdit>(u"passwordEdit"_s)->text().isEmpty()); // cleared on success only
    QCOMPARE(child<QLineEdit>(u"loginEdit"_s)->text(), u"reviewer"_s);

    const std::optional<ServerProfile> profile = m_f->profiles.mostRecent();
    QVERIFY(profile.has_value());
    QCOMPARE(profile->url, ServerAddress::parse(m_server.baseUrl().toString()).url);
    QCOMPARE(profile->lastUsername, u"reviewer"_s);
    QVERIFY(!profile->rememberMe);
}

void tst_SignInDialog::asksForTheOrganization()
{
    QSignalSpy choice(&m_f->session, &SessionService::organizationChoiceRequired);
    QSignalSpy signedIn(&m_f->session, &SessionService::signedIn);
    fill(m_server.baseUrl().toString(), u"admin"_s, m_server.password());
    submit();
    QVERIFY(choice.wait(20'000));
    auto *list = child<QListWidget>(u"organizationList"_s);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(u"Gatehouse Demo — East China"_s));
    QVERIFY(list->item(1)->text().contains(u"Gatehouse Demo — Global"_s));
    QVERIFY(list->item(1)->text().contains(u"Administrator"_s)); // the roles held there
    QVERIFY(signedIn.isEmpty());

    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(u"continueButton"_s), Qt::LeftButton);
    QVERIFY(signedIn.wait(20'000));
    QCOMPARE(m_f->session.organization().id, 2);
    QVERIFY(!m_f->dialog.isVisible());
}

void tst_SignInDialog::wrongPasswordKeepsWhatWasTyped()
{
    const ApiResult result =
            failedSignIn(m_server.baseUrl().toString(), u"support"_s, u"not-the-password"_s);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.problem.code, u"invalid_credentials"_s);
    QVERIFY(!result.errorText.isEmpty());
    QCOMPARE(bannerText(), result.errorText);
    QCOMPARE(child<QLineEdit>(u"loginEdit"_s)->text(), u"support"_s);
    QCOMPARE(child<QLineEdit>(u"passwordEdit"_s)->text(), u"not-the-password"_s);
    QVERIFY(m_f->dialog.isVisible());

    // Fixing only the password is enough, and the message goes.
    QSignalSpy signedIn(&m_f->session, &SessionService::signedIn);
    auto *passwordEdit = child<QLineEdit>(u"passwordEdit"_s);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, m_server.password());
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QVERIFY(signedIn.wait(20'000));
    QVERIFY(bannerText().isEmpty());
}

void tst_SignInDialog::locksAfterFiveWrongPasswords()
{
    ApiResult result;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        result = failedSignIn(m_server.baseUrl().toString(), u"orgadmin"_s,
                              u"wrong-%1"_s.arg(attempt));
        QVERIFY(result.httpStatus != 0);
    }
    QCOMPARE(result.httpStatus, 423);
    QCOMPARE(result.problem.code, u"account_locked"_s);
    QCOMPARE(bannerText(), result.errorText);
    // The message says until when, in local time.
    const QDateTime until = QDateTime::fromString(
            result.problem.extensions.value(u"locked_until"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(until.isValid());
    QVERIFY2(bannerText().contains(until.toLocalTime().toString(u"HH:mm"_s)),
             qPrintable(bannerText()));
    QCOMPARE(child<QLineEdit>(u"loginEdit"_s)->text(), u"orgadmin"_s);

    // The right password while locked gets the same answer.
    const ApiResult locked =
            failedSignIn(m_server.baseUrl().toString(), u"orgadmin"_s, m_server.password());
    QCOMPARE(locked.problem.code, u"account_locked"_s);
}

void tst_SignInDialog::saysWhenTheServerIsUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now
    const ApiResult result =
            failedSignIn(u"http://127.0.0.1:%1"_s.arg(port), u"reviewer"_s, m_server.password());
    QVERIFY(result.isUnreachable());
    QVERIFY(!result.errorText.isEmpty());
    QCOMPARE(bannerText(), result.errorText);
    QCOMPARE(child<QLineEdit>(u"loginEdit"_s)->text(), u"reviewer"_s);
    QCOMPARE(child<QLineEdit>(u"passwordEdit"_s)->text(), m_server.password());
}

void tst_SignInDialog::refusesAnUntrustedCertificate()
{
    TestCertificates certificates;
    QVERIFY(certificates.generate());
    QSslServer tls;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.selfSigned().certificate);
    configuration.setPrivateKey(certificates.selfSigned().key);
    tls.setSslConfiguration(configuration);
    QVERIFY(tls.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&tls, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = tls.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this,
                    [&, socket] { received += socket->readAll(); });
    });

    const ApiResult result = failedSignIn(u"https://127.0.0.1:%1"_s.arg(tls.serverPort()),
                                          u"reviewer"_s, m_server.password());
    QVERIFY(result.isTlsFailure());
    QVERIFY(!result.isUnreachable());
    QVERIFY(!result.errorText.isEmpty());
    QCOMPARE(bannerText(), result.errorText);
    QVERIFY(!received.contains("password")); // nothing was sent over the untrusted channel
}

void tst_SignInDialog::refusesPlainHttpToAnotherHostBeforeSending()
{
    QSignalSpy state(&m_f->session, &SessionService::stateChanged);
    QSignalSpy failed(&m_f->session, &SessionService::signInFailed);
    QSignalSpy requests(&m_f->network, &QNetworkAccessManager::finished);
    fill(u"http://gatehouse.example.com"_s, u"reviewer"_s, m_server.password());
    submit();
    const QString expected = ServerAddress::parse(u"http://gatehouse.example.com"_s).errorText();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(bannerText(), expected);
    QTest::qWait(200);
    QCOMPARE(state.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(requests.count(), 0);
    QCOMPARE(m_f->session.state(), SessionService::State::SignedOut);
    QVERIFY(child<QPushButton>(u"signInButton"_s)->isEnabled());
    QCOMPARE(child<QComboBox>(u"serverCombo"_s)->currentText(), u"http://gatehouse.example.com"_s);
}

void tst_SignInDialog::remembersWhenTheKeychainCan()
{
    QTRY_VERIFY_WITH_TIMEOUT(
            m_f->credentials.availability() != CredentialStore::Availability::Probing
                    && m_f->credentials.availability() != CredentialStore::Availability::Unknown,
            15'000);
    if (m_f->credentials.availability() != CredentialStore::Availability::Available)
        QSKIP("no keychain here; the KEYRING registration of this test covers it");
    auto *remember = child<QCheckBox>(u"rememberCheck"_s);
    QVERIFY(remember->isEnabled());
    QVERIFY(child<MessageBanner>(u"noticeBanner"_s)->text().isEmpty());
    QSignalSpy signedIn(&m_f->session, &SessionService::signedIn);
    QSignalSpy unavailable(&m_f->session, &SessionService::rememberUnavailable);
    fill(m_server.baseUrl().toString(), u"desk"_s, m_server.password());
    remember->setChecked(true);
    submit();
    QVERIFY(signedIn.wait(20'000));
    QVERIFY(m_f->session.remembered());
    QTRY_VERIFY(m_f->profiles.mostRecent().has_value() && m_f->profiles.mostRecent()->rememberMe);
    QCOMPARE(unavailable.count(), 0);
}

void tst_SignInDialog::rememberUnavailableIsANotice()
{
    QTRY_VERIFY_WITH_TIMEOUT(
            m_f->credentials.availability() != CredentialStore::Availability::Probing
                    && m_f->credentials.availability() != CredentialStore::Availability::Unknown,
            15'000);
    if (m_f->credentials.availability() == CredentialStore::Availability::Available)
        QSKIP("a keychain is available here; the signindialog_nokeychain registration covers this");
    auto *notice = child<MessageBanner>(u"noticeBanner"_s);
    QVERIFY(!notice->text().isEmpty());
    QCOMPARE(notice->kind(), MessageBanner::Kind::Notice); // a notice, not an error
    QVERIFY(bannerText().isEmpty());
    auto *remember = child<QCheckBox>(u"rememberCheck"_s);
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());

    // Signing in still works, for this session only.
    QSignalSpy signedIn(&m_f->session, &SessionService::signedIn);
    fill(m_server.baseUrl().toString(), u"desk"_s, m_server.password());
    submit();
    QVERIFY(signedIn.wait(20'000));
    QVERIFY(!m_f->session.remembered());
}

QTEST_MAIN(tst_SignInDialog)
#include "tst_signindialog.moc"
