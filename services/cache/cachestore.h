#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QThread;
class CacheWorker;

// A cached document: what the server last said about something, and when.
struct CachedDocument
{
    QString kind;       // e.g. "audit_page", "application"
    QString key;        // e.g. the id, or a page's query
    QJsonObject document;
    QDateTime fetchedAt;
};

// The console's offline cache: SQLite in the app's data folder, on its own
// thread (the UI thread never waits on disk), versioned migrations, pragmas set
// deliberately. Every document is sealed with XChaCha20-Poly1305 under a key
// kept in the keychain, bound to its scope, kind and key, so the file, its
// -wal and -shm never hold personal data in clear, and a flipped bit or a
// moved value reads as a miss. Scope separates servers, organizations and staff.
class CacheStore : public QObject
{
    Q_OBJECT

public:
    explicit CacheStore(QString databasePath, QObject *parent = nullptr);
    ~CacheStore() override;

    // Opens (and migrates) on the worker thread; key is 32 bytes. Emits opened().
    void open(const QByteArray &key);
    void close();
    bool isOpen() const { return m_open; }
    void setScope(const QString &scope) { m_scope = scope; }
    QString scope() const { return m_scope; }

    void put(const QString &kind, const QString &key, const QJsonObject &document);
    void putMany(const QString &kind, const QList<QPair<QString, QJsonObject>> &documents);
    void get(const QString &kind, const QString &key, QObject *context,
             std::function<void(std::optional<CachedDocument>)> done);
    void list(const QString &kind, QObject *context, std::function<void(QList<CachedDocument>)> done);
    void removeScope(const QString &scope);
    // Forget everything (sign-out of a remembered session; a new cache key).
    void wipe(QObject *context = nullptr, std::function<void()> done = {});

    static QByteArray newKey(); // 32 random bytes

signals:
    void opened(bool ok, const QString &errorText);

private:
    QString m_path;
    QString m_scope;
    bool m_open = false;
    QThread *m_thread = nullptr;
    CacheWorker *m_worker = nullptr;
};
