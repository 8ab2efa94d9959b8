#pragma once

#include "models/queues/queuepagesource.h"

#include <QList>

// A QueuePageSource over rows in memory that answers like gatehouse-server
// (filter, sort by column then id, cursor pages, changes since a time), on the
// next event-loop turn. Tests can make it fail or hold answers back.
class MemoryQueueSource final : public QueuePageSource
{
public:
    explicit MemoryQueueSource(QList<QueueItemSummary> rows, qint64 staffId = 0);

    void fetchPage(QueueKind kind, const QueueFilter &filter, QObject *context,
                   std::function<void(const QueuePageResult &)> done) override;
    void fetchChanges(QueueKind kind, const QueueFilter &filter, const QDateTime &since,
                      QObject *context,
                      std::function<void(const QueueChangesResult &)> done) override;

    // Replaces or adds a row and stamps it as changed now.
    void change(QueueItemSummary row);
    void setNow(qint64 nowMs) { m_now = nowMs; }
    void setFailing(bool failing) { m_failing = failing; }
    int pagesServed() const { return m_pages; }
    const QList<QueueItemSummary> &rows() const { return m_rows; }

private:
    QList<QueueItemSummary> m_rows;
    qint64 m_staffId;
    qint64 m_now = 0;
    bool m_failing = false;
    int m_pages = 0;
};
