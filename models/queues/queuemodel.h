#pragma once

#include "domain/businesscalendar.h"
#include "domain/queuerecords.h"
#include "models/queues/queuerowstore.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

class Clock;
class QueuePageSource;

// A review queue as a table. Online, the server filters and sorts and rows
// arrive a page at a time (canFetchMore/fetchMore); live refresh applies what
// changed since the last answer without a reset, so selection and scroll stay.
// Offline (or from a cached snapshot) the model filters and sorts what it holds
// itself: an index permutation over compact rows, never a proxy.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ApplicantColumn,
        CompanyColumn,
        RoleColumn,
        SubmittedColumn,
        DueColumn,
        StatusColumn,
        ClaimedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        RawValueRole = Qt::UserRole + 1, // times in ms, codes, names
        ItemIdRole,
        VersionRole,
        DueStateRole,    // DueState
        ClaimedByMeRole, // bool
        ClaimedByOtherRole,
        StatusCodeRole, // "under_review" …
    };
    enum class DueState { None, Overdue, DueToday, DueSoon, OnTime };
    Q_ENUM(DueState)

    QueueModel(QueueKind kind, const Clock &clock, QObject *parent = nullptr);

    QueueKind kind() const { return m_kind; }
    void setSource(QueuePageSource *source) { m_source = source; }
    void setCalendar(const BusinessCalendar &calendar);
    void setStaffId(qint64 staffId) { m_staffId = staffId; }

    // Online: forget the rows and ask the server for the first page of this filter.
    void setFilter(const QueueFilter &filter);
    QueueFilter filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    // Live refresh: what changed since the last answer, applied in place.
    void refresh();
    void applyChanges(const QList<QueueItemSummary> &rows);

    // Local mode: rows from a snapshot; filtering and sorting happen here.
    // The snapshot's rows, shown through this filter.
    bool loadSnapshot(const QByteArray &blob, const QDateTime &fetchedAt,
                      const QueueFilter &filter);
    QByteArray snapshot() const { return m_store.serialize(); }
    bool isLocal() const { return m_local; }
    QDateTime snapshotTime() const { return m_snapshotTime; }
    // In local mode: apply a filter (text, status …) to what is held.
    void setLocalFilter(const QueueFilter &filter);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QueueItemSummary summary(int row) const;
    int rowOfId(qint64 id) const;
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool isRefreshing() const { return m_refreshing; }
    bool isOffline() const { return m_offline; }
    QString errorText() const { return m_errorText; }
    DueState dueState(int row) const;
    qint64 heldRows() const { return m_store.size(); }
    qsizetype memoryBytes() const;
    quint64 dataCalls() const { return m_dataCalls; }

    void retranslate();

signals:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void loadFailed(const QString &errorText, bool offline);
    void pageArrived(int rowsAdded);
    void refreshed();
    void offlineChanged(bool offline);

private:
    void requestPage();
    void appendPage(const QList<QueueItemSummary> &rows);
    void setLoading(bool loading);
    void setOffline(bool offline);
    void rebuildLocalView();
    int insertPosition(int storeIndex) const;
    int viewPosition(int storeIndex) const;

    QueueKind m_kind;
    const Clock &m_clock;
    QueuePageSource *m_source = nullptr;
    BusinessCalendar m_calendar;
    qint64 m_staffId = 0;

    QueueFilter m_filter;
    QueueRowStore m_store;
    std::vector<int> m_view; // store indices in display order
    QString m_nextCursor;
    bool m_atEnd = true;
    bool m_loading = false;
    bool m_local = false;
    bool m_offline = false;
    bool m_refreshing = false;
    QDateTime m_snapshotTime;
    QDateTime m_serverTime;
    qint64 m_total = 0;
    QString m_errorText;
    quint64 m_generation = 0;
    mutable quint64 m_dataCalls = 0;
};
