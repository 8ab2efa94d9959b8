#pragma once

#include "services/cache/cachecipher.h"
#include "services/cache/cachestore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

// CacheStore's other half: lives on the cache thread, owns that thread's
// SQLite connection and the cipher. Every method runs on the cache thread
// (CacheStore queues the calls); none is called from anywhere else.
class CacheWorker : public QObject
{
    Q_OBJECT

public:
    struct Write
    {
        QString scope;
        QString kind;
        QString key;
        QJsonObject document;
        QDateTime fetchedAt;
        QByteArray blob; // instead of document, for binary snapshots
        bool isBlob = false;
    };

    CacheWorker(QString databasePath, QString connectionName);
    ~CacheWorker() override;

    // An empty errorText means success.
    QString open(const QByteArray &key);
    void close();
    void enqueue(QList<Write> writes);
    // Queued writes and these, committed before it returns: true once on disk.
    bool writeNow(QList<Write> writes);
    void remove(const QString &scope, const QString &kind, const QString &key);
    std::optional<CachedDocument> get(const QString &scope, const QString &kind,
                                      const QString &key);
    QList<CachedDocument> list(const QString &scope, const QString &kind);
    void removeScope(const QString &scope);
    void wipe();

private:
    QSqlError openDatabase(const QByteArray &key);
    QSqlError applyPragmas();
    void checkKey();
    bool flush();
    bool execute(const QString &sql);
    std::optional<CachedDocument> unseal(const QString &scope, const QString &kind,
                                         const QString &key, const QByteArray &lookup,
                                         const QByteArray &sealed);
    void removeRow(const QByteArray &lookup);
    QByteArray lookupTag(const QString &scope, const QString &kind, const QString &key) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<CacheCipher> m_cipher;
    QList<Write> m_pending;
    bool m_flushScheduled = false;
};
