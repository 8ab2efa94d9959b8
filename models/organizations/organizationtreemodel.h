#pragma once

#include "models/organizations/organizationpages.h"
#include "models/organizations/organizationtreenodes.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIcon>
#include <QSet>

#include <memory>

// One organization's tree: departments, then members, under each node, a
// page at a time as a view expands and scrolls (canFetchMore / fetchMore),
// with a "Loading…" row while a page comes. Live changes and refreshes are
// merged in with row inserts, moves and removals (never a reset), so expanded
// branches and the selection survive them. Dropping nodes on a department does
// not move anything here: it asks (moveRequested), and the pane confirms and
// sends the edit; the changes feed then moves the rows.
class OrganizationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailColumn, MembersColumn, ColumnCount };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // OrganizationTreeNodes::Type as int
        NodeIdRole,
        VersionRole,
        AccountIdRole,
        MemberRoleRole, // MemberRole as int
        TitleRole,
        NameRole,
        TotalMembersRole,
        DirectMembersRole,
        ChildDepartmentsRole,
        SortKeyRole,
    };
    using Type = OrganizationTreeNodes::Type;
    static constexpr int kPageSize = 100;
    static QString mimeType();

    struct NodeRef
    {
        Type type = Type::Member;
        qint64 id = 0;
        bool operator==(const NodeRef &) const = default;
    };

    explicit OrganizationTreeModel(OrganizationTreeSource &source, QObject *parent = nullptr);
    ~OrganizationTreeModel() override;

    // A new organization: everything is dropped and its top level fetched.
    void setOrganization(qint64 organizationId);
    qint64 organizationId() const { return m_organizationId; }
    void setPageSize(int size) { m_pageSize = size; }
    // Drags start only when edits are allowed.
    void setEditable(bool editable) { m_editable = editable; }
    void setIcons(const QIcon &department, const QIcon &member);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    QList<NodeRef> nodesIn(const QMimeData *data) const;

    QModelIndex indexOf(NodeRef node, int column = 0) const;
    NodeRef nodeAt(const QModelIndex &index) const;
    Type typeAt(const QModelIndex &index) const;
    QString nameAt(const QModelIndex &index) const;
    // The departments from the top level down to the node's (a department last).
    QList<DepartmentRef> pathTo(const QModelIndex &index) const;
    QModelIndex departmentIndex(qint64 departmentId) const; // invalid for 0 (the top level)
    bool isFetched(const QModelIndex &parent) const;

    // The changes feed named these lists (0: the top level): fetch what is shown
    // of them again, and the counts of the departments above them.
    void refreshNodes(const QList<qint64> &departmentIds);
    // Everything loaded, again (View › Refresh).
    void refreshAll();
    bool isLoading() const { return m_inFlight > 0; }
    bool isOffline() const { return m_offline; }
    QDateTime offlineSince() const { return m_offlineSince; }
    QString errorText() const { return m_errorText; }
    qint64 treeVersion() const { return m_treeVersion; }
    void retry();
    void retranslate();
    const OrganizationTreeNodes &nodes() const { return m_nodes; }

signals:
    void pageArrived(const QModelIndex &parent);
    void loadFailed(const QString &errorText);
    void offlineChanged();
    void loadingChanged();
    void refreshed();
    void moveRequested(const QList<OrganizationTreeModel::NodeRef> &nodes, qint64 departmentId);

private:
    // Refresh answers wait here until all have come, then land together: a node
    // that moved between two refreshed lists is moved, not removed and added.
    struct Batch
    {
        quint64 generation = 0;
        int waiting = 0;
        QList<ChildrenPage> full;   // every loaded child again, pages joined
        QList<ChildrenPage> counts; // the node's own counts only
    };
    quint32 nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(quint32 n, int column = 0) const;
    void startFetch(quint32 n);
    void appendPage(quint32 n, const ChildrenPage &page);
    void removeLoadingRow(quint32 n);
    void notePage(const ChildrenPage &page);
    void applyCounts(quint32 n, const ChildrenPage &page);
    void requestRefresh(quint32 n, bool countsOnly);
    void finishBatch();
    void fetchForRefresh(qint64 departmentId, int want, const QString &cursor,
                         std::shared_ptr<ChildrenPage> joined);
    void startBatch();
    void mergeChildren(quint32 n, const ChildrenPage &page);
    bool placeChild(quint32 parent, int row, const DepartmentNode *department,
                    const MemberNode *member);
    void releaseSubtree(quint32 n);
    bool trimChildren(quint32 parent, int keep, const ChildrenPage &page);
    void changeInFlight(int delta);
    void emitRowChanged(quint32 n);

    OrganizationTreeSource &m_source;
    OrganizationTreeNodes m_nodes;
    qint64 m_organizationId = 0;
    quint64 m_generation = 0;
    int m_pageSize = kPageSize;
    int m_inFlight = 0;
    bool m_editable = false;
    bool m_offline = false;
    QDateTime m_offlineSince;
    QString m_errorText;
    qint64 m_treeVersion = 0;
    QHash<quint32, QString> m_cursors;
    QHash<quint32, quint32> m_loadingRows; // node → its "Loading…" child
    QIcon m_departmentIcon;
    QIcon m_memberIcon;
    // Refreshes: one batch at a time; what is asked meanwhile waits for the next.
    std::unique_ptr<Batch> m_batch;
    QSet<qint64> m_pendingRefresh;
    bool m_pendingAll = false;
};
