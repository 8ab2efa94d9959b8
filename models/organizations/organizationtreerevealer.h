#pragma once

#include "models/organizations/organizationtreemodel.h"

#include <QObject>
#include <QPersistentModelIndex>

// Brings a node into the tree model from its path (a search hit's departments):
// fetches each department's pages, top down, until the next step is there,
// however deep in a long list it is. The view then expands the path.
class OrganizationTreeRevealer : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationTreeRevealer(OrganizationTreeModel &model, QObject *parent = nullptr);

    void reveal(const QList<qint64> &departmentPath, OrganizationTreeModel::NodeRef target);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void revealed(const QModelIndex &index);
    void failed();

private:
    void step();

    OrganizationTreeModel &m_model;
    QList<qint64> m_path;
    OrganizationTreeModel::NodeRef m_target;
    bool m_busy = false;
};
