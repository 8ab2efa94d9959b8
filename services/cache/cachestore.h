#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QThread;
class CacheWorker;

// A cached document: what the server last said about something, and when.
struct CachedDocument
{
    QString kind; // e.g. "audit_page", "application"
    QString key;  // e.g. the id, or a page's query
    QJsonObject document;
    QDateTime fetchedAt;
    QByteArray blob; // set instead of document for what putBlob() stored
};

// The console's offline cache: SQLite in the app's data folder, on its own
// thread (the UI thread never waits on disk), versioned migrations, pragmas set
// deliberately (WAL, synchronous=NORMAL, foreign_keys, secure_delete, a bounded
// cache_size). Every document is sealed with XChaCha20-Poly1305 under a key
// kept in the keychain, bound to its scope, kind and key, so the file, its
// -wal and -shm never hold personal data in clear, and a flipped bit or a
// moved value reads as a miss. Even kinds, keys and scopes are stored only as
// keyed hashes. Scope separates servers, organizations and staff.
//
// The key is the caller's: SessionService::loadCacheKey() keeps it in the
// keychain, per server and staff member. Without a keychain the app passes a
// random key for this run, so a previous run's cache is unreadable by design;
// open() then drops the rows the old key sealed (they could never be read).
// Writes are queued and committed in batches, one transaction per batch.
class CacheStore : public QObject
{
    Q_OBJECT

public:
    explicit CacheStore(QString databasePath, QObject *parent = nullptr);
    // Waits for queued writes to reach the file and the cache thread to end.
    ~CacheStore() override;

    // Opens (and migrates) on the worker thread; key is 32 bytes. Emits opened().
    // Calls made before opened() are queued behind the opening.
    void open(const QByteArray &key);
    void close();
    bool isOpen() const { return m_open; }
    void setScope(const QString &scope) { m_scope = scope; }
    QString scope() const { return m_scope; }

    void put(const QString &kind, const QString &key, const QJsonObject &document);
    void putMany(const QString &kind, const QList<QPair<QString, QJsonObject>> &documents);
    // A binary snapshot (a queue's rows), sealed like any document; get() returns it in blob.
    void putBlob(const QString &kind, const QString &key, const QByteArray &blob);
    // done runs on this (the caller's) thread, only while context lives.
    void get(const QString &kind, const QString &key, QObject *context,
             std::function<void(std::optional<CachedDocument>)> done);
    void list(const QString &kind, QObject *context,
              std::function<void(QList<CachedDocument>)> done);
    // For what must not be lost (the decision outbox): committed to the file
    // before done(true) runs; done(false) when the cache is closed or the write failed.
    void putNow(const QString &kind, const QString &key, const QJsonObject &document,
                QObject *context, std::function<void(bool stored)> done);
    void remove(const QString &kind, const QString &key);
    void removeScope(const QString &scope);
    // Forget everything (sign-out of a remembered session; a new cache key).
    void wipe(QObject *context = nullptr, std::function<void()> done = {});

    static QByteArray newKey(); // 32 random bytes

signals:
    void opened(bool ok, const QString &errorText);

private:
    // Runs work on the cache thread, then reply on this thread if context still lives.
    template<typename Result>
    void roundTrip(QObject *context, std::function<Result(CacheWorker &)> work,
                   std::function<void(Result)> reply);
    void onWorker(std::function<void(CacheWorker &)> work);

    QString m_path;
    QString m_scope;
    bool m_open = false;
    quint64 m_openings = 0; // an open() answered after close() or another open() is stale
    QThread *m_thread = nullptr;
    CacheWorker *m_worker = nullptr;
};
