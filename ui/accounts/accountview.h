#pragma once

#include "domain/role.h"
#include "services/api/apiresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class AccountDetailClient;
class MessageBanner;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class RevealedValues;
class ReasonDialog;

// One account in full, in tabs — Overview, Real-name, Organizations,
// Identities & bindings, SMS, Security, Audit — with the support actions where
// they belong, each disabled with a tooltip saying why when the role or the
// account's state does not allow it. Revealed values live only while this
// view shows that account: another account, clear() or hiding forgets them.
class AccountView : public QWidget
{
    Q_OBJECT

public:
    enum Tab {
        OverviewTab,
        RealnameTab,
        OrganizationsTab,
        BindingsTab,
        SmsTab,
        SecurityTab,
        AuditTab
    };

    AccountView(AccountDetailClient &client, std::function<bool(Permission)> allows,
                QWidget *parent = nullptr);
    ~AccountView() override;

    void showAccount(qint64 accountId);
    void reload();
    void clear();
    qint64 accountId() const { return m_accountId; }
    QJsonObject account() const { return m_account; }
    bool isLoading() const { return m_loading; }
    bool isOffline() const { return m_offline; }
    RevealedValues *revealed() const { return m_revealed; }
    QTabWidget *tabs() const { return m_tabs; }
    QString tabText(Tab tab) const;
    QTreeWidget *bindings() const { return m_bindings; }
    QPushButton *button(const QString &objectName) const;
    MessageBanner *banner() const { return m_banner; }

    void openResetAccess();
    void openReveal();
    void copySummary();

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void load();
    void setAccount(const QJsonObject &account);
    void render();
    void updateActions();
    void runSimpleAction(int action);
    void unbindSelectedApp();
    void revokeSelectedAuthorization();
    int bindingVersion(const QString &kind, qint64 id) const;
    void openReasonDialog(ReasonDialog *dialog);
    void actionSucceeded(const ApiResult &result, const QString &message);
    void actionFailed(const ApiResult &result);
    QPushButton *addButton(const QString &objectName);

    AccountDetailClient &m_client;
    std::function<bool(Permission)> m_allows;
    RevealedValues *m_revealed;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_heading;
    QLabel *m_subheading;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QTextBrowser *m_realname;
    QTextBrowser *m_organizations;
    QTreeWidget *m_bindings;
    QTextBrowser *m_sms;
    QTextBrowser *m_security;
    QTextBrowser *m_audit;
    QList<QPushButton *> m_buttons;
    qint64 m_accountId = 0;
    quint64 m_generation = 0;
    QJsonObject m_account;
    QJsonArray m_auditRows;
    bool m_loading = false;
    bool m_offline = false; // showing the cached copy
};
