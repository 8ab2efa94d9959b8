#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

class Database;

// Buffers rows of one table and writes them as multi-row INSERTs through the
// database's cached prepared statements: one statement per batch instead of one
// per row (QPSQL has no COPY, and each statement is a round trip there).
// Parents named with after() are flushed first, so a child row never reaches
// the database before the row it refers to, even with foreign keys enforced.
class BulkInserter
{
public:
    BulkInserter(Database &db, const QString &table, const QStringList &columns);
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    BulkInserter &after(BulkInserter &parent);

    // One row, its values in column order; a null QVariant is SQL NULL.
    void add(std::initializer_list<QVariant> row);
    void add(const QList<QVariant> &row);
    void flush();
    qint64 rowsWritten() const { return m_written; }
    const QString &table() const { return m_table; }

private:
    QString statementFor(int rows) const;

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerBatch;
    QList<QVariant> m_values;
    QList<BulkInserter *> m_parents;
    qint64 m_written = 0;
};
