#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

// Stored first answers of requests that carried an Idempotency-Key, namespaced
// per staff member (IETF draft-ietf-httpapi-idempotency-key-header; Stripe's
// practice). A replay with the same key and the same request gets the stored
// answer; the same key with another request is refused.
class IdempotencyStore
{
public:
    static constexpr qint64 kRetentionMs =
            45LL * 24 * 3600 * 1000; // outlives a 30-day offline window

    explicit IdempotencyStore(Database &db);

    struct Stored
    {
        QString requestHash;
        int status = 0;
        QByteArray body;
    };
    std::optional<Stored> find(qint64 staffId, const QString &key);
    void save(qint64 staffId, const QString &key, const QString &requestHash, int status,
              const QByteArray &body, qint64 now);
    void purgeOlderThan(qint64 cutoff);

    static bool isWellFormed(const QByteArray &key);
    static QString requestHash(const QByteArray &method, const QString &path,
                               const QByteArray &ifMatch, const QByteArray &body);

private:
    Database &m_db;
};
