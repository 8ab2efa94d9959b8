#pragma once

#include "domain/organizationrecords.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// One page of a node's children as the server sends it: departments first,
// then members. The parent's own counts come with it, so a page refreshes
// its node too. parentId 0 is the organization's top level.
struct ChildrenPage
{
    bool ok = false;
    qint64 parentId = 0;
    qint64 parentDirectMembers = 0;
    qint64 parentTotalMembers = 0;
    qint64 parentChildDepartments = 0;
    QList<DepartmentNode> departments;
    QList<MemberNode> members;
    QString nextCursor; // empty on the last page
    qint64 treeVersion = 0;
    QString errorText;
    bool fromCache = false; // the server could not be reached: what it said before
    QDateTime fetchedAt;
};

// How the tree model gets its pages, so it never talks to the network itself
// and tests and benchmarks feed it from memory.
class OrganizationTreeSource
{
public:
    virtual ~OrganizationTreeSource() = default;
    // Answers exactly once, later, and only while context is alive.
    virtual void fetchChildren(qint64 organizationId, qint64 parentId, const QString &cursor,
                               int limit, QObject *context,
                               std::function<void(const ChildrenPage &)> done) = 0;
};
