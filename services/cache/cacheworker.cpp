#include "services/cache/cacheworker.h"

#include "services/cache/cachemigrations.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "gatehouse.services.cache")

namespace {

// Bounded so a large cache does not pin memory: -N means N KiB.
constexpr int kCacheSizeKiB = 8 * 1024;
const QString kKeyCheckName = u"key_check"_s;

// Binary snapshots skip JSON: a magic, the fetch time, the bytes.
constexpr char kBlobMagic[] = "GHB1";

QByteArray payloadOf(const CacheWorker::Write &write)
{
    if (write.isBlob) {
        QByteArray payload(kBlobMagic, 4);
        const qint64 at = qToBigEndian(write.fetchedAt.toMSecsSinceEpoch());
        payload.append(reinterpret_cast<const char *>(&at), sizeof at);
        payload.append(write.blob);
        return payload;
    }
    const QJsonObject payload{{u"at"_s, write.fetchedAt.toMSecsSinceEpoch()},
                              {u"doc"_s, write.document}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

bool isDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"11" || code == u"26"; // SQLITE_CORRUPT, SQLITE_NOTADB
}

} // namespace

CacheWorker::CacheWorker(QString databasePath, QString connectionName)
    : m_path(std::move(databasePath)), m_connectionName(std::move(connectionName))
{ }

CacheWorker::~CacheWorker()
{
    close();
}

bool CacheWorker::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    qCWarning(lcCache).noquote() << "cache statement failed:" << query.lastError().text();
    return false;
}

QString CacheWorker::open(const QByteArray &key)
{
    close();
    QSqlError error = openDatabase(key);
    if (isDamage(error)) {
        // Not a database, or corrupt: a cache can start again. Anything else (a lock
        // held by another Gatehouse, a full disk) leaves the file alone.
        qCWarning(lcCache).noquote()
                << "cache file damaged (" << error.text() << ") - starting afresh";
        close();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(m_path + suffix);
        error = openDatabase(key);
    }
    if (error.type() == QSqlError::NoError)
        return {};
    close();
    return error.text().isEmpty() ? u"unknown error"_s : error.text();
}

QSqlError CacheWorker::openDatabase(const QByteArray &key)
{
    m_cipher = std::make_unique<CacheCipher>(key);
    if (!m_cipher->isValid())
        return QSqlError(u"the cache key is not 32 bytes"_s, {}, QSqlError::UnknownError);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return m_db.lastError();
    QSqlError error = applyPragmas();
    if (error.type() != QSqlError::NoError)
        return error;
    if (!CacheMigrations::migrate(m_db, &error))
        return error;
    checkKey();
    return {};
}

QSqlError CacheWorker::applyPragmas()
{
    // Read the answers: a pragma reports what it got, which is not always what was asked.
    const QList<std::pair<QString, QString>> pragmas{
            {u"PRAGMA journal_mode = WAL"_s, u"wal"_s},
            // WAL keeps the file consistent; a cache may lose its last write on power loss.
            {u"PRAGMA synchronous = NORMAL"_s, {}},
            {u"PRAGMA foreign_keys = ON"_s, {}},
            // Deleted rows are zeroed, not left in free pages.
            {u"PRAGMA secure_delete = ON"_s, u"1"_s},
            // No temporary files beside the cache.
            {u"PRAGMA temp_store = MEMORY"_s, {}},
            {u"PRAGMA cache_size = -%1"_s.arg(kCacheSizeKiB), {}},
    };
    for (const auto &[sql, expected] : pragmas) {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return query.lastError();
        if (!expected.isEmpty()
            && (!query.next() || query.value(0).toString().toLower() != expected))
            return QSqlError(u"%1 did not take effect"_s.arg(sql), {}, QSqlError::StatementError);
    }
    return {};
}

void CacheWorker::checkKey()
{
    // A different key (a new one after the keychain lost the old, or a per-run key)
    // cannot read a single row: drop them rather than keep unreadable bytes forever.
    const QByteArray check = m_cipher->tag(CacheCipher::bind({u"key-check"_s}));
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE name = :name"_s);
    query.bindValue(u":name"_s, kKeyCheckName);
    const bool known = query.exec() && query.next();
    const QByteArray stored = known ? query.value(0).toByteArray() : QByteArray();
    query.finish();
    if (known && stored == check)
        return;
    m_db.transaction();
    if (known) {
        qCInfo(lcCache) << "the cache key changed: dropping what the old key sealed";
        execute(u"DELETE FROM documents"_s);
    }
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO meta (name, value) VALUES (:name, :value)"
                   " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
    upsert.bindValue(u":name"_s, kKeyCheckName);
    upsert.bindValue(u":value"_s, check);
    upsert.exec();
    m_db.commit();
}

void CacheWorker::close()
{
    if (m_db.isValid()) {
        flush();
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_pending.clear();
    m_cipher.reset();
}

QByteArray CacheWorker::lookupTag(const QString &scope, const QString &kind,
                                  const QString &key) const
{
    return m_cipher->tag(CacheCipher::bind({u"document"_s, scope, kind, key}));
}

void CacheWorker::enqueue(QList<Write> writes)
{
    if (!m_db.isOpen())
        return;
    m_pending.append(std::move(writes));
    if (m_flushScheduled)
        return;
    // Everything queued before this turn of the loop goes into one transaction.
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &CacheWorker::flush, Qt::QueuedConnection);
}

bool CacheWorker::writeNow(QList<Write> writes)
{
    if (!m_db.isOpen())
        return false;
    m_pending.append(std::move(writes));
    return flush();
}

void CacheWorker::remove(const QString &scope, const QString &kind, const QString &key)
{
    if (!m_db.isOpen())
        return;
    flush();
    removeRow(lookupTag(scope, kind, key));
}

bool CacheWorker::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return true;
    if (!m_db.isOpen())
        return false;
    const QList<Write> writes = std::exchange(m_pending, {});
    if (!m_db.transaction()) {
        qCWarning(lcCache).noquote() << "cache write failed:" << m_db.lastError().text();
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(
            u"INSERT INTO documents (lookup, scope_tag, kind_tag, sealed_key, sealed, stored_at)"
            " VALUES (:lookup, :scope_tag, :kind_tag, :sealed_key, :sealed, :stored_at)"
            " ON CONFLICT (lookup) DO UPDATE SET sealed_key = excluded.sealed_key,"
            " sealed = excluded.sealed, stored_at = excluded.stored_at"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Write &write : writes) {
        const QByteArray lookup = lookupTag(write.scope, write.kind, write.key);
        insert.bindValue(u":lookup"_s, lookup);
        insert.bindValue(u":scope_tag"_s,
                         m_cipher->tag(CacheCipher::bind({u"scope"_s, write.scope})));
        insert.bindValue(u":kind_tag"_s,
                         m_cipher->tag(CacheCipher::bind({u"kind"_s, write.scope, write.kind})));
        insert.bindValue(
                u":sealed_key"_s,
                m_cipher->seal(write.key.toUtf8(), CacheCipher::bind({u"key"_s}) + lookup));
        insert.bindValue(u":sealed"_s,
                         m_cipher->seal(payloadOf(write),
                                        CacheCipher::bind(
                                                {u"value"_s, write.scope, write.kind, write.key})));
        insert.bindValue(u":stored_at"_s, now);
        if (!insert.exec()) {
            qCWarning(lcCache).noquote() << "cache write failed:" << insert.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        qCWarning(lcCache).noquote() << "cache commit failed:" << m_db.lastError().text();
        return false;
    }
    return true;
}

std::optional<CachedDocument> CacheWorker::unseal(const QString &scope, const QString &kind,
                                                  const QString &key, const QByteArray &lookup,
                                                  const QByteArray &sealed)
{
    const auto plain = m_cipher->open(sealed, CacheCipher::bind({u"value"_s, scope, kind, key}));
    if (plain && plain->size() >= 12 && plain->startsWith(QByteArrayView(kBlobMagic, 4))) {
        CachedDocument document;
        document.kind = kind;
        document.key = key;
        qint64 at = 0;
        std::memcpy(&at, plain->constData() + 4, sizeof at);
        document.fetchedAt = QDateTime::fromMSecsSinceEpoch(qFromBigEndian(at), Qt::UTC);
        document.blob = plain->sliced(12);
        return document;
    }
    const QJsonObject payload = plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
    if (!plain || !payload.value(u"doc"_s).isObject()) {
        // Tampered, damaged or moved here from another row: a miss, and never shown.
        qCWarning(lcCache) << "a cache entry failed authentication; dropped as a miss";
        removeRow(lookup);
        return std::nullopt;
    }
    CachedDocument document;
    document.kind = kind;
    document.key = key;
    document.document = payload.value(u"doc"_s).toObject();
    document.fetchedAt =
            QDateTime::fromMSecsSinceEpoch(payload.value(u"at"_s).toInteger(), Qt::UTC);
    return document;
}

void CacheWorker::removeRow(const QByteArray &lookup)
{
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM documents WHERE lookup = :lookup"_s);
    remove.bindValue(u":lookup"_s, lookup);
    remove.exec();
}

std::optional<CachedDocument> CacheWorker::get(const QString &scope, const QString &kind,
                                               const QString &key)
{
    flush();
    if (!m_db.isOpen())
        return std::nullopt;
    const QByteArray lookup = lookupTag(scope, kind, key);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT sealed FROM documents WHERE lookup = :lookup"_s);
    query.bindValue(u":lookup"_s, lookup);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QByteArray sealed = query.value(0).toByteArray();
    query.finish();
    return unseal(scope, kind, key, lookup, sealed);
}

QList<CachedDocument> CacheWorker::list(const QString &scope, const QString &kind)
{
    flush();
    QList<CachedDocument> documents;
    if (!m_db.isOpen())
        return documents;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT lookup, sealed_key, sealed FROM documents WHERE kind_tag = :kind_tag"_s);
    query.bindValue(u":kind_tag"_s, m_cipher->tag(CacheCipher::bind({u"kind"_s, scope, kind})));
    if (!query.exec())
        return documents;
    struct Row
    {
        QByteArray lookup, sealedKey, sealed;
    };
    QList<Row> rows;
    while (query.next())
        rows.append({query.value(0).toByteArray(), query.value(1).toByteArray(),
                     query.value(2).toByteArray()});
    query.finish();
    for (const Row &row : std::as_const(rows)) {
        const auto key = m_cipher->open(row.sealedKey, CacheCipher::bind({u"key"_s}) + row.lookup);
        const QString keyText = key ? QString::fromUtf8(*key) : QString();
        // The key must also name this very row: a sealed key copied from elsewhere does not.
        if (!key || lookupTag(scope, kind, keyText) != row.lookup) {
            removeRow(row.lookup);
            continue;
        }
        if (auto document = unseal(scope, kind, keyText, row.lookup, row.sealed))
            documents.append(std::move(*document));
    }
    return documents;
}

void CacheWorker::removeScope(const QString &scope)
{
    flush();
    if (!m_db.isOpen())
        return;
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM documents WHERE scope_tag = :scope_tag"_s);
    remove.bindValue(u":scope_tag"_s, m_cipher->tag(CacheCipher::bind({u"scope"_s, scope})));
    if (!remove.exec())
        qCWarning(lcCache).noquote() << "cache scope removal failed:" << remove.lastError().text();
}

void CacheWorker::wipe()
{
    m_pending.clear();
    if (!m_db.isOpen())
        return;
    execute(u"DELETE FROM documents"_s);
    // Give the space back and leave no old pages in the file or its write-ahead log.
    execute(u"VACUUM"_s);
    execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}
