#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class SecretBackend;

// Secrets (refresh tokens, the cache key) in the OS keychain, never in a file.
// Availability is learned by a canary round trip (QtKeychain 0.13 has no
// isAvailable()); every call times out (10 s by default) instead of hanging,
// and nothing ever blocks the caller: answers come back through callbacks
// bound to a context object.
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
    Availability availability() const { return m_availability; }
    // Writes, reads back and removes a canary entry; emits availabilityChanged.
    void probe();

    void write(const QString &key, const QString &secret, QObject *context,
               std::function<void(bool ok, const QString &errorText)> done);
    void read(const QString &key, QObject *context, std::function<void(const ReadResult &)> done);
    void remove(const QString &key, QObject *context, std::function<void(bool ok)> done);

    // Keys are namespaced by server and staff member: "refresh/<host:port>/<user>".
    static QString refreshTokenKey(const QUrl &server, const QString &username);
    static QString cacheKeyKey(const QUrl &server, const QString &username);

signals:
    void availabilityChanged(CredentialStore::Availability availability);

private:
    SecretBackend *m_backend;
    Availability m_availability = Availability::Unknown;
    int m_timeoutMs = 10000;
};
