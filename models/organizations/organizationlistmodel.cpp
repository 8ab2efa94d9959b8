#include "models/organizations/organizationlistmodel.h"

#include "models/organizations/organizationterms.h"

#include <QLocale>

using namespace Qt::StringLiterals;

OrganizationListModel::OrganizationListModel(OrganizationClient &client, QObject *parent)
    : QAbstractListModel(parent), m_client(client)
{ }

void OrganizationListModel::setFilter(const QString &text)
{
    beginResetModel();
    ++m_generation;
    m_filter = text;
    m_items.clear();
    m_cursor.clear();
    m_atEnd = false;
    m_failed = false;
    m_loading = false;
    endResetModel();
    fetch();
}

int OrganizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant OrganizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganizationSummary &o = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return o.name;
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %n member(s)", nullptr, int(o.memberCount))
                .arg(o.name, OrganizationTerms::typeName(o.type));
    case IdRole:
        return o.id;
    case VersionRole:
        return o.version;
    case MemberCountRole:
        return o.memberCount;
    }
    return {};
}

bool OrganizationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_atEnd && !m_failed;
}

void OrganizationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch();
}

void OrganizationListModel::fetch()
{
    m_loading = true;
    const quint64 generation = m_generation;
    m_client.fetchOrganizations(
            m_filter, m_cursor, this, [this, generation](const OrganizationListPage &page) {
                if (generation != m_generation)
                    return;
                m_loading = false;
                if (!page.ok) {
                    m_failed = true;
                    m_errorText = page.errorText;
                    emit loadFailed(m_errorText);
                    return;
                }
                m_errorText.clear();
                m_offline = page.fromCache;
                m_offlineSince = page.fromCache ? page.fetchedAt : QDateTime();
                if (!page.items.isEmpty()) {
                    const int first = int(m_items.size());
                    beginInsertRows({}, first, first + int(page.items.size()) - 1);
                    m_items += page.items;
                    endInsertRows();
                }
                m_cursor = page.nextCursor;
                m_atEnd = m_cursor.isEmpty();
                emit pageArrived();
            });
}

int OrganizationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

void OrganizationListModel::update(const OrganizationSummary &organization)
{
    const int row = rowOf(organization.id);
    if (row < 0)
        return;
    m_items[row] = organization;
    emit dataChanged(index(row), index(row));
}

void OrganizationListModel::retranslate()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
}
