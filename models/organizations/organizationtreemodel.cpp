#include "models/organizations/organizationtreemodel.h"

#include "models/organizations/organizationterms.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <memory>

using namespace Qt::StringLiterals;
using Fetch = OrganizationTreeNodes::Fetch;

namespace {
constexpr quint32 kNone = OrganizationTreeNodes::kNone;
constexpr quint32 kRoot = OrganizationTreeNodes::kRoot;
} // namespace

OrganizationTreeModel::OrganizationTreeModel(OrganizationTreeSource &source, QObject *parent)
    : QAbstractItemModel(parent), m_source(source)
{ }

QString OrganizationTreeModel::mimeType()
{
    return u"application/x-gatehouse-organization-nodes"_s;
}

void OrganizationTreeModel::setIcons(const QIcon &department, const QIcon &member)
{
    m_departmentIcon = department;
    m_memberIcon = member;
}

void OrganizationTreeModel::setOrganization(qint64 organizationId)
{
    beginResetModel();
    ++m_generation;
    m_organizationId = organizationId;
    m_nodes.clear();
    m_cursors.clear();
    m_loadingRows.clear();
    m_batch.reset();
    m_pendingRefresh.clear();
    m_pendingAll = false;
    m_errorText.clear();
    m_treeVersion = 0;
    const bool wasOffline = m_offline;
    m_offline = false;
    m_offlineSince = {};
    const bool wasLoading = m_inFlight > 0;
    m_inFlight = 0;
    endResetModel();
    if (wasOffline)
        emit offlineChanged();
    if (wasLoading)
        emit loadingChanged();
    // A view (or a model tester) may have fetched already on modelReset.
    if (canFetchMore({}))
        startFetch(kRoot);
}

quint32 OrganizationTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? quint32(index.internalId()) : kRoot;
}

QModelIndex OrganizationTreeModel::indexOfNode(quint32 n, int column) const
{
    if (n == kRoot || n == kNone)
        return {};
    return createIndex(int(m_nodes.at(n).row), column, quintptr(n));
}

QModelIndex OrganizationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const std::vector<quint32> &list = m_nodes.children(nodeOf(parent));
    if (size_t(row) >= list.size())
        return {};
    return createIndex(row, column, quintptr(list[size_t(row)]));
}

QModelIndex OrganizationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes.at(nodeOf(child)).parent);
}

int OrganizationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes.children(nodeOf(parent)).size());
}

int OrganizationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool OrganizationTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const quint32 n = nodeOf(parent);
    const auto &node = m_nodes.at(n);
    if (!m_nodes.children(n).empty())
        return true;
    if (node.type == Type::Root)
        return m_organizationId && node.fetch != Fetch::Complete;
    return node.type == Type::Department && node.childDepartments + node.directMembers > 0
            && node.fetch != Fetch::Complete;
}

QVariant OrganizationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quint32 n = nodeOf(index);
    const auto &node = m_nodes.at(n);
    if (node.type == Type::Loading) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        if (role == NodeTypeRole)
            return int(node.type);
        return {};
    }
    const bool department = node.type == Type::Department;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m_nodes.name(n);
        case DetailColumn:
            if (department)
                return node.childDepartments
                        ? tr("%n sub-department(s)", nullptr, node.childDepartments)
                        : QString();
            if (m_nodes.title(n).isEmpty() || node.role != MemberRole::Member)
                return m_nodes.title(n).isEmpty()
                        ? OrganizationTerms::roleName(node.role)
                        : QString(m_nodes.title(n) + u" · "_s
                                  + OrganizationTerms::roleName(node.role));
            return m_nodes.title(n);
        case MembersColumn:
            return department ? QLocale().toString(node.totalMembers) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (department)
            return tr("%1: %2 members in all, %3 directly in it")
                    .arg(m_nodes.name(n), QLocale().toString(node.totalMembers),
                         QLocale().toString(node.directMembers));
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return department ? m_departmentIcon : m_memberIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NodeTypeRole:
        return int(node.type);
    case NodeIdRole:
        return node.id;
    case VersionRole:
        return node.version;
    case AccountIdRole:
        return node.accountId;
    case MemberRoleRole:
        return int(node.role);
    case TitleRole:
        return m_nodes.title(n);
    case NameRole:
        return m_nodes.name(n);
    case TotalMembersRole:
        return node.totalMembers;
    case DirectMembersRole:
        return node.directMembers;
    case ChildDepartmentsRole:
        return node.childDepartments;
    case SortKeyRole:
        return node.sortKey;
    }
    return {};
}

QVariant OrganizationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Title and role");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

Qt::ItemFlags OrganizationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    const Type type = typeAt(index);
    if (type == Type::Loading)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable) {
        flags |= Qt::ItemIsDragEnabled;
        if (type == Type::Department)
            flags |= Qt::ItemIsDropEnabled;
    }
    if (type == Type::Member)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool OrganizationTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_organizationId || parent.column() > 0)
        return false;
    const auto &node = m_nodes.at(nodeOf(parent));
    if (node.type == Type::Department && node.childDepartments + node.directMembers == 0
        && node.fetch == Fetch::NotFetched)
        return false;
    return (node.type == Type::Root || node.type == Type::Department)
            && (node.fetch == Fetch::NotFetched || node.fetch == Fetch::HasMore);
}

void OrganizationTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(nodeOf(parent));
}

void OrganizationTreeModel::changeInFlight(int delta)
{
    const bool was = m_inFlight > 0;
    m_inFlight += delta;
    if (was != (m_inFlight > 0))
        emit loadingChanged();
}

void OrganizationTreeModel::startFetch(quint32 n)
{
    auto &node = m_nodes.at(n);
    node.fetch = Fetch::Fetching;
    const qint64 departmentId = node.type == Type::Root ? 0 : node.id;
    changeInFlight(+1);
    const quint64 generation = m_generation;
    // The "Loading…" row comes on the next turn of the event loop: views call
    // fetchMore() while they are still handling a change, and rows must not be
    // inserted inside one.
    QMetaObject::invokeMethod(
            this,
            [this, generation, departmentId] {
                const quint32 target = departmentId ? m_nodes.department(departmentId) : kRoot;
                if (generation != m_generation || target == kNone
                    || m_nodes.at(target).fetch != Fetch::Fetching
                    || m_loadingRows.contains(target))
                    return;
                const int row = int(m_nodes.children(target).size());
                beginInsertRows(indexOfNode(target), row, row);
                const quint32 loading = m_nodes.addLoading();
                m_nodes.insertChild(target, row, loading);
                m_loadingRows.insert(target, loading);
                endInsertRows();
            },
            Qt::QueuedConnection);
    m_source.fetchChildren(m_organizationId, departmentId, m_cursors.value(n), m_pageSize, this,
                           [this, generation, departmentId](const ChildrenPage &page) {
                               if (generation != m_generation)
                                   return;
                               changeInFlight(-1);
                               const quint32 target =
                                       departmentId ? m_nodes.department(departmentId) : kRoot;
                               if (target != kNone)
                                   appendPage(target, page);
                           });
}

void OrganizationTreeModel::removeLoadingRow(quint32 n)
{
    const quint32 loading = m_loadingRows.take(n);
    if (!loading)
        return;
    const int row = int(m_nodes.at(loading).row);
    beginRemoveRows(indexOfNode(n), row, row);
    m_nodes.takeChild(n, row);
    m_nodes.release(loading);
    endRemoveRows();
}

void OrganizationTreeModel::notePage(const ChildrenPage &page)
{
    if (page.fromCache) {
        const bool changed = !m_offline;
        m_offline = true;
        if (!m_offlineSince.isValid() || page.fetchedAt < m_offlineSince)
            m_offlineSince = page.fetchedAt;
        if (changed)
            emit offlineChanged();
        return;
    }
    m_treeVersion = qMax(m_treeVersion, page.treeVersion);
    m_errorText.clear();
    if (m_offline) {
        m_offline = false;
        m_offlineSince = {};
        emit offlineChanged();
    }
}

void OrganizationTreeModel::applyCounts(quint32 n, const ChildrenPage &page)
{
    auto &node = m_nodes.at(n);
    const bool changed = node.directMembers != page.parentDirectMembers
            || node.totalMembers != page.parentTotalMembers
            || node.childDepartments != page.parentChildDepartments;
    node.directMembers = qint32(page.parentDirectMembers);
    node.totalMembers = qint32(page.parentTotalMembers);
    node.childDepartments = qint32(page.parentChildDepartments);
    // Something arrived in a department that was empty when it was read.
    if (node.fetch == Fetch::Complete && m_nodes.children(n).empty()
        && node.directMembers + node.childDepartments > 0)
        node.fetch = Fetch::NotFetched;
    if (changed)
        emitRowChanged(n);
}

void OrganizationTreeModel::emitRowChanged(quint32 n)
{
    if (n == kRoot)
        return;
    emit dataChanged(indexOfNode(n, 0), indexOfNode(n, ColumnCount - 1));
}

void OrganizationTreeModel::appendPage(quint32 n, const ChildrenPage &page)
{
    removeLoadingRow(n);
    auto &node = m_nodes.at(n);
    if (!page.ok) {
        node.fetch = Fetch::Failed;
        m_errorText = page.errorText;
        emit loadFailed(m_errorText);
        return;
    }
    notePage(page);
    applyCounts(n, page);
    // A refresh may have placed some of these already.
    QList<const DepartmentNode *> departments;
    for (const DepartmentNode &d : page.departments) {
        if (m_nodes.department(d.id) == kNone)
            departments.append(&d);
    }
    QList<const MemberNode *> members;
    for (const MemberNode &m : page.members) {
        if (m_nodes.member(m.id) == kNone)
            members.append(&m);
    }
    const int first = int(m_nodes.children(n).size());
    const int count = int(departments.size() + members.size());
    if (count) {
        beginInsertRows(indexOfNode(n), first, first + count - 1);
        int row = first;
        for (const DepartmentNode *d : std::as_const(departments))
            m_nodes.insertChild(n, row++, m_nodes.addDepartment(*d));
        for (const MemberNode *m : std::as_const(members))
            m_nodes.insertChild(n, row++, m_nodes.addMember(*m));
        endInsertRows();
    }
    auto &after = m_nodes.at(n);
    if (page.nextCursor.isEmpty()) {
        after.fetch = Fetch::Complete;
        m_cursors.remove(n);
    } else {
        after.fetch = Fetch::HasMore;
        m_cursors.insert(n, page.nextCursor);
    }
    emit pageArrived(indexOfNode(n));
}

void OrganizationTreeModel::retry()
{
    m_errorText.clear();
    // Failed nodes may fetch again; the view asks through canFetchMore.
    QList<quint32> failed;
    std::function<void(quint32)> walk = [&](quint32 n) {
        auto &node = m_nodes.at(n);
        if (node.fetch == Fetch::Failed) {
            node.fetch = m_cursors.contains(n) ? Fetch::HasMore : Fetch::NotFetched;
            failed.append(n);
        }
        for (quint32 child : m_nodes.children(n))
            walk(child);
    };
    walk(kRoot);
    if (m_nodes.at(kRoot).fetch == Fetch::NotFetched && m_organizationId)
        startFetch(kRoot);
    for (quint32 n : std::as_const(failed)) {
        if (n != kRoot)
            emitRowChanged(n);
    }
}

void OrganizationTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    std::function<void(quint32)> walk = [&](quint32 n) {
        const auto &list = m_nodes.children(n);
        if (list.empty())
            return;
        const QModelIndex parent = indexOfNode(n);
        emit dataChanged(index(0, 0, parent), index(int(list.size()) - 1, ColumnCount - 1, parent));
        for (quint32 child : list)
            walk(child);
    };
    walk(kRoot);
}
