#pragma once

#include "services/session/secretbackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QTimer;

// Secrets (refresh tokens, the cache key) in the OS keychain, never in a file.
// Availability is learned by a canary round trip (QtKeychain 0.13 has no
// isAvailable()); every call times out (10 s by default) instead of hanging,
// and nothing ever blocks the caller: answers come back through callbacks
// bound to a context object (no callback once the context is gone), always
// from the event loop, never from inside the call.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Probing, Available, Unavailable };
    Q_ENUM(Availability)

    struct ReadResult
    {
        enum class Status { Found, NotFound, Unavailable, Failed };
        Status status = Status::Failed;
        QString secret;
        QString errorText; // translated
    };

    CredentialStore(SecretBackend *backend, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    Availability availability() const { return m_availability; }
    // Why the keychain cannot be used (translated), when availability() is Unavailable.
    QString unavailableReason() const { return m_unavailableReason; }
    // Writes, reads back and removes a canary entry; emits availabilityChanged.
    void probe();

    // While the store is known to be Unavailable these answer at once (on the
    // next turn of the event loop) without asking the backend.
    void write(const QString &key, const QString &secret, QObject *context,
               std::function<void(bool ok, const QString &errorText)> done);
    void read(const QString &key, QObject *context, std::function<void(const ReadResult &)> done);
    // ok is true also when there was nothing to remove.
    void remove(const QString &key, QObject *context, std::function<void(bool ok)> done);

    // Keys are namespaced by server and staff member: "refresh/<host:port>/<user>".
    static QString refreshTokenKey(const QUrl &server, const QString &username);
    static QString cacheKeyKey(const QUrl &server, const QString &username);

signals:
    void availabilityChanged(CredentialStore::Availability availability);

private:
    struct Answer
    {
        SecretBackend::Outcome outcome = SecretBackend::Outcome::Failed;
        QString secret;
        QString errorText;
        bool timedOut = false;
    };
    using Deliver = std::function<void(const Answer &)>;
    struct Pending
    {
        QPointer<QObject> context;
        Deliver deliver;
        QTimer *timer = nullptr;
    };

    void dispatch(const std::function<int()> &call, QObject *context, Deliver deliver);
    void onAnswered(int requestId, SecretBackend::Outcome outcome, const QString &secret,
                    const QString &errorText);
    void onTimeout(int requestId);
    void finishProbe(bool available, const QString &reason);
    void setAvailability(Availability availability, const QString &reason = {});
    QString noKeychainText() const;
    QString timeoutText() const;

    SecretBackend *m_backend;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    int m_timeoutMs = 10000;
    QHash<int, Pending> m_pending;
};
