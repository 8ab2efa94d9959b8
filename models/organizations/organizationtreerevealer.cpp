#include "models/organizations/organizationtreerevealer.h"

OrganizationTreeRevealer::OrganizationTreeRevealer(OrganizationTreeModel &model, QObject *parent)
    : QObject(parent), m_model(model)
{
    connect(&m_model, &OrganizationTreeModel::pageArrived, this, [this] {
        if (m_busy)
            step();
    });
    connect(&m_model, &OrganizationTreeModel::loadFailed, this, [this] {
        if (m_busy) {
            m_busy = false;
            emit failed();
        }
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &OrganizationTreeRevealer::cancel);
}

void OrganizationTreeRevealer::reveal(const QList<qint64> &departmentPath,
                                      OrganizationTreeModel::NodeRef target)
{
    m_path = departmentPath;
    m_target = target;
    m_busy = true;
    step();
}

void OrganizationTreeRevealer::cancel()
{
    m_busy = false;
}

void OrganizationTreeRevealer::step()
{
    QModelIndex parent;
    QList<OrganizationTreeModel::NodeRef> steps;
    for (qint64 id : std::as_const(m_path))
        steps.append({OrganizationTreeModel::Type::Department, id});
    if (m_target.type != OrganizationTreeModel::Type::Department || steps.isEmpty()
        || steps.constLast() != m_target)
        steps.append(m_target);
    for (const OrganizationTreeModel::NodeRef &node : std::as_const(steps)) {
        const QModelIndex index = m_model.indexOf(node);
        if (index.isValid()) {
            parent = index;
            continue;
        }
        if (m_model.canFetchMore(parent)) {
            m_model.fetchMore(parent);
            return; // pageArrived comes back here
        }
        if (!m_model.isFetched(parent))
            return; // a page is on its way
        m_busy = false;
        emit failed();
        return;
    }
    m_busy = false;
    emit revealed(parent);
}
