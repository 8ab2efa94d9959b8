// OrganizationTreeModel, continued: refreshes merged into the rows, drag and
// drop, and lookups.
#include "models/organizations/organizationtreemodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using Fetch = OrganizationTreeNodes::Fetch;

namespace {
constexpr quint32 kNone = OrganizationTreeNodes::kNone;
constexpr quint32 kRoot = OrganizationTreeNodes::kRoot;
} // namespace

OrganizationTreeModel::~OrganizationTreeModel() = default;

void OrganizationTreeModel::refreshNodes(const QList<qint64> &departmentIds)
{
    for (qint64 id : departmentIds)
        m_pendingRefresh.insert(id);
    startBatch();
}

void OrganizationTreeModel::refreshAll()
{
    m_pendingAll = true;
    startBatch();
}

void OrganizationTreeModel::startBatch()
{
    if (m_batch || !m_organizationId)
        return;
    QList<quint32> full;
    QSet<quint32> counts;
    auto isLoaded = [this](quint32 n) {
        const Fetch fetch = m_nodes.at(n).fetch;
        return fetch == Fetch::HasMore || fetch == Fetch::Complete || fetch == Fetch::Fetching;
    };
    auto consider = [&](quint32 n) {
        if (isLoaded(n)) {
            if (!full.contains(n))
                full.append(n);
        } else if (n != kRoot) {
            counts.insert(n);
        }
    };
    if (m_pendingAll) {
        std::function<void(quint32)> walk = [&](quint32 n) {
            if (isLoaded(n) && !full.contains(n))
                full.append(n);
            for (quint32 child : m_nodes.children(n))
                walk(child);
        };
        walk(kRoot);
    }
    for (qint64 id : std::as_const(m_pendingRefresh)) {
        const quint32 n = id ? m_nodes.department(id) : kRoot;
        if (n == kNone)
            continue;
        consider(n);
        for (quint32 p = m_nodes.at(n).parent; p != kRoot && p != kNone; p = m_nodes.at(p).parent)
            counts.insert(p);
    }
    m_pendingRefresh.clear();
    m_pendingAll = false;
    for (quint32 n : std::as_const(full))
        counts.remove(n);
    if (full.isEmpty() && counts.isEmpty())
        return;
    m_batch = std::make_unique<Batch>();
    m_batch->generation = m_generation;
    m_batch->waiting = int(full.size() + counts.size());
    changeInFlight(+1);
    for (quint32 n : std::as_const(full)) {
        int want = 0;
        for (quint32 child : m_nodes.children(n))
            want += m_nodes.at(child).type == Type::Loading ? 0 : 1;
        fetchForRefresh(n == kRoot ? 0 : m_nodes.at(n).id, want, {},
                        std::make_shared<ChildrenPage>());
    }
    const quint64 generation = m_generation;
    for (quint32 n : std::as_const(counts)) {
        m_source.fetchChildren(m_organizationId, m_nodes.at(n).id, {}, 1, this,
                               [this, generation](const ChildrenPage &page) {
                                   if (generation != m_generation || !m_batch)
                                       return;
                                   if (page.ok)
                                       m_batch->counts.append(page);
                                   if (--m_batch->waiting == 0)
                                       finishBatch();
                               });
    }
}

void OrganizationTreeModel::fetchForRefresh(qint64 departmentId, int want, const QString &cursor,
                                            std::shared_ptr<ChildrenPage> joined)
{
    const int have = int(joined->departments.size() + joined->members.size());
    const int limit = qBound(m_pageSize, want - have, int(Organizations::kPageMax));
    const quint64 generation = m_generation;
    m_source.fetchChildren(
            m_organizationId, departmentId, cursor, limit, this,
            [this, generation, departmentId, want, joined](const ChildrenPage &page) {
                if (generation != m_generation || !m_batch)
                    return;
                if (!page.ok) {
                    if (--m_batch->waiting == 0)
                        finishBatch();
                    return;
                }
                if (!joined->ok) {
                    QList<DepartmentNode> departments = std::move(joined->departments);
                    QList<MemberNode> members = std::move(joined->members);
                    *joined = page;
                    joined->departments = std::move(departments) + page.departments;
                    joined->members = std::move(members) + page.members;
                } else {
                    joined->departments += page.departments;
                    joined->members += page.members;
                    joined->nextCursor = page.nextCursor;
                }
                const int joinedCount = int(joined->departments.size() + joined->members.size());
                if (joinedCount < want && !page.nextCursor.isEmpty()) {
                    fetchForRefresh(departmentId, want, page.nextCursor, joined);
                    return;
                }
                m_batch->full.append(*joined);
                if (--m_batch->waiting == 0)
                    finishBatch();
            });
}

void OrganizationTreeModel::finishBatch()
{
    const std::unique_ptr<Batch> batch = std::move(m_batch);
    changeInFlight(-1);
    auto lookup = [this](qint64 id) {
        return id ? m_nodes.department(id) : kRoot;
    };
    for (const ChildrenPage &page : std::as_const(batch->counts)) {
        const quint32 n = lookup(page.parentId);
        if (n == kNone)
            continue;
        notePage(page);
        applyCounts(n, page);
    }
    // Every list first takes its rows in the server's order (moving them from
    // wherever they are); only then is what is left over removed.
    QList<QPair<int, int>> placed; // page, rows placed
    for (int p = 0; p < batch->full.size(); ++p) {
        const ChildrenPage &page = batch->full.at(p);
        const quint32 n = lookup(page.parentId);
        if (n == kNone)
            continue;
        notePage(page);
        applyCounts(n, page);
        int row = 0;
        for (const DepartmentNode &d : page.departments)
            row += placeChild(n, row, &d, nullptr) ? 1 : 0;
        for (const MemberNode &m : page.members)
            row += placeChild(n, row, nullptr, &m) ? 1 : 0;
        placed.append({p, row});
    }
    for (const auto &[p, rows] : std::as_const(placed)) {
        const ChildrenPage &page = batch->full.at(p);
        const quint32 n = lookup(page.parentId);
        if (n == kNone)
            continue;
        const bool tailKept = trimChildren(n, rows, page);
        auto &node = m_nodes.at(n);
        // Rows fetched after the refresh was asked stay, with the cursor after them.
        if (node.fetch != Fetch::Fetching && !tailKept) {
            node.fetch = page.nextCursor.isEmpty() ? Fetch::Complete : Fetch::HasMore;
            if (page.nextCursor.isEmpty())
                m_cursors.remove(n);
            else
                m_cursors.insert(n, page.nextCursor);
        }
    }
    emit refreshed();
    if (!m_pendingRefresh.isEmpty() || m_pendingAll)
        startBatch();
}

bool OrganizationTreeModel::placeChild(quint32 parent, int row, const DepartmentNode *department,
                                       const MemberNode *member)
{
    const quint32 existing =
            department ? m_nodes.department(department->id) : m_nodes.member(member->id);
    if (existing == kNone) {
        beginInsertRows(indexOfNode(parent), row, row);
        const quint32 n =
                department ? m_nodes.addDepartment(*department) : m_nodes.addMember(*member);
        m_nodes.insertChild(parent, row, n);
        endInsertRows();
        return true;
    }
    // Our copy of the tree may be behind: never move a department under itself.
    if (department && m_nodes.isAncestor(existing, parent))
        return false;
    const quint32 from = m_nodes.at(existing).parent;
    const int fromRow = int(m_nodes.at(existing).row);
    if (from != parent || fromRow != row) {
        if (!beginMoveRows(indexOfNode(from), fromRow, fromRow, indexOfNode(parent), row))
            return false;
        m_nodes.takeChild(from, fromRow);
        m_nodes.insertChild(parent, row, existing);
        endMoveRows();
    }
    const bool changed = department ? m_nodes.updateDepartment(existing, *department)
                                    : m_nodes.updateMember(existing, *member);
    auto &node = m_nodes.at(existing);
    if (department && node.fetch == Fetch::Complete && m_nodes.children(existing).empty()
        && node.directMembers + node.childDepartments > 0)
        node.fetch = Fetch::NotFetched;
    if (changed)
        emitRowChanged(existing);
    return true;
}

bool OrganizationTreeModel::trimChildren(quint32 parent, int keep, const ChildrenPage &page)
{
    // What the refresh covered: everything when it reached the end; else the
    // departments if it got to the members, and members up to its last one.
    const bool complete = page.nextCursor.isEmpty();
    const bool departmentsCovered = complete || !page.members.isEmpty();
    const qint64 lastMember = page.members.isEmpty() ? 0 : page.members.constLast().id;
    const QModelIndex parentIndex = indexOfNode(parent);
    bool tailKept = false;
    int row = int(m_nodes.children(parent).size()) - 1;
    while (row >= keep) {
        auto stale = [&](int r) {
            const auto &node = m_nodes.at(m_nodes.children(parent)[size_t(r)]);
            if (node.type == Type::Loading)
                return false;
            if (node.type == Type::Department)
                return departmentsCovered;
            return complete || node.id < lastMember;
        };
        if (!stale(row)) {
            tailKept |= m_nodes.at(m_nodes.children(parent)[size_t(row)]).type != Type::Loading;
            --row;
            continue;
        }
        int first = row;
        while (first - 1 >= keep && stale(first - 1))
            --first;
        beginRemoveRows(parentIndex, first, row);
        for (int r = row; r >= first; --r)
            releaseSubtree(m_nodes.takeChild(parent, r));
        endRemoveRows();
        row = first - 1;
    }
    return tailKept;
}

void OrganizationTreeModel::releaseSubtree(quint32 n)
{
    std::function<void(quint32)> forget = [&](quint32 node) {
        m_cursors.remove(node);
        m_loadingRows.remove(node);
        for (quint32 child : m_nodes.children(node))
            forget(child);
    };
    forget(n);
    m_nodes.release(n);
}

QStringList OrganizationTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *OrganizationTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_organizationId;
    QList<NodeRef> seen;
    for (const QModelIndex &index : indexes) {
        const NodeRef ref = nodeAt(index);
        if ((ref.type == Type::Department || ref.type == Type::Member) && !seen.contains(ref))
            seen.append(ref);
    }
    for (const NodeRef &ref : std::as_const(seen))
        out << quint8(ref.type) << ref.id;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<OrganizationTreeModel::NodeRef> OrganizationTreeModel::nodesIn(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QDataStream in(data->data(mimeType()));
    qint64 organizationId = 0;
    in >> organizationId;
    if (organizationId != m_organizationId)
        return {};
    QList<NodeRef> nodes;
    while (!in.atEnd()) {
        quint8 type = 0;
        qint64 id = 0;
        in >> type >> id;
        if (in.status() != QDataStream::Ok)
            return {};
        if (Type(type) == Type::Department || Type(type) == Type::Member)
            nodes.append({Type(type), id});
    }
    return nodes;
}

Qt::DropActions OrganizationTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OrganizationTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool OrganizationTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                            const QModelIndex &parent) const
{
    if (!m_editable || action != Qt::MoveAction)
        return false;
    const quint32 target = nodeOf(parent.siblingAtColumn(0));
    if (m_nodes.at(target).type != Type::Department && target != kRoot)
        return false;
    const QList<NodeRef> nodes = nodesIn(data);
    bool movesSomething = false;
    for (const NodeRef &ref : nodes) {
        const quint32 n =
                ref.type == Type::Department ? m_nodes.department(ref.id) : m_nodes.member(ref.id);
        if (n == kNone)
            return false;
        if (ref.type == Type::Department && m_nodes.isAncestor(n, target))
            return false;
        movesSomething |= m_nodes.at(n).parent != target;
    }
    return movesSomething;
}

bool OrganizationTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                         int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const quint32 target = nodeOf(parent.siblingAtColumn(0));
    emit moveRequested(nodesIn(data), target == kRoot ? 0 : m_nodes.at(target).id);
    // Nothing moved yet: the view must not remove the dragged rows.
    return false;
}

QModelIndex OrganizationTreeModel::indexOf(NodeRef node, int column) const
{
    const quint32 n =
            node.type == Type::Department ? m_nodes.department(node.id) : m_nodes.member(node.id);
    return n == kNone ? QModelIndex() : indexOfNode(n, column);
}

QModelIndex OrganizationTreeModel::departmentIndex(qint64 departmentId) const
{
    return departmentId ? indexOf({Type::Department, departmentId}) : QModelIndex();
}

OrganizationTreeModel::NodeRef OrganizationTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {Type::Root, 0};
    const auto &node = m_nodes.at(nodeOf(index));
    return {node.type, node.id};
}

OrganizationTreeModel::Type OrganizationTreeModel::typeAt(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(nodeOf(index)).type : Type::Root;
}

QString OrganizationTreeModel::nameAt(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.name(nodeOf(index)) : QString();
}

QList<DepartmentRef> OrganizationTreeModel::pathTo(const QModelIndex &index) const
{
    QList<DepartmentRef> path;
    for (quint32 n = nodeOf(index); n != kRoot && n != kNone; n = m_nodes.at(n).parent) {
        if (m_nodes.at(n).type == Type::Department)
            path.prepend({m_nodes.at(n).id, m_nodes.name(n)});
    }
    return path;
}

bool OrganizationTreeModel::isFetched(const QModelIndex &parent) const
{
    const Fetch fetch = m_nodes.at(nodeOf(parent)).fetch;
    return fetch == Fetch::HasMore || fetch == Fetch::Complete;
}
