#include "memoryqueuesource.h"

#include <QTimer>

using namespace Qt::StringLiterals;

MemoryQueueSource::MemoryQueueSource(QList<QueueItemSummary> rows, qint64 staffId)
    : m_rows(std::move(rows)), m_staffId(staffId), m_now(QDateTime::currentMSecsSinceEpoch())
{ }

void MemoryQueueSource::fetchPage(QueueKind, const QueueFilter &filter, QObject *context,
                                  std::function<void(const QueuePageResult &)> done)
{
    QueuePageResult result;
    if (m_failing) {
        result.errorText = u"The server could not be reached."_s;
        result.offline = true;
    } else {
        QList<QueueItemSummary> matching;
        for (const QueueItemSummary &r : std::as_const(m_rows)) {
            if (filter.matches(r, m_staffId, m_now))
                matching.append(r);
        }
        std::sort(matching.begin(), matching.end(),
                  [&filter](const QueueItemSummary &a, const QueueItemSummary &b) {
                      return filter.lessThan(a, b);
                  });
        // The cursor here is simply the position; the real server's is opaque too.
        const int start = filter.cursor.isEmpty() ? 0 : filter.cursor.toInt();
        result.ok = true;
        result.total = start == 0 ? matching.size() : -1;
        result.rows = matching.mid(start, filter.limit);
        if (start + filter.limit < matching.size())
            result.nextCursor = QString::number(start + filter.limit);
        result.serverTime = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
        ++m_pages;
    }
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void MemoryQueueSource::fetchChanges(QueueKind, const QueueFilter &filter, const QDateTime &since,
                                     QObject *context,
                                     std::function<void(const QueueChangesResult &)> done)
{
    QueueChangesResult result;
    if (m_failing) {
        result.errorText = u"The server could not be reached."_s;
        result.offline = true;
    } else {
        result.ok = true;
        qint64 total = 0;
        for (const QueueItemSummary &r : std::as_const(m_rows)) {
            if (r.updatedAt > since.toMSecsSinceEpoch())
                result.rows.append(r);
            if (filter.matches(r, m_staffId, m_now))
                ++total;
        }
        std::sort(result.rows.begin(), result.rows.end(),
                  [](const QueueItemSummary &a, const QueueItemSummary &b) {
                      return a.updatedAt < b.updatedAt;
                  });
        result.total = total;
        result.serverTime = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    }
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void MemoryQueueSource::change(QueueItemSummary row)
{
    m_now += 1;
    row.updatedAt = m_now;
    for (QueueItemSummary &r : m_rows) {
        if (r.id == row.id) {
            r = row;
            return;
        }
    }
    m_rows.append(row);
}
