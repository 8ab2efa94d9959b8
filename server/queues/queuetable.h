#pragma once

#include "domain/queuerecords.h"

#include <QString>

// What differs between the two queues, in one place: table, audit target type,
// the submitted fields, and the column a reviewer's sort maps to. Everything
// else (listing, claiming, deciding) is the same code for both.
struct QueueTable
{
    QueueKind kind;
    QString table;
    QString targetType;
    QStringList fields;

    static const QueueTable &of(QueueKind kind);

    // The SQL expression a sort column orders by (all indexed with the id).
    QString sortExpression(QueueSortColumn column) const;
    // Columns a free-text search looks in.
    QStringList textColumns() const;
    // The SELECT list every summary is read with, in QueueStore::summaryFrom order.
    QString summaryColumns() const;
};
