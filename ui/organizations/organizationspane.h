#pragma once

#include "domain/organizationrecords.h"
#include "ui/common/pane.h"

#include <QSet>

class MemberSearch;
class MessageBanner;
class OrganizationClient;
class OrganizationDetailView;
class OrganizationEditor;
class OrganizationListModel;
class OrganizationTreeModel;
class OrganizationTreeRevealer;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QSplitter;
class QTimer;
class QTreeView;
class SessionService;

// Organizations: the platform organization's team organizations, and the
// chosen one's tree of departments and members, a page at a time; a
// breadcrumb of the selected node, member search that opens the path to each
// hit, member detail that opens the account in the Accounts pane; edits from
// the context menu, the keyboard and drag and drop, each undoable while the
// pane is open. Live changes come from the changes feed while the pane is
// shown; offline, the parts already opened are read from the cache.
class OrganizationsPane : public Pane
{
    Q_OBJECT

public:
    OrganizationsPane(OrganizationClient &client, SessionService &session,
                      QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    Permission requiredPermission() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void activate() override;
    void refresh() override;
    bool isLoading() const override;
    // Another pane asks for an organization by its id.
    bool openObject(const QString &objectId) override;

    OrganizationTreeModel *treeModel() const { return m_tree; }
    OrganizationListModel *listModel() const { return m_list; }
    QTreeView *treeView() const { return m_treeView; }
    QListView *listView() const { return m_listView; }
    OrganizationEditor *editor() const { return m_editor; }
    OrganizationDetailView *detail() const { return m_detail; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *breadcrumb() const { return m_breadcrumb; }
    QLineEdit *searchField() const;
    QListWidget *searchResults() const;
    qint64 organizationId() const { return m_organization.id; }
    void openOrganization(qint64 id);
    // Reads the changes feed now (the poll timer does it every few seconds).
    void pollChanges();

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void organizationChosen();
    void organizationArrived(const OrganizationSummary &organization);
    void openOrganizationRecord();
    void currentChanged();
    void updateBreadcrumb();
    void updateBanner();
    void updateFooter();
    void showError(const QString &text);
    void restoreView();

    OrganizationClient &m_client;
    SessionService &m_session;
    OrganizationListModel *m_list;
    OrganizationTreeModel *m_tree;
    OrganizationTreeRevealer *m_revealer;
    QLabel *m_heading;
    QLabel *m_description;
    MessageBanner *m_banner;
    QSplitter *m_splitter;
    QLineEdit *m_filter;
    QListView *m_listView;
    QLabel *m_breadcrumb;
    MemberSearch *m_search;
    QTreeView *m_treeView;
    OrganizationDetailView *m_detail;
    OrganizationEditor *m_editor;
    QLabel *m_footer;
    QTimer *m_poll;
    QTimer *m_filterDelay;
    QTimer *m_ageTimer;
    QAction *m_findAction;
    OrganizationSummary m_organization;
    qint64 m_since = 0; // the tree version the changes feed was read up to
    qint64 m_restoredOrganization = 0;
    // The departments open and the node chosen when the pane was last closed,
    // opened again as their pages arrive.
    QSet<qint64> m_restoreExpanded;
    QString m_restoreCurrent;
    bool m_polling = false;
    // Asked while a read was on its way: that read may have left before the
    // change it is asked for, so one more follows it.
    bool m_pollAgain = false;
    bool m_activated = false;
    QString m_error;
    quint64 m_detailRequest = 0;
    QString m_restoredSearch;
};
