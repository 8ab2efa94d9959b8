#include "models/realname/realnamerecordmodel.h"

#include "domain/jsontime.h"
#include "models/realname/realnamesource.h"
#include "models/realname/realnameterms.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString localTime(qint64 ms)
{
    // 24-hour and year first in both languages, as the glossary asks.
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"yyyy-MM-dd HH:mm"_s);
}

qint64 msOf(const QJsonValue &value)
{
    const QDateTime time = JsonTime::parse(value.toString());
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

RealnameRecordModel::RealnameRecordModel(RealnameSource &source, QObject *parent)
    : PagedTableModel(parent), m_source(source)
{ }

void RealnameRecordModel::reset(bool loadFirstPage)
{
    const bool wasLoading = m_loading;
    const bool wasOffline = m_offline;
    beginResetModel();
    m_rows.clear();
    m_pool.clear();
    m_cursor.clear();
    m_total = -1;
    m_totalExact = true;
    m_atEnd = !loadFirstPage;
    m_failed = false;
    m_loading = false;
    m_offline = false;
    m_fetchedAt = {};
    m_errorText.clear();
    ++m_generation; // answers to earlier requests are dropped
    endResetModel();
    if (wasOffline)
        emit offlineChanged(false);
    if (wasLoading)
        emit loadingChanged(false);
    if (loadFirstPage)
        requestPage();
}

void RealnameRecordModel::setQuery(const RealnameQuery &query)
{
    m_query = query;
    reset(query.canMatch());
    if (!query.canMatch()) {
        m_total = 0;
        emit pageArrived(0);
    }
}

void RealnameRecordModel::clear()
{
    reset(false);
}

void RealnameRecordModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    requestPage();
}

void RealnameRecordModel::requestPage()
{
    if (m_loading || m_atEnd || m_failed)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_source.fetchPage(m_query, m_cursor, this,
                       [this, generation](const RealnamePage &page) { receive(generation, page); });
}

RealnameRecordModel::Row RealnameRecordModel::rowFrom(const QJsonObject &item)
{
    Row row;
    row.accountId = item.value(u"account_id"_s).toInteger();
    row.verifiedAtMs = msOf(item.value(u"verified_at"_s));
    row.faceVerifiedAtMs = msOf(item.value(u"face_verified_at"_s));
    row.displayName = item.value(u"display_name"_s).toString();
    row.username = item.value(u"username"_s).toString();
    row.idNumber = item.value(u"id_number"_s).toString();
    const QDate validTo = QDate::fromString(item.value(u"id_valid_to"_s).toString(), Qt::ISODate);
    row.validToJulianDay = validTo.isValid() ? validTo.toJulianDay() : 0;
    row.status = m_pool.intern(item.value(u"status"_s).toString());
    row.fourElementState = m_pool.intern(item.value(u"four_element_state"_s).toString());
    row.ineligibleReason = m_pool.intern(item.value(u"ineligible_reason"_s).toString());
    row.level = quint8(std::clamp(item.value(u"level"_s).toInt(), 0, 255));
    row.eligible = item.value(u"eligible_for_business_registration"_s).toBool();
    return row;
}

void RealnameRecordModel::receive(quint64 generation, const RealnamePage &page)
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
    rows.reserve(page.items.size());
    for (const QJsonValue &item : page.items)
        rows.append(rowFrom(item.toObject()));
    m_cursor = page.nextCursor;
    m_total = page.total;
    m_totalExact = page.totalExact;
    m_fetchedAt = page.fetchedAt;
    // Offline there is only the first page: nothing more to fetch until the server is back.
    m_atEnd = page.nextCursor.isEmpty() || page.fromCache;
    if (page.fromCache && !m_offline) {
        m_offline = true;
        emit offlineChanged(true);
    }

    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    emit pageArrived(int(rows.size()));
}

int RealnameRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RealnameRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RealnameRecordModel::accountId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).accountId : 0;
}

int RealnameRecordModel::level(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).level : 0;
}

QString RealnameRecordModel::displayText(const Row &row, int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return row.displayName;
    case UsernameColumn:
        return row.username;
    case LevelColumn:
        return RealnameTerms::level(row.level);
    case IdNumberColumn:
        return row.idNumber;
    case ValidToColumn:
        return row.validToJulianDay == 0
                ? tr("Long-term")
                : QLocale().toString(QDate::fromJulianDay(row.validToJulianDay), u"yyyy-MM-dd"_s);
    case FourElementColumn:
        return RealnameTerms::fourElementState(m_pool.at(row.fourElementState));
    case VerifiedColumn:
        return row.verifiedAtMs ? localTime(row.verifiedAtMs) : QString();
    case EligibilityColumn:
        return row.eligible ? tr("Eligible")
                            : RealnameTerms::ineligibleReason(m_pool.at(row.ineligibleReason));
    case StatusColumn:
        return RealnameTerms::accountStatus(m_pool.at(row.status));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RealnameRecordModel::rawValue(const Row &row, int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return row.displayName;
    case UsernameColumn:
        return row.username;
    case LevelColumn:
        return int(row.level);
    case IdNumberColumn:
        return row.idNumber;
    case ValidToColumn:
        return row.validToJulianDay ? QDate::fromJulianDay(row.validToJulianDay) : QDate();
    case FourElementColumn:
        return m_pool.at(row.fourElementState);
    case VerifiedColumn:
        return row.verifiedAtMs;
    case EligibilityColumn:
        return row.eligible;
    case StatusColumn:
        return m_pool.at(row.status);
    case ColumnCount:
        break;
    }
    return {};
}

QString RealnameRecordModel::toolTip(const Row &row, int column) const
{
    switch (Column(column)) {
    case VerifiedColumn:
        if (row.faceVerifiedAtMs)
            return tr("Verified %1; face verification %2")
                    .arg(localTime(row.verifiedAtMs), localTime(row.faceVerifiedAtMs));
        return tr("Verified %1; no face verification").arg(localTime(row.verifiedAtMs));
    case EligibilityColumn:
        return row.eligible ? tr("May take part in business registration")
                            : tr("May not take part in business registration: %1")
                                      .arg(displayText(row, column));
    default:
        return displayText(row, column);
    }
}

QVariant RealnameRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == FourElementColumn
            && RealnameTerms::isProblemState(m_pool.at(row.fourElementState)))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case AccountIdRole:
        return row.accountId;
    default:
        return {};
    }
}

QVariant RealnameRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case LevelColumn:
        return tr("Level", "real-name level column");
    case IdNumberColumn:
        return tr("Resident ID number");
    case ValidToColumn:
        return tr("ID valid until");
    case FourElementColumn:
        return tr("Four-element check");
    case VerifiedColumn:
        return tr("Verified");
    case EligibilityColumn:
        return tr("Business registration");
    case StatusColumn:
        return tr("Status", "account status column");
    case ColumnCount:
        break;
    }
    return {};
}

void RealnameRecordModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
