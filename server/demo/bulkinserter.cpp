#include "demo/bulkinserter.h"

#include "store/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Values bound per statement. SQLite resolves each parameter name in a list
// while compiling, so the cost of preparing grows with the square of the count:
// beyond a few hundred the compile time outweighs the saved statement steps.
// PostgreSQL pays a network round trip per statement instead, so it gets more.
int valuesPerStatement(const Database &db)
{
    return db.kind() == Database::Kind::PostgreSql ? 4000 : 480;
}

} // namespace

BulkInserter::BulkInserter(Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns),
      m_rowsPerBatch(std::max(1, valuesPerStatement(db) / int(columns.size())))
{
    m_values.reserve(qsizetype(m_rowsPerBatch) * columns.size());
}

BulkInserter &BulkInserter::after(BulkInserter &parent)
{
    m_parents.append(&parent);
    return *this;
}

void BulkInserter::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns.size());
    for (const QVariant &value : row)
        m_values.append(value);
    if (m_values.size() >= qsizetype(m_rowsPerBatch) * m_columns.size())
        flush();
}

void BulkInserter::add(const QList<QVariant> &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_values.append(row);
    if (m_values.size() >= qsizetype(m_rowsPerBatch) * m_columns.size())
        flush();
}

QString BulkInserter::statementFor(int rows) const
{
    QString one = u"("_s;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        one += i == 0 ? u"?"_s : u",?"_s;
    one += u')';
    QString sql = u"INSERT INTO "_s + m_table + u" ("_s + m_columns.join(u", "_s) + u") VALUES "_s;
    sql.reserve(sql.size() + rows * (one.size() + 1));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += u',';
        sql += one;
    }
    return sql;
}

void BulkInserter::flush()
{
    if (m_values.isEmpty())
        return;
    for (BulkInserter *parent : std::as_const(m_parents))
        parent->flush();
    const qsizetype width = m_columns.size();
    const int total = int(m_values.size() / width);
    int done = 0;
    while (done < total) {
        // A partial batch goes out in power-of-two slices, so a table needs a
        // handful of cached statements rather than one per possible row count.
        const int left = total - done;
        int rows = m_rowsPerBatch;
        if (left < rows) {
            rows = 1;
            while (rows * 2 <= left)
                rows *= 2;
        }
        QSqlQuery &q = m_db.prepare(statementFor(rows));
        const qsizetype first = qsizetype(done) * width;
        for (qsizetype i = 0; i < qsizetype(rows) * width; ++i)
            q.bindValue(int(i), m_values.at(first + i));
        m_db.exec(q);
        done += rows;
    }
    m_written += total;
    m_values.clear();
}
