#include "models/accounts/accountsearchmodel.h"

#include "domain/clock.h"
#include "models/accounts/accountterms.h"
#include "services/api/errortext.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The server checks birth dates against today in China Standard Time; so does the console.
QDate todayInChina(const Clock &clock)
{
    return clock.now().toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace

AccountSearchModel::AccountSearchModel(AccountSearchSource &source, const Clock &clock,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_source(source), m_clock(clock)
{ }

AccountSearchModel::~AccountSearchModel()
{
    cancelInFlight();
}

void AccountSearchModel::setQuery(const AccountSearchQuery &query)
{
    cancelInFlight();
    ++m_generation;
    m_query = query;
    const QDate today = todayInChina(m_clock);
    m_recognised = query.kind == IdentifierKind::Empty
            ? IdentifierKinds::recognise(query.text, today, query.exact)
            : IdentifierKinds::recogniseAs(query.kind, query.text, today, query.exact);
    m_rejection = m_recognised.errorCode.isEmpty()
            ? QString()
            : ErrorText::forFieldCode(u"q"_s, m_recognised.errorCode);
    m_errorText.clear();
    m_alternatives.clear();
    m_failed = false;
    m_failedCursor.clear();
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_total = 0;
    m_totalExact = true;
    endResetModel();
    emit recognitionChanged();
    if (m_recognised.isValid())
        request(QString());
    emit loadingChanged();
}

int AccountSearchModel::rowOf(qint64 accountId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == accountId)
            return row;
    }
    return -1;
}

void AccountSearchModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    m_errorText.clear();
    request(m_failedCursor);
    emit loadingChanged();
}

void AccountSearchModel::retranslate()
{
    if (!m_recognised.errorCode.isEmpty())
        m_rejection = ErrorText::forFieldCode(u"q"_s, m_recognised.errorCode);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit recognitionChanged();
}

void AccountSearchModel::request(const QString &cursor)
{
    const quint64 generation = m_generation;
    m_cancel = m_source.fetchPage(m_query, cursor, this,
                                  [this, generation, cursor](const AccountSearchPage &page) {
                                      if (generation != m_generation)
                                          return; // an older query's answer
                                      m_cancel = nullptr;
                                      if (!page.ok)
                                          m_failedCursor = cursor;
                                      pageReceived(generation, page);
                                  });
}

void AccountSearchModel::pageReceived(quint64 generation, const AccountSearchPage &page)
{
    Q_UNUSED(generation);
    if (!page.ok) {
        m_failed = true;
        m_errorText = page.errorText;
        emit loadingChanged();
        emit loadFailed();
        return;
    }
    if (!page.items.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size() - 1));
        m_rows.append(page.items);
        endInsertRows();
    }
    m_nextCursor = page.nextCursor;
    m_total = std::max<qint64>(page.total, m_rows.size());
    m_totalExact = page.totalExact;
    m_alternatives = page.alternatives;
    emit loadingChanged();
    emit pageArrived();
}

void AccountSearchModel::cancelInFlight()
{
    if (m_cancel) {
        auto cancel = std::move(m_cancel);
        m_cancel = nullptr;
        cancel();
    }
}

int AccountSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSummary &row = m_rows.at(index.row());
    if (role == AccountIdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return row.nameLatin;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case NameColumn:
        return row.displayName.isEmpty() ? row.nameLatin : row.displayName;
    case UsernameColumn:
        return row.username;
    case MobileColumn:
        return row.mobile;
    case EmailColumn:
        return row.email;
    case IdNumberColumn:
        return row.idNumber;
    case StatusColumn:
        return raw ? QVariant(row.status) : QVariant(AccountTerms::status(row.status));
    case RealnameColumn:
        if (raw)
            return row.realnameLevel;
        return row.realnameLevel ? AccountTerms::realnameLevel(row.realnameLevel)
                                 : AccountTerms::noRealname();
    case MatchedColumn:
        return raw ? QVariant(row.matched) : QVariant(AccountTerms::matched(row.matched));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case MobileColumn:
        return tr("Mobile");
    case EmailColumn:
        return tr("Email");
    case IdNumberColumn:
        return tr("ID number");
    case StatusColumn:
        return tr("Status");
    case RealnameColumn:
        return tr("Real-name level");
    case MatchedColumn:
        return tr("Matched by");
    case ColumnCount:
        break;
    }
    return {};
}

bool AccountSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && !isLoading() && !m_nextCursor.isEmpty();
}

void AccountSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_nextCursor);
    emit loadingChanged();
}
