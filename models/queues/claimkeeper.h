#pragma once

#include "domain/queuerecords.h"
#include "services/api/apiresult.h"

#include <QObject>
#include <QTimer>

class QueueItemClient;

// Keeps the reviewer's claim on the item they have open: renews the lease
// (5 minutes on the server) every two minutes while it is open, and gives it
// back when they move on — unless a decision on it is being written or sent,
// which needs the claim to hold until it lands.
class ClaimKeeper : public QObject
{
    Q_OBJECT

public:
    ClaimKeeper(QueueItemClient &client, QueueKind kind, QObject *parent = nullptr);
    ~ClaimKeeper() override;

    static constexpr int kRenewIntervalMs = 2 * 60 * 1000;
    void setRenewInterval(int ms) { m_renew.setInterval(ms); }

    // The item now open; claimedByMe when the list or the detail says I hold it.
    // Moving to another item releases the one held before (unless deciding).
    void open(qint64 itemId, bool claimedByMe);
    // A claim on the open item succeeded (or the server says I hold it).
    void holding(qint64 itemId);
    // The claim is gone: decided, released by hand, or taken over.
    void dropped(qint64 itemId);
    void setDeciding(qint64 itemId, bool deciding);
    // The pane is going away: give back what is held (unless deciding).
    void leave();

    qint64 heldId() const { return m_held; }
    bool isDeciding(qint64 itemId) const { return itemId && m_deciding.contains(itemId); }

signals:
    void renewed(qint64 itemId);
    // The lease could not be renewed (someone took it over, the item was decided …).
    void renewFailed(qint64 itemId, const ApiResult &result);
    void released(qint64 itemId);

private:
    void renew();
    void releaseHeld();

    QueueItemClient &m_client;
    QueueKind m_kind;
    QTimer m_renew;
    qint64 m_open = 0;
    qint64 m_held = 0;
    QList<qint64> m_deciding;
};
