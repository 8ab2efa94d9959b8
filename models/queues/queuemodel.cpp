#include "models/queues/queuemodel.h"

#include "domain/clock.h"
#include "models/queues/queuepagesource.h"
#include "models/queues/queueroworder.h"
#include "models/queues/queueterms.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

QueueModel::QueueModel(QueueKind kind, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind), m_clock(clock)
{
    m_filter.statuses = {QueueStatus::UnderReview};
}

void QueueModel::setCalendar(const BusinessCalendar &calendar)
{
    m_calendar = calendar;
    if (!m_view.empty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QueueModel::DueState QueueModel::dueState(int row) const
{
    const QueueRowStore::Row &r = m_store.row(m_view[size_t(row)]);
    if (QueueStatus(r.status) != QueueStatus::UnderReview || !r.dueAt)
        return DueState::None;
    const qint64 now = m_clock.nowMs();
    if (r.dueAt < now)
        return DueState::Overdue;
    const int left = m_calendar.businessDaysLeft(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC),
                                                 QDateTime::fromMSecsSinceEpoch(r.dueAt, Qt::UTC));
    if (left <= 0)
        return DueState::DueToday;
    return left == 1 ? DueState::DueSoon : DueState::OnTime;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    ++m_dataCalls;
    const int storeIndex = m_view[size_t(index.row())];
    const QueueRowStore::Row &r = m_store.row(storeIndex);
    const qint64 claimer = m_store.claimerId(storeIndex);
    const bool claimLive = claimer && r.claimExpiresAt > m_clock.nowMs();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ApplicantColumn:
            return m_store.text(r.applicantName);
        case CompanyColumn:
            return m_store.text(r.company);
        case RoleColumn:
            return QueueTerms::role(m_store.role(storeIndex));
        case SubmittedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.submittedAt).toLocalTime(),
                                      QLocale::ShortFormat);
        case DueColumn: {
            const DueState state = dueState(index.row());
            if (state == DueState::None)
                return QString();
            const int left = m_calendar.businessDaysLeft(
                    QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(r.dueAt, Qt::UTC));
            return QueueTerms::due(left, r.dueAt < m_clock.nowMs());
        }
        case StatusColumn:
            return QueueTerms::status(QueueStatus(r.status));
        case ClaimedByColumn:
            if (!claimLive)
                return QString();
            return claimer == m_staffId ? QueueTerms::you() : m_store.claimerName(storeIndex);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ApplicantColumn)
            return m_store.text(r.applicantEmail);
        if (index.column() == DueColumn || index.column() == SubmittedColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                              index.column() == DueColumn ? r.dueAt : r.submittedAt)
                                              .toLocalTime(),
                                      QLocale::LongFormat);
        if (index.column() == ClaimedByColumn && claimLive)
            return QueueTerms::claimUntil(
                    m_store.claimerName(storeIndex),
                    QDateTime::fromMSecsSinceEpoch(r.claimExpiresAt).toLocalTime());
        break;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn) {
            switch (dueState(index.row())) {
            case DueState::Overdue:
                return QColor(0xB7, 0x1C, 0x1C);
            case DueState::DueToday:
                return QColor(0xC4, 0x5A, 0x00);
            default:
                break;
            }
        }
        break;
    case Qt::FontRole:
        if (index.column() == DueColumn && dueState(index.row()) == DueState::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case ApplicantColumn:
            return m_store.text(r.applicantName);
        case CompanyColumn:
            return m_store.text(r.company);
        case RoleColumn:
            return m_store.role(storeIndex);
        case SubmittedColumn:
            return r.submittedAt;
        case DueColumn:
            return r.dueAt;
        case StatusColumn:
            return Queues::statusCode(QueueStatus(r.status));
        case ClaimedByColumn:
            return claimLive ? m_store.claimerName(storeIndex) : QString();
        }
        break;
    case ItemIdRole:
        return r.id;
    case VersionRole:
        return r.version;
    case DueStateRole:
        return QVariant::fromValue(dueState(index.row()));
    case ClaimedByMeRole:
        return claimLive && claimer == m_staffId;
    case ClaimedByOtherRole:
        return claimLive && claimer != m_staffId;
    case StatusCodeRole:
        return Queues::statusCode(QueueStatus(r.status));
    default:
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ApplicantColumn:
        return QueueTerms::columnApplicant();
    case CompanyColumn:
        return QueueTerms::columnCompany(m_kind);
    case RoleColumn:
        return QueueTerms::columnRole();
    case SubmittedColumn:
        return QueueTerms::columnSubmitted();
    case DueColumn:
        return QueueTerms::columnDue();
    case StatusColumn:
        return QueueTerms::columnStatus();
    case ClaimedByColumn:
        return QueueTerms::columnClaimedBy();
    }
    return {};
}

void QueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_view.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void QueueModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void QueueModel::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}

void QueueModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_store.clear();
    m_view.clear();
    m_nextCursor.clear();
    m_atEnd = true;
    m_total = 0;
    m_serverTime = {};
    m_local = false;
    endResetModel();
    setLoading(false);
    emit totalChanged(0);
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    m_filter.cursor.clear();
    ++m_generation;
    beginResetModel();
    m_store.clear();
    m_view.clear();
    m_nextCursor.clear();
    m_atEnd = false;
    m_local = false;
    m_errorText.clear();
    endResetModel();
    // An answer still on its way belongs to the old filter: it will be dropped.
    m_loading = false;
    m_refreshing = false;
    requestPage();
}

void QueueModel::requestPage()
{
    if (!m_source || m_loading)
        return;
    setLoading(true);
    QueueFilter page = m_filter;
    page.cursor = m_nextCursor;
    const quint64 generation = m_generation;
    const bool first = m_nextCursor.isEmpty();
    m_source->fetchPage(
            m_kind, page, this, [this, generation, first](const QueuePageResult &result) {
                if (generation != m_generation)
                    return; // the filter changed meanwhile: a stale answer is never drawn
                setLoading(false);
                if (!result.ok) {
                    m_errorText = result.errorText;
                    setOffline(result.offline);
                    emit loadFailed(result.errorText, result.offline);
                    return;
                }
                setOffline(false);
                m_errorText.clear();
                if (first) {
                    m_serverTime = result.serverTime;
                    m_total = result.total;
                    emit totalChanged(m_total);
                }
                m_nextCursor = result.nextCursor;
                m_atEnd = result.nextCursor.isEmpty();
                appendPage(result.rows);
                if (m_atEnd)
                    m_store.squeeze();
            });
}

void QueueModel::appendPage(const QList<QueueItemSummary> &rows)
{
    std::vector<int> fresh;
    fresh.reserve(size_t(rows.size()));
    for (const QueueItemSummary &s : rows) {
        const bool known = m_store.indexOf(s.id) >= 0;
        const int storeIndex = m_store.upsert(s);
        // A row live refresh already placed is not placed twice.
        if (!known || viewPosition(storeIndex) < 0)
            fresh.push_back(storeIndex);
    }
    if (!fresh.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_view.insert(m_view.end(), fresh.begin(), fresh.end());
        endInsertRows();
    }
    emit pageArrived(int(fresh.size()));
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_local && !m_atEnd && !m_loading && m_errorText.isEmpty()
            && m_source;
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void QueueModel::refresh()
{
    if (!m_source || m_local || m_refreshing)
        return;
    if (!m_serverTime.isValid()) {
        reload();
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_source->fetchChanges(m_kind, m_filter, m_serverTime, this,
                           [this, generation](const QueueChangesResult &result) {
                               m_refreshing = false;
                               if (generation != m_generation)
                                   return;
                               if (!result.ok) {
                                   setOffline(result.offline);
                                   emit refreshed();
                                   return;
                               }
                               setOffline(false);
                               applyChanges(result.rows);
                               if (result.more && !result.rows.isEmpty()) {
                                   m_serverTime = QDateTime::fromMSecsSinceEpoch(
                                           result.rows.last().updatedAt, Qt::UTC);
                                   refresh();
                                   return;
                               }
                               m_serverTime = result.serverTime;
                               if (result.total >= 0 && result.total != m_total) {
                                   m_total = result.total;
                                   emit totalChanged(m_total);
                               }
                               emit refreshed();
                           });
}

int QueueModel::viewPosition(int storeIndex) const
{
    const auto it = std::find(m_view.begin(), m_view.end(), storeIndex);
    return it == m_view.end() ? -1 : int(it - m_view.begin());
}

void QueueModel::rebuildLocalView()
{
    const QueueRowOrder order(m_store, m_filter);
    const qint64 now = m_clock.nowMs();
    std::vector<int> view;
    view.reserve(size_t(m_store.size()));
    for (int i = 0; i < m_store.size(); ++i) {
        if (order.matches(i, m_staffId, now))
            view.push_back(i);
    }
    QueueRowOrder(m_store, m_filter).sort(view);
    // One layout change, persistent indexes (selection) carried over by item id.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentStore;
    persistentStore.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        persistentStore.append(m_view[size_t(i.row())]);
    m_view = std::move(view);
    if (!persistent.isEmpty()) {
        std::vector<int> position(size_t(m_store.size()), -1);
        for (size_t p = 0; p < m_view.size(); ++p)
            position[size_t(m_view[p])] = int(p);
        QModelIndexList to;
        to.reserve(persistent.size());
        for (qsizetype k = 0; k < persistent.size(); ++k) {
            const int row = position[size_t(persistentStore[k])];
            to.append(row < 0 ? QModelIndex() : index(row, persistent[k].column()));
        }
        changePersistentIndexList(persistent, to);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    m_total = qint64(m_view.size());
    emit totalChanged(m_total);
}

bool QueueModel::loadSnapshot(const QByteArray &blob, const QDateTime &fetchedAt,
                              const QueueFilter &filter)
{
    ++m_generation;
    m_filter = filter;
    m_filter.cursor.clear();
    beginResetModel();
    m_view.clear();
    const bool ok = m_store.deserialize(blob);
    m_local = true;
    m_atEnd = true;
    m_nextCursor.clear();
    m_snapshotTime = fetchedAt;
    endResetModel();
    setLoading(false);
    if (ok)
        rebuildLocalView();
    return ok;
}

void QueueModel::setLocalFilter(const QueueFilter &filter)
{
    m_filter = filter;
    m_filter.cursor.clear();
    rebuildLocalView();
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    QueueFilter f = m_filter;
    f.sort = QueueSortColumn(column);
    f.descending = order == Qt::DescendingOrder;
    if (f.sort == m_filter.sort && f.descending == m_filter.descending)
        return;
    if (m_local)
        setLocalFilter(f);
    else
        setFilter(f); // the server sorts: a cached page order would be wrong past page one
}

int QueueModel::insertPosition(int storeIndex) const
{
    const QueueRowOrder order(m_store, m_filter);
    const auto it = std::lower_bound(m_view.begin(), m_view.end(), storeIndex,
                                     [&order](int a, int b) { return order.less(a, b); });
    return int(it - m_view.begin());
}

void QueueModel::applyChanges(const QList<QueueItemSummary> &rows)
{
    if (rows.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    const QueueRowOrder order(m_store, m_filter);
    std::vector<int> position(size_t(m_store.size()), -1);
    for (size_t p = 0; p < m_view.size(); ++p)
        position[size_t(m_view[p])] = int(p);

    // 1. Update the rows; note which leave the view or must move.
    std::vector<int> leaving;   // view positions to remove
    std::vector<int> arriving;  // store indices to place
    std::vector<int> unchanged; // store indices to repaint in place
    for (const QueueItemSummary &s : rows) {
        const int before = m_store.indexOf(s.id);
        const int oldPos =
                before >= 0 && size_t(before) < position.size() ? position[size_t(before)] : -1;
        const int storeIndex = m_store.upsert(s);
        const bool matches = m_local ? order.matches(storeIndex, m_staffId, now)
                                     : m_filter.matches(s, m_staffId, now);
        if (oldPos >= 0) {
            const bool left = oldPos > 0 && !order.less(m_view[size_t(oldPos - 1)], storeIndex);
            const bool right = size_t(oldPos + 1) < m_view.size()
                    && !order.less(storeIndex, m_view[size_t(oldPos + 1)]);
            if (!matches || left || right)
                leaving.push_back(oldPos);
            else
                unchanged.push_back(storeIndex);
            if (matches && (left || right))
                arriving.push_back(storeIndex);
        } else if (matches) {
            arriving.push_back(storeIndex);
        }
    }

    // 2. Remove, from the bottom up, one signal per contiguous run.
    std::sort(leaving.begin(), leaving.end());
    leaving.erase(std::unique(leaving.begin(), leaving.end()), leaving.end());
    for (auto it = leaving.rbegin(); it != leaving.rend();) {
        const int last = *it;
        int first = last;
        ++it;
        while (it != leaving.rend() && *it == first - 1) {
            first = *it;
            ++it;
        }
        beginRemoveRows({}, first, last);
        m_view.erase(m_view.begin() + first, m_view.begin() + last + 1);
        endRemoveRows();
    }

    // 3. Place arrivals where the order puts them; past the loaded pages they wait
    //    for their page instead.
    for (int storeIndex : arriving) {
        const int pos = insertPosition(storeIndex);
        if (!m_local && !m_atEnd && pos >= int(m_view.size()))
            continue;
        beginInsertRows({}, pos, pos);
        m_view.insert(m_view.begin() + pos, storeIndex);
        endInsertRows();
    }

    // 4. Repaint rows that stayed where they were.
    if (!unchanged.empty()) {
        std::vector<int> at(size_t(m_store.size()), -1);
        for (size_t p = 0; p < m_view.size(); ++p)
            at[size_t(m_view[p])] = int(p);
        for (int storeIndex : unchanged) {
            const int row = at[size_t(storeIndex)];
            if (row >= 0)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (m_local) {
        m_total = qint64(m_view.size());
        emit totalChanged(m_total);
    }
}

QueueItemSummary QueueModel::summary(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_store.summary(m_view[size_t(row)]);
}

int QueueModel::rowOfId(qint64 id) const
{
    const int storeIndex = m_store.indexOf(id);
    return storeIndex < 0 ? -1 : viewPosition(storeIndex);
}

qsizetype QueueModel::memoryBytes() const
{
    return m_store.memoryBytes() + qsizetype(m_view.capacity() * sizeof(int));
}
