#include "models/realname/realnamelevelcounts.h"

#include "models/realname/realnamesource.h"
#include "models/realname/realnameterms.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kLevels[] = {3, 4, 0};

} // namespace

RealnameLevelCounts::RealnameLevelCounts(RealnameSource &source, QObject *parent)
    : QAbstractListModel(parent), m_source(source)
{ }

void RealnameLevelCounts::load()
{
    if (m_loading)
        return;
    setLoading(true);
    const quint64 generation = ++m_generation;
    m_source.fetchCounts(this, [this, generation](const RealnameCounts &counts) {
        receive(generation, counts);
    });
}

void RealnameLevelCounts::clear()
{
    ++m_generation;
    beginResetModel();
    m_counts = {};
    m_loaded = false;
    m_errorText.clear();
    endResetModel();
    setLoading(false);
    emit countsChanged();
}

void RealnameLevelCounts::receive(quint64 generation, const RealnameCounts &counts)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!counts.ok) {
        // What was shown stays, with the error beside it.
        m_errorText = counts.errorText;
        emit loadFailed(m_errorText);
        return;
    }
    m_errorText.clear();
    if (!m_loaded) {
        beginInsertRows({}, 0, kRows - 1);
        m_counts = counts;
        m_loaded = true;
        endInsertRows();
    } else {
        m_counts = counts;
        emit dataChanged(index(0), index(kRows - 1));
    }
    emit countsChanged();
}

void RealnameLevelCounts::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int RealnameLevelCounts::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : kRows;
}

int RealnameLevelCounts::levelOf(int row) const
{
    return row >= 0 && row < kRows ? kLevels[row] : -1;
}

qint64 RealnameLevelCounts::countForLevel(int level) const
{
    switch (level) {
    case 3:
        return m_counts.level3;
    case 4:
        return m_counts.level4;
    case 0:
        return m_counts.withoutRecord;
    default:
        return 0;
    }
}

qint64 RealnameLevelCounts::countOf(int row) const
{
    return countForLevel(levelOf(row));
}

double RealnameLevelCounts::shareOf(int row) const
{
    return m_counts.accounts > 0 ? double(countOf(row)) / double(m_counts.accounts) : 0.0;
}

QVariant RealnameLevelCounts::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int level = levelOf(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return level ? RealnameTerms::level(level) : RealnameTerms::noRecord();
    case LevelRole:
        return level;
    case CountRole:
        return countOf(index.row());
    case ShareRole:
        return shareOf(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> RealnameLevelCounts::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(CountRole, "count");
    names.insert(ShareRole, "share");
    return names;
}

void RealnameLevelCounts::retranslate()
{
    if (m_loaded)
        emit dataChanged(index(0), index(kRows - 1), {Qt::DisplayRole});
}
