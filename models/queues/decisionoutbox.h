#pragma once

#include "domain/queuerecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class CacheStore;
class Clock;
class QueueItemClient;
struct ApiResult;

// A decision that could not reach the server, waiting in the outbox.
struct QueuedDecision
{
    enum class State {
        Waiting,  // to be sent (again) when the server answers
        Conflict, // someone decided or claimed it first (412, 409): never sent again
        Refused,  // the server will not take it (403 role, 400/422): never sent again
    };

    QByteArray key; // the Idempotency-Key, the same at every attempt
    QueueKind kind = QueueKind::WorkspaceApplications;
    qint64 itemId = 0;
    int version = 0; // If-Match: the item as the reviewer decided on it
    QJsonObject body;
    QString companyName; // what the reviewer recognises it by
    QDateTime queuedAt;
    State state = State::Waiting;
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid: as soon as the server answers
    QString message;         // translated: why it waits, or what stopped it

    bool needsAttention() const { return state != State::Waiting; }
    QJsonObject toJson() const;
    static QueuedDecision fromJson(const QJsonObject &o);
};

// The durable outbox of decisions (RELIABILITY 4, 7, 8, 18). A decision whose
// answer never came is stored — sealed in the offline cache and committed to
// the file — before it is sent again, and is sent again with the same
// Idempotency-Key until the server answers: a decision the server had already
// taken comes back as its stored first answer, so a crash, a kill or a lost
// answer at any point neither loses nor repeats one. The server's refusals are
// final and shown, never retried: a 412 (someone decided first, with who and
// what), a 409 (claimed by someone else, no longer under review), a 403 (the
// role went while offline), a 400/422. Anything else (5xx, 429) waits with
// growing pauses that honour Retry-After, and the one item that keeps failing
// does not hold back the others. One request at a time, oldest first.
class DecisionOutbox : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAttempts = 8;

    DecisionOutbox(QueueItemClient &client, CacheStore &cache, const Clock &clock,
                   QObject *parent = nullptr);

    // Reads what the cache holds for its current scope (a sign-in, a restart, an
    // organization switch), then sends what waits.
    void load();
    // Forgets what is in memory (sign-out, lock); the cache keeps the entries.
    void unload();
    bool isLoaded() const { return m_loaded; }

    // Stores the decision, then sends it; stored(false) when it could not be
    // written (the cache is closed): the caller keeps it in hand.
    void add(QueuedDecision decision, QObject *context, std::function<void(bool stored)> stored);
    // Send what waits now (the connection came back; "Try again").
    void sendNow();
    // The reviewer has read why it stopped: gone from the outbox.
    void dismiss(const QByteArray &key);

    const QList<QueuedDecision> &entries() const { return m_entries; }
    int waitingCount(QueueKind kind) const;
    QList<QueuedDecision> needingAttention(QueueKind kind) const;
    bool isSending() const { return m_sending; }

signals:
    void changed();
    // The server's word on an item after a queued decision went (decided, or who was first).
    void itemChanged(const QueueItemDetail &current);

private:
    void schedule();
    void sendNext();
    void answered(const QByteArray &key, const ApiResult &result);
    void store(const QueuedDecision &decision);
    qsizetype indexOf(const QByteArray &key) const;

    QueueItemClient &m_client;
    CacheStore &m_cache;
    const Clock &m_clock;
    QList<QueuedDecision> m_entries; // oldest first
    QTimer m_timer;
    // The server did not answer: nothing goes before this (or sendNow()).
    QDateTime m_pausedUntil;
    bool m_resumeAsked = false; // sendNow() while a request was on its way
    quint64 m_generation = 0;   // answers for an unloaded outbox are dropped
    bool m_loaded = false;
    bool m_sending = false;
};
