#include "ui/signin/signindialog.h"

#include "resources/gatehouseicons.h"
#include "services/api/serveraddress.h"
#include "services/session/credentialstore.h"
#include "services/session/sessionservice.h"
#include "services/settings/serverprofiles.h"
#include "ui/common/languageswitcher.h"
#include "ui/common/messagebanner.h"
#include "ui/signin/organizationpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Page { FormPage, OrganizationPage, StartingPage };

} // namespace

SignInDialog::SignInDialog(SessionService &session, ServerProfiles &profiles,
                           CredentialStore &credentials, LanguageSwitcher &languages,
                           QWidget *parent)
    : QDialog(parent), m_session(session), m_profiles(profiles), m_credentials(credentials),
      m_languages(languages)
{
    setObjectName(u"signInDialog"_s);
    setWindowIcon(GatehouseIcons::application());
    buildForm();
    fillProfiles();
    retranslate();
    setPage(FormPage);

    connect(&m_session, &SessionService::signedIn, this, &SignInDialog::onSignedIn);
    connect(&m_session, &SessionService::signInFailed, this, &SignInDialog::onFailed);
    connect(&m_session, &SessionService::organizationChoiceRequired, this,
            &SignInDialog::onOrganizationChoice);
    connect(&m_session, &SessionService::rememberUnavailable, this, [this](const QString &reason) {
        m_notice->showMessage(MessageBanner::Kind::Notice, reason);
    });
    connect(&m_credentials, &CredentialStore::availabilityChanged, this,
            &SignInDialog::updateRememberAvailability);
    connect(&m_languages, &LanguageSwitcher::languageChanged, this,
            [this](const QString &language) {
                m_language->setCurrentIndex(m_language->findData(language));
            });
    if (m_credentials.availability() == CredentialStore::Availability::Unknown)
        m_credentials.probe();
    updateRememberAvailability();
}

void SignInDialog::buildForm()
{
    auto *icon = new QLabel(this);
    icon->setPixmap(GatehouseIcons::application().pixmap(48, 48));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setStyleSheet(u"color: palette(mid);"_s);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon);
    header->addLayout(titles, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(formPage());
    m_organizations = new OrganizationPicker(this);
    m_pages->addWidget(m_organizations);
    m_pages->addWidget(startingPage());

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    for (const QString &language : LanguageSwitcher::languages())
        m_language->addItem(LanguageSwitcher::nativeName(language), language);
    m_language->setCurrentIndex(m_language->findData(m_languages.language()));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { m_languages.setLanguage(m_language->itemData(index).toString()); });
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_language);
    footer->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addLayout(footer);
    setMinimumWidth(460);

    connect(m_organizations, &OrganizationPicker::chosen, this, [this](qint64 id) {
        m_organizations->setBusy(true);
        m_session.chooseOrganization(id);
    });
    connect(m_organizations, &OrganizationPicker::backRequested, this, [this] {
        m_signingIn = false;
        showForm();
    });
}

QWidget *SignInDialog::formPage()
{
    auto *page = new QWidget(this);
    m_message = new MessageBanner(page);
    m_message->setObjectName(u"errorBanner"_s);
    m_notice = new MessageBanner(page);
    m_notice->setObjectName(u"noticeBanner"_s);

    m_server = new QComboBox(page);
    m_server->setObjectName(u"serverCombo"_s);
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(28);
    m_login = new QLineEdit(page);
    m_login->setObjectName(u"loginEdit"_s);
    m_login->setMaxLength(254);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_remember = new QCheckBox(page);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_serverLabel = new QLabel(page);
    m_loginLabel = new QLabel(page);
    m_passwordLabel = new QLabel(page);
    m_serverLabel->setBuddy(m_server);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    m_busy = new QProgressBar(page);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_quit = new QPushButton(page);
    m_quit->setObjectName(u"quitButton"_s);
    m_quit->setAutoDefault(false);
    m_signIn = new QPushButton(page);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_signIn->setMinimumWidth(120);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_server, &QComboBox::activated, this, &SignInDialog::profileChosen);
    connect(m_login, &QLineEdit::returnPressed, this, &SignInDialog::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::submit);
    return page;
}

QWidget *SignInDialog::startingPage()
{
    auto *page = new QWidget(this);
    m_startingText = new QLabel(page);
    m_startingText->setObjectName(u"startingText"_s);
    m_startingText->setWordWrap(true);
    m_startingText->setAlignment(Qt::AlignCenter);
    auto *progress = new QProgressBar(page);
    progress->setRange(0, 0);
    progress->setMaximumHeight(8);
    progress->setTextVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_startingText);
    layout->addWidget(progress);
    layout->addStretch(1);
    return page;
}

void SignInDialog::setPage(int page)
{
    // A stacked widget is as large as its largest page; let only the shown one count.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == page ? QSizePolicy::Preferred
                                                    : QSizePolicy::Ignored);
    }
    m_pages->setCurrentIndex(page);
    adjustSize();
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Gatehouse"));
    m_title->setText(u"Gatehouse"_s);
    m_subtitle->setText(tr("Administration Portal"));
    m_serverLabel->setText(tr("&Server:"));
    m_server->lineEdit()->setPlaceholderText(tr("https://gatehouse.example.com"));
    m_server->setToolTip(
            tr("The address of your platform's Gatehouse server. Plain http:// is only "
               "allowed for this computer (localhost)."));
    m_loginLabel->setText(tr("&Username or email:"));
    m_login->setPlaceholderText(tr("e.g. li.na or li.na@example.com"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setToolTip(tr("Keeps you signed in between starts. The key is kept in the system "
                              "keychain, never in a file."));
    m_quit->setText(tr("&Quit"));
    m_signIn->setText(m_signingIn && m_pages->currentIndex() == FormPage ? tr("Signing in…")
                                                                         : tr("&Sign In"));
    if (!m_startingMessage.isEmpty())
        m_startingText->setText(m_startingMessage);
    updateRememberAvailability();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::reject()
{
    // Closing the dialog while a sign-in is on its way would leave it unanswered.
    if (m_signingIn)
        return;
    QDialog::reject();
}

void SignInDialog::fillProfiles()
{
    const QString typed = m_server->currentText();
    m_server->clear();
    for (const ServerProfile &profile : m_profiles.all())
        m_server->addItem(profile.url.toString(), profile.url);
    if (!typed.isEmpty())
        m_server->setEditText(typed);
    else if (const auto recent = m_profiles.mostRecent()) {
        m_server->setCurrentIndex(0);
        if (m_login->text().isEmpty())
            m_login->setText(recent->lastUsername);
        m_remember->setChecked(recent->rememberMe);
    }
}

void SignInDialog::profileChosen(int index)
{
    const QUrl url = m_server->itemData(index).toUrl();
    for (const ServerProfile &profile : m_profiles.all()) {
        if (profile.url == url) {
            m_login->setText(profile.lastUsername);
            m_remember->setChecked(profile.rememberMe && m_remember->isEnabled());
            m_password->setFocus();
        }
    }
}

void SignInDialog::setServer(const QUrl &url)
{
    m_server->setEditText(url.toString());
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
}

QString SignInDialog::login() const
{
    return m_login->text();
}

void SignInDialog::showError(const QString &text)
{
    showForm();
    m_message->showMessage(MessageBanner::Kind::Error, text);
}

void SignInDialog::showStarting(const QString &text)
{
    m_startingMessage = text;
    m_startingText->setText(text);
    setPage(StartingPage);
}

void SignInDialog::showForm()
{
    m_startingMessage.clear();
    setPage(FormPage);
    setBusy(false);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::signInAs(const QUrl &server, const QString &login, const QString &password,
                            qint64 preferredOrganization)
{
    setServer(server);
    m_login->setText(login);
    m_password->setText(password);
    m_remember->setChecked(false);
    m_preferredOrganization = preferredOrganization;
    submit();
}

void SignInDialog::submit()
{
    if (m_signingIn)
        return;
    m_message->clear();
    const ServerAddress address = ServerAddress::parse(m_server->currentText());
    if (!address.isValid()) {
        showForm();
        m_message->showMessage(MessageBanner::Kind::Error, address.errorText());
        m_server->setFocus();
        return;
    }
    if (m_login->text().trimmed().isEmpty()) {
        showForm();
        m_message->showMessage(MessageBanner::Kind::Error, tr("Enter your username or email."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showForm();
        m_message->showMessage(MessageBanner::Kind::Error, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    const bool remember = m_remember->isChecked() && m_remember->isEnabled();
    setPage(FormPage);
    m_signingIn = true;
    setBusy(true);
    m_session.signIn(address.url, m_login->text().trimmed(), m_password->text(), remember);
}

void SignInDialog::setBusy(bool busy)
{
    m_server->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(
            !busy && m_credentials.availability() != CredentialStore::Availability::Unavailable);
    m_signIn->setEnabled(!busy);
    m_quit->setEnabled(!busy);
    m_language->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign In"));
}

void SignInDialog::onSignedIn()
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    m_preferredOrganization = 0;
    m_password->clear();
    if (m_rememberServer) {
        ServerProfile profile;
        profile.url = m_session.server();
        profile.name = profile.url.host();
        profile.lastUsername = m_login->text().trimmed();
        profile.rememberMe = m_session.remembered();
        m_profiles.remember(profile);
        fillProfiles();
        m_server->setCurrentIndex(0);
    }
    m_message->clear();
    showForm();
    accept();
}

void SignInDialog::onFailed(const ApiResult &result)
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    m_preferredOrganization = 0;
    showForm();
    m_message->showMessage(MessageBanner::Kind::Error, result.errorText);
    m_password->selectAll();
}

void SignInDialog::onOrganizationChoice(const OrganizationChoice &choice)
{
    if (!m_signingIn)
        return;
    for (const PlatformOrganization &organization : choice.organizations) {
        if (organization.id == m_preferredOrganization) {
            m_session.chooseOrganization(organization.id);
            return;
        }
    }
    m_busy->setVisible(false);
    m_organizations->setChoice(choice.staff, choice.organizations);
    setPage(OrganizationPage);
}

void SignInDialog::updateRememberAvailability()
{
    switch (m_credentials.availability()) {
    case CredentialStore::Availability::Unavailable:
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_notice->showMessage(
                MessageBanner::Kind::Notice,
                tr("The system keychain is not available, so Gatehouse cannot remember "
                   "you. You can still sign in; you will stay signed in until you quit."));
        break;
    case CredentialStore::Availability::Available:
        m_remember->setEnabled(!m_signingIn);
        m_notice->clear();
        break;
    case CredentialStore::Availability::Unknown:
    case CredentialStore::Availability::Probing:
        break;
    }
}
