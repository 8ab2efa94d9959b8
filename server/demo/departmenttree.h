#pragma once

#include "demo/bulkinserter.h"

#include <vector>

class DemoRandom;

// Builds one organization's department tree: a few top-level departments,
// then each new department under a random earlier one that is not yet at the
// depth limit. A parent is always written (and numbered) before its children,
// so the tree is acyclic by construction.
class DepartmentTreeBuilder
{
public:
    explicit DepartmentTreeBuilder(BulkInserter &departments);

    struct Tree
    {
        std::vector<qint64> ids; // department ids, parents first
        std::vector<int> depths; // 1 for top-level departments
    };
    Tree build(DemoRandom &random, qint64 organizationId, int count, int maxDepth, qint64 createdAt,
               qint64 latest, bool english);
    qint64 nextId() const { return m_nextId; }

private:
    QString name(int depth, int top, int ordinal, bool english) const;

    BulkInserter &m_departments;
    qint64 m_nextId = 1;
};
