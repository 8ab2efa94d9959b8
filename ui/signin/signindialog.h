#pragma once

#include "domain/sessionrecords.h"
#include "services/api/apiresult.h"

#include <QDialog>
#include <QUrl>

class CredentialStore;
class LanguageSwitcher;
class MessageBanner;
class OrganizationPicker;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class ServerProfiles;
class SessionService;

// Signing in: server (remembered profiles), username or email, password,
// "remember me"; then, for staff of several platform organizations, the
// organization to work in. What was typed survives every failure; only the
// password is cleared, and only on success. Errors are ApiResult::errorText,
// and a server address is checked by ServerAddress before anything is sent.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(SessionService &session, ServerProfiles &profiles, CredentialStore &credentials,
                 LanguageSwitcher &languages, QWidget *parent = nullptr);

    void setServer(const QUrl &url);
    void setLogin(const QString &login);
    QString login() const;
    // A message from outside the dialog: the session expired, the demo did not start.
    void showError(const QString &text);
    // While the demo platform starts: a busy page instead of the form.
    void showStarting(const QString &text);
    void showForm();
    // Signs in without typing (the demo), taking preferredOrganization if asked to choose.
    void signInAs(const QUrl &server, const QString &login, const QString &password,
                  qint64 preferredOrganization);
    // Throw-away servers (the demo's) are not remembered as profiles.
    void setRememberServer(bool remember) { m_rememberServer = remember; }

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void buildForm();
    void setPage(int page);
    void retranslate();
    void fillProfiles();
    void profileChosen(int index);
    void submit();
    void setBusy(bool busy);
    void onSignedIn();
    void onFailed(const ApiResult &result);
    void onOrganizationChoice(const OrganizationChoice &choice);
    void updateRememberAvailability();
    QWidget *formPage();
    QWidget *startingPage();

    SessionService &m_session;
    ServerProfiles &m_profiles;
    CredentialStore &m_credentials;
    LanguageSwitcher &m_languages;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QStackedWidget *m_pages = nullptr;
    MessageBanner *m_message = nullptr;
    MessageBanner *m_notice = nullptr;
    QLabel *m_serverLabel = nullptr;
    QComboBox *m_server = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_quit = nullptr;
    QPushButton *m_signIn = nullptr;
    OrganizationPicker *m_organizations = nullptr;
    QLabel *m_startingText = nullptr;
    QComboBox *m_language = nullptr;

    bool m_signingIn = false; // this dialog asked SessionService for a sign-in
    bool m_rememberServer = true;
    qint64 m_preferredOrganization = 0;
    QString m_startingMessage;
};
