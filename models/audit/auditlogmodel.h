#pragma once

#include "models/audit/auditquery.h"
#include "models/audit/auditrecord.h"
#include "models/common/pagedtablemodel.h"
#include "models/common/stringpool.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

class AuditPageSource;

// The audit log as a table, newest first, fetched a page at a time by cursor
// (canFetchMore/fetchMore), over compact rows: repeated words are interned and
// before/after stay as compact JSON until the detail panel asks for a record.
class AuditLogModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        RoleColumn,
        ActionColumn,
        TargetColumn,
        ResultColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        RawValueRole = Qt::UserRole + 1, // time in ms, codes as stored
        EntryIdRole,
        FailureRole, // bool: the result is not a success
    };

    explicit AuditLogModel(AuditPageSource &source, QObject *parent = nullptr);

    // Forgets the rows and loads the first page of the query.
    void setQuery(const AuditQuery &query);
    AuditQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }
    // Asks again for the page that failed.
    void retry();
    // Forgets everything and asks for nothing (sign-out, idle lock).
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    AuditRecord record(int row) const;
    // When offline: the time of the oldest page that came from the cache.
    QDateTime offlineSince() const { return m_offlineSince; }
    // Codes seen so far, for the filter fields' suggestions.
    QStringList knownActions() const;
    QStringList knownTargetTypes() const;

    // Texts are translated when asked for: tell the views they changed.
    void retranslate();

private:
    struct Row
    {
        qint64 id = 0;
        qint64 atMs = 0;
        quint32 actorName = 0;
        quint32 actorRole = 0;
        quint32 action = 0;
        quint32 targetType = 0;
        quint32 targetId = 0;
        quint32 targetName = 0;
        quint32 result = 0;
        quint32 reason = 0;
    };

    void requestPage() override;
    void receive(quint64 generation, const AuditPage &page);
    void resetState();
    void reset(bool loadFirstPage);
    QString displayText(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;

    AuditPageSource &m_source;
    AuditQuery m_query;
    QList<Row> m_rows;
    QList<QByteArray> m_details; // per row: the entry as compact JSON
    StringPool m_pool;
    QDateTime m_offlineSince;
};
