#pragma once

#include "domain/queuerecords.h"
#include "models/queues/queuerowstore.h"

#include <vector>

// The server's order and filter, applied to rows held in a QueueRowStore: what
// QueueModel uses offline (or over a snapshot) and to place live changes.
// Text compares as UTF-8 bytes (code points), like the server's binary order.
class QueueRowOrder
{
public:
    QueueRowOrder(const QueueRowStore &store, const QueueFilter &filter)
        : m_store(store), m_filter(filter)
    { }

    bool less(int a, int b) const;
    // Sorts store indices; an 8-byte key per row settles most comparisons.
    void sort(std::vector<int> &view) const;
    bool matches(int storeIndex, qint64 staffId, qint64 nowMs) const;

private:
    const QueueRowStore &m_store;
    const QueueFilter &m_filter;
};
