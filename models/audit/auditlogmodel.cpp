#include "models/audit/auditlogmodel.h"

#include "domain/jsontime.h"
#include "models/audit/auditpagesource.h"
#include "models/audit/auditterms.h"
#include "models/common/rolenames.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString targetText(const QString &type, const QString &id, const QString &name)
{
    const QString typeText = AuditTerms::targetType(type);
    const QString label = !name.isEmpty() ? name : id;
    if (label.isEmpty())
        return typeText;
    if (typeText.isEmpty())
        return label;
    return AuditLogModel::tr("%1: %2", "target type: target name").arg(typeText, label);
}

} // namespace

AuditLogModel::AuditLogModel(AuditPageSource &source, QObject *parent)
    : PagedTableModel(parent), m_source(source)
{ }

void AuditLogModel::resetState()
{
    m_rows.clear();
    m_details.clear();
    m_pool.clear();
    m_cursor.clear();
    m_atEnd = true;
    m_failed = false;
    m_loading = false;
    m_offline = false;
    m_offlineSince = {};
    m_errorText.clear();
    ++m_generation; // answers to earlier requests are dropped
}

void AuditLogModel::reset(bool loadFirstPage)
{
    const bool wasLoading = m_loading;
    const bool wasOffline = m_offline;
    beginResetModel();
    resetState();
    m_atEnd = !loadFirstPage;
    endResetModel();
    if (wasOffline)
        emit offlineChanged(false);
    if (wasLoading)
        emit loadingChanged(false);
    if (loadFirstPage)
        requestPage();
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    reset(true);
}

void AuditLogModel::clear()
{
    reset(false);
}

void AuditLogModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    requestPage();
}

void AuditLogModel::requestPage()
{
    if (m_loading || m_atEnd || m_failed)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_source.fetchPage(m_query, m_cursor, this,
                       [this, generation](const AuditPage &page) { receive(generation, page); });
}

void AuditLogModel::receive(quint64 generation, const AuditPage &page)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!page.ok) {
        m_failed = true;
        m_errorText = page.errorText;
        emit loadFailed(m_errorText);
        return;
    }
    m_errorText.clear();

    QList<Row> rows;
    QList<QByteArray> details;
    rows.reserve(page.items.size());
    details.reserve(page.items.size());
    for (const QJsonValue &item : page.items) {
        const AuditRecord r = AuditRecord::fromJson(item.toObject());
        Row row;
        row.id = r.id;
        row.atMs = r.at.isValid() ? r.at.toMSecsSinceEpoch() : 0;
        row.actorName = m_pool.intern(r.actorName);
        row.actorRole = m_pool.intern(r.actorRole);
        row.action = m_pool.intern(r.action);
        row.targetType = m_pool.intern(r.targetType);
        row.targetId = m_pool.intern(r.targetId);
        row.targetName = m_pool.intern(r.targetName);
        row.result = m_pool.intern(r.result);
        row.reason = m_pool.intern(r.reason);
        rows.append(row);
        details.append(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact));
    }
    m_cursor = page.nextCursor;
    m_atEnd = page.nextCursor.isEmpty();

    if (page.fromCache) {
        const bool wasOffline = m_offline;
        m_offline = true;
        if (!m_offlineSince.isValid() || page.fetchedAt < m_offlineSince)
            m_offlineSince = page.fetchedAt;
        if (!wasOffline)
            emit offlineChanged(true);
    }

    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        m_details.append(details);
        endInsertRows();
    }
    emit pageArrived(int(rows.size()));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::displayText(const Row &row, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        // 24-hour and year first in both languages, as the glossary asks.
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.atMs).toLocalTime(),
                                  u"yyyy-MM-dd HH:mm:ss"_s);
    case ActorColumn:
        return m_pool.at(row.actorName) == u"anonymous" ? tr("Anonymous")
                                                        : m_pool.at(row.actorName);
    case RoleColumn:
        return RoleNames::fromCodes(m_pool.at(row.actorRole));
    case ActionColumn:
        return AuditTerms::action(m_pool.at(row.action));
    case TargetColumn:
        return targetText(m_pool.at(row.targetType), m_pool.at(row.targetId),
                          m_pool.at(row.targetName));
    case ResultColumn:
        return AuditTerms::result(m_pool.at(row.result));
    case ReasonColumn:
        return m_pool.at(row.reason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::rawValue(const Row &row, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return row.atMs;
    case ActorColumn:
        return m_pool.at(row.actorName);
    case RoleColumn:
        return m_pool.at(row.actorRole);
    case ActionColumn:
        return m_pool.at(row.action);
    case TargetColumn:
        return QString(m_pool.at(row.targetType) + u':' + m_pool.at(row.targetId));
    case ResultColumn:
        return m_pool.at(row.result);
    case ReasonColumn:
        return m_pool.at(row.reason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return JsonTime::formatMs(row.atMs);
        if (index.column() == ActionColumn || index.column() == ResultColumn)
            return rawValue(row, index.column());
        return displayText(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && AuditTerms::isFailure(m_pool.at(row.result)))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case EntryIdRole:
        return row.id;
    case FailureRole:
        return AuditTerms::isFailure(m_pool.at(row.result));
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Staff member");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

AuditRecord AuditLogModel::record(int row) const
{
    if (row < 0 || row >= m_details.size())
        return {};
    return AuditRecord::fromJson(QJsonDocument::fromJson(m_details.at(row)).object());
}

QStringList AuditLogModel::knownActions() const
{
    QSet<quint32> seen;
    QStringList codes;
    for (const Row &row : m_rows) {
        if (row.action && !seen.contains(row.action)) {
            seen.insert(row.action);
            codes.append(m_pool.at(row.action));
        }
    }
    codes.sort();
    return codes;
}

QStringList AuditLogModel::knownTargetTypes() const
{
    QSet<quint32> seen;
    QStringList codes;
    for (const Row &row : m_rows) {
        if (row.targetType && !seen.contains(row.targetType)) {
            seen.insert(row.targetType);
            codes.append(m_pool.at(row.targetType));
        }
    }
    codes.sort();
    return codes;
}

void AuditLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
