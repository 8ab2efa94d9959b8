#include "ui/accounts/accountview.h"

#include "models/accounts/accountdetailclient.h"
#include "models/accounts/accountterms.h"
#include "models/accounts/revealedvalues.h"
#include "models/accounts/supportsummary.h"
#include "services/api/apijob.h"
#include "ui/accounts/accounttabs.h"
#include "ui/accounts/reasondialog.h"
#include "ui/accounts/resetaccessdialog.h"
#include "ui/common/agetext.h"
#include "ui/common/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTextBrowser *makeBrowser(QWidget *parent, const QString &objectName)
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(objectName);
    browser->setOpenLinks(false);
    browser->setFrameShape(QFrame::NoFrame);
    return browser;
}

// Keeps the reader's place when a tab is drawn again (a reveal, an action).
void setHtmlKeepingPlace(QTextBrowser *browser, const QString &html)
{
    const int position = browser->verticalScrollBar()->value();
    browser->setHtml(html);
    browser->verticalScrollBar()->setValue(position);
}

} // namespace

AccountView::AccountView(AccountDetailClient &client, std::function<bool(Permission)> allows,
                         QWidget *parent)
    : QWidget(parent), m_client(client), m_allows(std::move(allows)),
      m_revealed(new RevealedValues(this)), m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(m_pages)), m_heading(new QLabel(this)),
      m_subheading(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_tabs(new QTabWidget(this)), m_overview(makeBrowser(m_tabs, u"overviewText"_s)),
      m_realname(makeBrowser(m_tabs, u"realnameText"_s)),
      m_organizations(makeBrowser(m_tabs, u"organizationsText"_s)),
      m_bindings(new QTreeWidget(m_tabs)), m_sms(makeBrowser(m_tabs, u"smsText"_s)),
      m_security(makeBrowser(m_tabs, u"securityText"_s)),
      m_audit(makeBrowser(m_tabs, u"accountAuditText"_s))
{
    setObjectName(u"accountView"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(u"color: palette(mid);"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(u"accountHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setObjectName(u"accountSubheading"_s);
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(u"accountBanner"_s);
    m_tabs->setObjectName(u"accountTabs"_s);
    m_bindings->setObjectName(u"bindingsTree"_s);
    m_bindings->setColumnCount(4);
    m_bindings->header()->setStretchLastSection(true);
    m_bindings->setColumnWidth(0, 260);
    m_bindings->setColumnWidth(1, 200);
    m_bindings->setColumnWidth(2, 130);

    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    for (const QString &name :
         {u"resetAccessButton"_s, u"disableButton"_s, u"enableButton"_s, u"endSessionsButton"_s,
          u"resendActivationButton"_s, u"revealButton"_s, u"copySummaryButton"_s})
        actions->addWidget(addButton(name));
    actions->addStretch();

    auto *smsPage = new QWidget(m_tabs);
    auto *smsLayout = new QVBoxLayout(smsPage);
    smsLayout->addWidget(m_sms, 1);
    auto *smsButtons = new QHBoxLayout;
    smsButtons->addWidget(addButton(u"resetSmsQuotaButton"_s));
    smsButtons->addStretch();
    smsLayout->addLayout(smsButtons);

    auto *bindingsPage = new QWidget(m_tabs);
    auto *bindingsLayout = new QVBoxLayout(bindingsPage);
    bindingsLayout->addWidget(m_bindings, 1);
    auto *bindingButtons = new QHBoxLayout;
    bindingButtons->addWidget(addButton(u"unbindAppButton"_s));
    bindingButtons->addWidget(addButton(u"revokeAuthorizationButton"_s));
    bindingButtons->addStretch();
    bindingsLayout->addLayout(bindingButtons);

    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_realname, QString());
    m_tabs->addTab(m_organizations, QString());
    m_tabs->addTab(bindingsPage, QString());
    m_tabs->addTab(smsPage, QString());
    m_tabs->addTab(m_security, QString());
    m_tabs->addTab(m_audit, QString());

    auto *accountPage = new QWidget(m_pages);
    auto *accountLayout = new QVBoxLayout(accountPage);
    accountLayout->setContentsMargins(0, 0, 0, 0);
    accountLayout->addWidget(m_heading);
    accountLayout->addWidget(m_subheading);
    accountLayout->addLayout(actions);
    accountLayout->addWidget(m_banner);
    accountLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(accountPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(button(u"resetAccessButton"_s), &QPushButton::clicked, this,
            &AccountView::openResetAccess);
    connect(button(u"revealButton"_s), &QPushButton::clicked, this, &AccountView::openReveal);
    connect(button(u"copySummaryButton"_s), &QPushButton::clicked, this, &AccountView::copySummary);
    const QList<std::pair<QString, SupportAction>> simple{
            {u"disableButton"_s, SupportAction::Disable},
            {u"enableButton"_s, SupportAction::Enable},
            {u"endSessionsButton"_s, SupportAction::EndSessions},
            {u"resendActivationButton"_s, SupportAction::ResendActivation},
            {u"resetSmsQuotaButton"_s, SupportAction::ResetSmsQuota}};
    for (const auto &[name, action] : simple) {
        connect(button(name), &QPushButton::clicked, this,
                [this, action] { runSimpleAction(int(action)); });
    }
    connect(button(u"unbindAppButton"_s), &QPushButton::clicked, this,
            &AccountView::unbindSelectedApp);
    connect(button(u"revokeAuthorizationButton"_s), &QPushButton::clicked, this,
            &AccountView::revokeSelectedAuthorization);
    connect(m_bindings, &QTreeWidget::currentItemChanged, this, &AccountView::updateActions);
    connect(m_revealed, &RevealedValues::changed, this, [this] {
        render();
        updateActions();
    });
    retranslate();
}

AccountView::~AccountView()
{
    m_revealed->clear();
}

QPushButton *AccountView::addButton(const QString &objectName)
{
    auto *b = new QPushButton(this);
    b->setObjectName(objectName);
    m_buttons.append(b);
    return b;
}

QPushButton *AccountView::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

QString AccountView::tabText(Tab tab) const
{
    return m_tabs->tabText(int(tab));
}

void AccountView::showAccount(qint64 accountId)
{
    if (accountId == m_accountId && !m_account.isEmpty())
        return;
    // Another account: what was revealed of the previous one goes.
    m_revealed->clear();
    m_accountId = accountId;
    m_account = {};
    m_auditRows = {};
    m_banner->clear();
    load();
}

void AccountView::reload()
{
    if (m_accountId)
        load();
}

void AccountView::clear()
{
    ++m_generation;
    m_revealed->clear();
    m_accountId = 0;
    m_account = {};
    m_auditRows = {};
    m_loading = false;
    m_banner->clear();
    m_pages->setCurrentIndex(0);
}

void AccountView::load()
{
    const quint64 generation = ++m_generation;
    const qint64 id = m_accountId;
    m_loading = true;
    if (m_account.isEmpty()) {
        m_placeholder->setText(tr("Loading the account…"));
        m_pages->setCurrentIndex(0);
    }
    m_client.loadDetail(id, this, [this, generation](const AccountDetailAnswer &answer) {
        if (generation != m_generation)
            return; // the view moved on to another account
        m_loading = false;
        m_offline = answer.fromCache;
        if (answer.account.isEmpty()) {
            if (m_account.isEmpty()) {
                m_placeholder->setText(answer.result.errorText);
                m_pages->setCurrentIndex(0);
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error, answer.result.errorText);
            }
            updateActions();
            emit loaded();
            return;
        }
        if (answer.fromCache)
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Offline: the server cannot be reached. Showing this "
                                     "account as it was %1; actions wait until it is back.")
                                          .arg(AgeText::ago(answer.fetchedAt)));
        else if (m_banner->kind() == MessageBanner::Kind::Warning)
            m_banner->clear();
        setAccount(answer.account);
        emit loaded();
    });
    m_client.loadAudit(id)->then(this, [this, generation](const ApiResult &result) {
        if (generation != m_generation || !result.ok)
            return;
        m_auditRows = result.json.value(u"items"_s).toArray();
        setHtmlKeepingPlace(m_audit, AccountTabs::audit(m_auditRows));
    });
}

void AccountView::setAccount(const QJsonObject &account)
{
    if (account.value(u"id"_s).toInteger() != m_accountId)
        return;
    m_account = account;
    m_pages->setCurrentIndex(1);
    render();
    updateActions();
}

void AccountView::render()
{
    if (m_account.isEmpty())
        return;
    const QString name = m_account.value(u"display_name"_s).toString();
    const QString latin = m_account.value(u"name_latin"_s).toString();
    m_heading->setText(latin.isEmpty() || latin == name ? name : tr("%1 (%2)").arg(name, latin));
    m_subheading->setText(
            tr("%1 · account %2 · %3")
                    .arg(m_account.value(u"username"_s).toString(), QString::number(m_accountId),
                         AccountTerms::status(m_account.value(u"status"_s).toString())));
    setHtmlKeepingPlace(m_overview, AccountTabs::overview(m_account, *m_revealed));
    setHtmlKeepingPlace(m_realname, AccountTabs::realname(m_account, *m_revealed));
    setHtmlKeepingPlace(m_organizations, AccountTabs::organizations(m_account));
    setHtmlKeepingPlace(m_sms, AccountTabs::sms(m_account, *m_revealed));
    setHtmlKeepingPlace(m_security, AccountTabs::security(m_account));
    setHtmlKeepingPlace(m_audit, AccountTabs::audit(m_auditRows));
    AccountTabs::fillBindings(m_bindings, m_account);
}

void AccountView::updateActions()
{
    // Offline, nothing that changes the account or asks the server can work.
    const bool support = m_allows(Permission::SupportActions) && !m_offline;
    const QString noSupport = m_offline
            ? tr("Offline: actions wait until the server can be reached again.")
            : tr("Your roles do not include support actions; support agents and "
                 "administrators have them.");
    const QString status = m_account.value(u"status"_s).toString();
    const bool hasMobile =
            !m_account.value(u"sms"_s).isNull() && !m_account.value(u"sms"_s).toObject().isEmpty();
    const auto set = [&](const QString &name, bool stateAllows, const QString &stateWhy,
                         bool roleAllows, const QString &roleWhy) {
        QPushButton *b = button(name);
        b->setEnabled(stateAllows && roleAllows);
        b->setToolTip(!roleAllows ? roleWhy : !stateAllows ? stateWhy : QString());
    };
    set(u"resetAccessButton"_s, status != u"disabled",
        tr("A disabled account cannot be reset; enable it first."), support, noSupport);
    button(u"disableButton"_s)->setVisible(status != u"disabled");
    button(u"enableButton"_s)->setVisible(status == u"disabled");
    set(u"disableButton"_s, status != u"disabled", QString(), support, noSupport);
    set(u"enableButton"_s, status == u"disabled", QString(), support, noSupport);
    set(u"endSessionsButton"_s, m_account.value(u"open_sessions"_s).toInt() > 0,
        tr("This account has no open sessions."), support, noSupport);
    set(u"resendActivationButton"_s, status == u"unactivated" && hasMobile,
        status == u"unactivated" ? tr("This account has no mobile number to send the activation "
                                      "code to.")
                                 : tr("Only an unactivated account gets an activation code."),
        support, noSupport);
    set(u"resetSmsQuotaButton"_s, hasMobile, tr("This account has no mobile number."), support,
        noSupport);
    set(u"revealButton"_s, m_revealed->isEmpty(),
        tr("The values are shown; they hide themselves "
           "after two minutes."),
        m_allows(Permission::RevealPersonalData) && !m_offline,
        m_offline ? noSupport
                  : tr("Your roles do not let you see personal data in clear; support agents "
                       "and administrators may, with a reason."));
    set(u"copySummaryButton"_s, !m_account.isEmpty(), QString(), true, QString());

    const QTreeWidgetItem *item = m_bindings->currentItem();
    const QString kind = item ? item->data(0, AccountTabs::KindRole).toString() : QString();
    const bool active = item && item->data(0, AccountTabs::ActiveRole).toBool();
    set(u"unbindAppButton"_s, kind == u"app" && active,
        kind == u"app" ? tr("This app is not bound to an open platform account.")
                       : tr("Select a bound app first."),
        support, noSupport);
    set(u"revokeAuthorizationButton"_s, kind == u"authorization" && active,
        kind == u"authorization" ? tr("This authorization is already revoked.")
                                 : tr("Select a third-party platform's authorization first."),
        support, noSupport);
}

void AccountView::openReasonDialog(ReasonDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonDialog::failed, this, &AccountView::actionFailed);
    dialog->open();
}

void AccountView::runSimpleAction(int actionValue)
{
    const auto action = SupportAction(actionValue);
    QString title;
    QString explanation;
    QString confirm;
    QString done;
    const QString name = m_account.value(u"display_name"_s).toString();
    switch (action) {
    case SupportAction::Disable:
        title = tr("Disable Account");
        explanation = tr("%1 will not be able to sign in, and every open session ends.").arg(name);
        confirm = tr("Disable");
        done = tr("The account is disabled.");
        break;
    case SupportAction::Enable:
        title = tr("Enable Account");
        explanation = tr("%1 will be able to sign in again.").arg(name);
        confirm = tr("Enable");
        done = tr("The account is enabled.");
        break;
    case SupportAction::EndSessions:
        title = tr("End Sessions");
        explanation = tr("Every open session of %1 ends; the user must sign in again.").arg(name);
        confirm = tr("End Sessions");
        done = tr("The sessions are ended.");
        break;
    case SupportAction::ResendActivation:
        title = tr("Resend Activation");
        explanation = tr("An activation code goes by SMS to %1, within the send limit (one a "
                         "minute, three an hour, five a day).")
                              .arg(m_account.value(u"mobile"_s).toString());
        confirm = tr("Send");
        done = tr("The activation code is sent.");
        break;
    case SupportAction::ResetSmsQuota:
        title = tr("Reset SMS Quota");
        explanation = tr("Codes sent so far to %1 stop counting against the send limit.")
                              .arg(m_account.value(u"mobile"_s).toString());
        confirm = tr("Reset Quota");
        done = tr("The SMS quota is reset.");
        break;
    case SupportAction::ResetPassword:
    case SupportAction::Unlock:
        return;
    }
    const qint64 id = m_accountId;
    auto *dialog = new ReasonDialog(
            title, explanation, confirm,
            [this, id, action](const QString &reason) {
                return m_client.run(id, action, m_account.value(u"version"_s).toInt(), reason);
            },
            this);
    connect(dialog, &ReasonDialog::succeeded, this,
            [this, done](const ApiResult &result) { actionSucceeded(result, done); });
    openReasonDialog(dialog);
}

void AccountView::unbindSelectedApp()
{
    const QTreeWidgetItem *item = m_bindings->currentItem();
    if (!item)
        return;
    const qint64 appId = item->data(0, AccountTabs::IdRole).toLongLong();
    auto *dialog = new ReasonDialog(
            tr("Unbind App"),
            tr("%1 will no longer be bound to an open platform account.")
                    .arg(item->data(0, AccountTabs::NameRole).toString()),
            tr("Unbind"),
            [this, appId](const QString &reason) {
                // The version as last loaded: after a refusal the view reloads, and
                // the next try goes with the app as it is now.
                return m_client.unbindApp(appId, bindingVersion(u"app"_s, appId), reason);
            },
            this);
    connect(dialog, &ReasonDialog::succeeded, this, [this](const ApiResult &result) {
        actionSucceeded(result, tr("The app is unbound."));
    });
    openReasonDialog(dialog);
}

void AccountView::revokeSelectedAuthorization()
{
    const QTreeWidgetItem *item = m_bindings->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, AccountTabs::IdRole).toLongLong();
    auto *dialog = new ReasonDialog(
            tr("Revoke Authorization"),
            tr("%1 loses the permission set \"%2\" on this app.")
                    .arg(item->data(0, AccountTabs::NameRole).toString(), item->text(1)),
            tr("Revoke"),
            [this, id](const QString &reason) {
                return m_client.revokeAuthorization(id, bindingVersion(u"authorization"_s, id),
                                                    reason);
            },
            this);
    connect(dialog, &ReasonDialog::succeeded, this, [this](const ApiResult &result) {
        actionSucceeded(result, tr("The authorization is revoked."));
    });
    openReasonDialog(dialog);
}

int AccountView::bindingVersion(const QString &kind, qint64 id) const
{
    const QJsonArray apps =
            m_account.value(u"open_platform"_s).toObject().value(u"apps"_s).toArray();
    for (const QJsonValue &appValue : apps) {
        const QJsonObject app = appValue.toObject();
        if (kind == u"app" && app.value(u"id"_s).toInteger() == id)
            return app.value(u"version"_s).toInt();
        for (const QJsonValue &auth : app.value(u"authorizations"_s).toArray()) {
            if (kind == u"authorization" && auth.toObject().value(u"id"_s).toInteger() == id)
                return auth.toObject().value(u"version"_s).toInt();
        }
    }
    return 0;
}

void AccountView::openResetAccess()
{
    auto *dialog = new ResetAccessDialog(m_client, m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetAccessDialog::accountUpdated, this, &AccountView::setAccount);
    connect(dialog, &QDialog::finished, this, [this] {
        m_client.loadAudit(m_accountId)->then(this, [this, id = m_accountId](const ApiResult &r) {
            if (r.ok && id == m_accountId) {
                m_auditRows = r.json.value(u"items"_s).toArray();
                setHtmlKeepingPlace(m_audit, AccountTabs::audit(m_auditRows));
            }
        });
    });
    dialog->open();
}

void AccountView::openReveal()
{
    const qint64 id = m_accountId;
    auto *idNumber = new QCheckBox(AccountTerms::revealField(u"id_number"_s));
    auto *mobile = new QCheckBox(AccountTerms::revealField(u"mobile"_s));
    auto *email = new QCheckBox(AccountTerms::revealField(u"email"_s));
    idNumber->setObjectName(u"revealIdNumber"_s);
    mobile->setObjectName(u"revealMobile"_s);
    email->setObjectName(u"revealEmail"_s);
    for (QCheckBox *box : {idNumber, mobile, email})
        box->setChecked(true);
    auto *dialog = new ReasonDialog(
            tr("Reveal Personal Data"),
            tr("The clear values are shown here for two minutes and are never stored. The reveal "
               "and its reason are audited."),
            tr("Reveal"),
            [this, id, idNumber, mobile, email](const QString &reason) {
                QStringList fields;
                if (idNumber->isChecked())
                    fields << u"id_number"_s;
                if (mobile->isChecked())
                    fields << u"mobile"_s;
                if (email->isChecked())
                    fields << u"email"_s;
                return m_client.reveal(id, fields, reason);
            },
            this);
    dialog->setObjectName(u"revealDialog"_s);
    for (QCheckBox *box : {idNumber, mobile, email})
        dialog->addOption(box);
    connect(dialog, &ReasonDialog::succeeded, this, [this, id](const ApiResult &result) {
        if (id != m_accountId)
            return; // the view moved on: the values are not shown for another account
        m_revealed->set(id, result.json);
        m_banner->showMessage(MessageBanner::Kind::Notice,
                              tr("Personal data shown until %1. It is not stored anywhere.")
                                      .arg(QLocale().toString(m_revealed->expiresAt().toLocalTime(),
                                                              u"HH:mm:ss"_s)));
        reload(); // the audit tab shows the reveal
    });
    openReasonDialog(dialog);
}

void AccountView::copySummary()
{
    if (m_account.isEmpty())
        return;
    QApplication::clipboard()->setText(SupportSummary::build(m_account));
    m_banner->showMessage(MessageBanner::Kind::Notice,
                          tr("A masked summary of the account is on the clipboard."));
}

void AccountView::actionSucceeded(const ApiResult &result, const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Notice, message);
    const QJsonObject account = result.json.value(u"account"_s).toObject();
    if (!account.isEmpty())
        setAccount(account);
    reload();
}

void AccountView::actionFailed(const ApiResult &result)
{
    // A 412 on an account carries the account as it is now; on an app or an
    // authorization it carries that instead, so the account is read again.
    const QJsonObject current = result.problem.extensions.value(u"current"_s).toObject();
    if (current.contains(u"username"_s) && current.contains(u"status"_s))
        setAccount(current);
    else if (result.httpStatus == 409 || result.httpStatus == 412)
        reload();
}

void AccountView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountView::hideEvent(QHideEvent *event)
{
    // Out of sight, out of memory: a revealed value is never left on a hidden page.
    m_revealed->clear();
    QWidget::hideEvent(event);
}

void AccountView::retranslate()
{
    if (m_accountId == 0)
        m_placeholder->setText(tr("Search for an account, then choose it in the list to see it "
                                  "here."));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(RealnameTab, tr("Real-name"));
    m_tabs->setTabText(OrganizationsTab, tr("Organizations"));
    m_tabs->setTabText(BindingsTab, tr("Identities && bindings"));
    m_tabs->setTabText(SmsTab, tr("SMS"));
    m_tabs->setTabText(SecurityTab, tr("Security"));
    m_tabs->setTabText(AuditTab, tr("Audit"));
    m_bindings->setHeaderLabels({tr("Name"), tr("Identifier"), tr("Kind"), tr("State")});
    button(u"resetAccessButton"_s)->setText(tr("Reset Password / Unlock…"));
    button(u"disableButton"_s)->setText(tr("Disable…"));
    button(u"enableButton"_s)->setText(tr("Enable…"));
    button(u"endSessionsButton"_s)->setText(tr("End Sessions…"));
    button(u"resendActivationButton"_s)->setText(tr("Resend Activation…"));
    button(u"revealButton"_s)->setText(tr("Reveal…"));
    button(u"copySummaryButton"_s)->setText(tr("Copy Support Summary"));
    button(u"resetSmsQuotaButton"_s)->setText(tr("Reset SMS Quota…"));
    button(u"unbindAppButton"_s)->setText(tr("Unbind App…"));
    button(u"revokeAuthorizationButton"_s)->setText(tr("Revoke Authorization…"));
    render();
    updateActions();
}
