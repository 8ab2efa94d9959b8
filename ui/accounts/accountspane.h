#pragma once

#include "models/accounts/accountsearchsource.h"
#include "ui/common/pane.h"

class AccountDetailClient;
class AccountSearchBox;
class AccountSearchModel;
class AccountSearchSource;
class AccountView;
class Clock;
class MessageBanner;
class QLabel;
class QSplitter;
class QTableView;
class SessionService;

// Accounts (the support desk): one search box that recognises what was typed
// and searches as you type, results a page at a time with "showing N of M"
// (or "at least M"), and the chosen account in full with its support actions.
class AccountsPane : public Pane
{
    Q_OBJECT

public:
    AccountsPane(AccountSearchSource &search, AccountDetailClient &client, SessionService &session,
                 const Clock &clock, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    Permission requiredPermission() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void activate() override;
    void refresh() override;
    bool isLoading() const override;
    bool openObject(const QString &objectId) override;

    AccountSearchModel *model() const { return m_model; }
    AccountSearchBox *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    AccountView *view() const { return m_view; }
    QLabel *footer() const { return m_footer; }
    MessageBanner *banner() const { return m_banner; }

protected:
    void retranslate() override;

private:
    void search(const AccountSearchQuery &query);
    void selectionChanged();
    void updateBanner();
    void updateFooter();

    AccountSearchModel *m_model;
    QLabel *m_heading;
    QLabel *m_description;
    AccountSearchBox *m_search;
    MessageBanner *m_banner;
    QSplitter *m_splitter;
    QTableView *m_table;
    AccountView *m_view;
    QLabel *m_footer;
    QAction *m_findAction;
    bool m_activated = false;
};
