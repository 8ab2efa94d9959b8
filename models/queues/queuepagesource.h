#pragma once

#include "domain/queuerecords.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

struct QueuePageResult
{
    bool ok = false;
    QList<QueueItemSummary> rows;
    qint64 total = 0;
    QString nextCursor;
    QDateTime serverTime;
    QString errorText;    // translated, when !ok
    bool offline = false; // the server could not be reached
};

struct QueueChangesResult
{
    bool ok = false;
    QList<QueueItemSummary> rows; // changed since the time asked for, oldest change first
    bool more = false;
    qint64 total = -1; // items matching the filter now
    QDateTime serverTime;
    QString errorText;
    bool offline = false;
};

// Where QueueModel gets its rows. The model does no networking itself:
// ApiQueuePageSource asks gatehouse-server; tests and benchmarks bring their own.
// Every call answers exactly once through done, later (never from inside the
// call), and only while context is alive.
class QueuePageSource
{
public:
    virtual ~QueuePageSource() = default;
    virtual void fetchPage(QueueKind kind, const QueueFilter &filter, QObject *context,
                           std::function<void(const QueuePageResult &)> done) = 0;
    // Changes since a time; the filter only makes the answer carry its current total.
    virtual void fetchChanges(QueueKind kind, const QueueFilter &filter, const QDateTime &since,
                              QObject *context,
                              std::function<void(const QueueChangesResult &)> done) = 0;
};
