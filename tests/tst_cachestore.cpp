#include "services/cache/cachemigrations.h"
#include "services/cache/cachestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Test personal data: a valid-looking resident ID number and a mobile number.
const QString kIdNumber = u"11010519491231002X"_s;
const QString kMobile = u"13812345678"_s;

QJsonObject account(int i)
{
    return {{u"id"_s, i},
            {u"name"_s, u"测试用户 %1"_s.arg(i)},
            {u"id_number"_s, kIdNumber},
            {u"mobile"_s, kMobile}};
}

// A connection of the test's own, beside (or after) the store's.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(u"raw-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDatabase()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_name);
    }
    QList<QVariantList> rows(const QString &sql)
    {
        QList<QVariantList> out;
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }
    QVariant value(const QString &sql)
    {
        const auto r = rows(sql);
        return r.isEmpty() ? QVariant() : r.first().value(0);
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void callsNeverWaitForTheDisk();
    void survivesReopeningWithTheSameKey();
    void wrongKeyReadsAsAMiss();
    void flippedBitReadsAsAMiss();
    void valueMovedToAnotherRowReadsAsAMiss();
    void valueMovedToAnotherScopeReadsAsAMiss();
    void noNonceRepeatsOverTenThousandWrites();
    void nothingInClearOnDisk();
    void migratesAnEmptyFile();
    void migratesAnOlderFileAndRebuildsANewerOne();
    void rebuildsAFileThatIsNotADatabase();
    void pragmasAreSet();
    void removeScopeAndWipe();
    void noAnswerOnceTheContextIsGone();
    void closedBeforeItOpenedStaysClosed();
    void binarySnapshots();

private:
    std::unique_ptr<CacheStore> openStore(const QByteArray &key,
                                          const QString &scope = u"server/1/1"_s);
    std::optional<CachedDocument> get(CacheStore &store, const QString &kind, const QString &key);
    QList<CachedDocument> list(CacheStore &store, const QString &kind);
    QString path() const { return m_dir->filePath(u"cache.sqlite"_s); }
    QByteArray everythingOnDisk() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
};

void TestCacheStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = CacheStore::newKey();
    QCOMPARE(m_key.size(), 32);
}

std::unique_ptr<CacheStore> TestCacheStore::openStore(const QByteArray &key, const QString &scope)
{
    auto store = std::make_unique<CacheStore>(path());
    store->setScope(scope);
    QSignalSpy opened(store.get(), &CacheStore::opened);
    store->open(key);
    if (!opened.wait(10000) || !opened.first().first().toBool()) {
        qWarning() << "cache did not open:"
                   << (opened.isEmpty() ? QVariant() : opened.first().at(1));
        return nullptr;
    }
    return store;
}

std::optional<CachedDocument> TestCacheStore::get(CacheStore &store, const QString &kind,
                                                  const QString &key)
{
    auto result = std::make_shared<std::optional<std::optional<CachedDocument>>>();
    store.get(kind, key, this,
              [result](std::optional<CachedDocument> d) { *result = std::move(d); });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000))
        qWarning("the cache did not answer");
    return result->value_or(std::nullopt);
}

QList<CachedDocument> TestCacheStore::list(CacheStore &store, const QString &kind)
{
    auto result = std::make_shared<std::optional<QList<CachedDocument>>>();
    store.list(kind, this, [result](QList<CachedDocument> d) { *result = std::move(d); });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000))
        qWarning("the cache did not answer");
    return result->value_or(QList<CachedDocument>{});
}

QByteArray TestCacheStore::everythingOnDisk() const
{
    QByteArray all;
    const QFileInfoList files = QDir(m_dir->path()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestCacheStore::roundTrip()
{
    auto store = openStore(m_key);
    QVERIFY(store);
    QVERIFY(store->isOpen());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    store->put(u"account"_s, u"42"_s, account(42));
    store->putMany(u"account"_s, {{u"43"_s, account(43)}, {u"44"_s, account(44)}});
    const auto found = get(*store, u"account"_s, u"42"_s);
    QVERIFY(found);
    QCOMPARE(found->document, account(42));
    QCOMPARE(found->kind, u"account"_s);
    QCOMPARE(found->key, u"42"_s);
    QVERIFY(found->fetchedAt >= before);
    QVERIFY(!get(*store, u"account"_s, u"45"_s));
    QVERIFY(!get(*store, u"application"_s, u"42"_s)); // another kind, another thing

    store->put(u"account"_s, u"42"_s, account(4242)); // replaces
    QCOMPARE(get(*store, u"account"_s, u"42"_s)->document, account(4242));

    QList<CachedDocument> all = list(*store, u"account"_s);
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).key, u"42"_s);
    QCOMPARE(all.at(2).document, account(44));
    QVERIFY(list(*store, u"application"_s).isEmpty());
}

void TestCacheStore::callsNeverWaitForTheDisk()
{
    auto store = openStore(m_key);
    QVERIFY(store);
    QList<QPair<QString, QJsonObject>> many;
    for (int i = 0; i < 5000; ++i)
        many.append({QString::number(i), account(i)});
    QElapsedTimer clock;
    clock.start();
    store->putMany(u"account"_s, many);
    bool answered = false;
    store->get(u"account"_s, u"4999"_s, this,
               [&](std::optional<CachedDocument> d) { answered = d.has_value(); });
    QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
}

void TestCacheStore::survivesReopeningWithTheSameKey()
{
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        store->put(u"account"_s, u"7"_s, account(7));
        // Destroyed with the write still queued: the destructor lets it land.
    }
    auto store = openStore(m_key);
    QVERIFY(store);
    const auto found = get(*store, u"account"_s, u"7"_s);
    QVERIFY(found);
    QCOMPARE(found->document, account(7));
}

void TestCacheStore::wrongKeyReadsAsAMiss()
{
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        store->put(u"account"_s, u"7"_s, account(7));
    }
    {
        auto store = openStore(CacheStore::newKey());
        QVERIFY(store);
        QVERIFY(!get(*store, u"account"_s, u"7"_s));
        QVERIFY(list(*store, u"account"_s).isEmpty());
    }
    // What the first key sealed was dropped when another key opened the file.
    RawDatabase raw(path());
    QCOMPARE(raw.value(u"SELECT count(*) FROM documents"_s).toInt(), 0);
    auto store = openStore(m_key);
    QVERIFY(!get(*store, u"account"_s, u"7"_s));
}

void TestCacheStore::flippedBitReadsAsAMiss()
{
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        store->put(u"account"_s, u"7"_s, account(7));
        store->put(u"account"_s, u"8"_s, account(8));
        QVERIFY(get(*store, u"account"_s, u"7"_s));
    }
    {
        RawDatabase raw(path());
        const auto rows = raw.rows(u"SELECT lookup, sealed FROM documents"_s);
        QCOMPARE(rows.size(), 2);
        for (const auto &row : rows) {
            QByteArray sealed = row.at(1).toByteArray();
            sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 0x01);
            QVERIFY(raw.exec(u"UPDATE documents SET sealed = ? WHERE lookup = ?"_s,
                             {sealed, row.at(0)}));
        }
    }
    auto store = openStore(m_key);
    QVERIFY(store);
    QVERIFY(!get(*store, u"account"_s, u"7"_s));
    QVERIFY(!get(*store, u"account"_s, u"8"_s));
    QVERIFY(list(*store, u"account"_s).isEmpty());
    // A new write heals the entry.
    store->put(u"account"_s, u"7"_s, account(7));
    QCOMPARE(get(*store, u"account"_s, u"7"_s)->document, account(7));
}

void TestCacheStore::valueMovedToAnotherRowReadsAsAMiss()
{
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        store->put(u"account"_s, u"7"_s, account(7));
        store->put(u"account"_s, u"8"_s, account(8));
        QCOMPARE(list(*store, u"account"_s).size(), 2);
    }
    {
        // Swap the sealed values (and, separately, the sealed keys) of the two rows.
        RawDatabase raw(path());
        const auto rows = raw.rows(u"SELECT lookup, sealed, sealed_key FROM documents"_s);
        QCOMPARE(rows.size(), 2);
        QVERIFY(raw.exec(u"UPDATE documents SET sealed = ? WHERE lookup = ?"_s,
                         {rows[1][1], rows[0][0]}));
        QVERIFY(raw.exec(u"UPDATE documents SET sealed = ? WHERE lookup = ?"_s,
                         {rows[0][1], rows[1][0]}));
    }
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        QVERIFY(!get(*store, u"account"_s, u"7"_s));
        QVERIFY(!get(*store, u"account"_s, u"8"_s));
        store->put(u"account"_s, u"7"_s, account(7));
        store->put(u"account"_s, u"8"_s, account(8));
        QCOMPARE(list(*store, u"account"_s).size(), 2);
    }
    {
        RawDatabase raw(path());
        const auto rows = raw.rows(u"SELECT lookup, sealed_key FROM documents"_s);
        QVERIFY(raw.exec(u"UPDATE documents SET sealed_key = ? WHERE lookup = ?"_s,
                         {rows[1][1], rows[0][0]}));
        QVERIFY(raw.exec(u"UPDATE documents SET sealed_key = ? WHERE lookup = ?"_s,
                         {rows[0][1], rows[1][0]}));
    }
    auto store = openStore(m_key);
    QVERIFY(list(*store, u"account"_s).isEmpty());
}

void TestCacheStore::valueMovedToAnotherScopeReadsAsAMiss()
{
    {
        auto store = openStore(m_key, u"server/1/org-1"_s);
        QVERIFY(store);
        store->put(u"account"_s, u"7"_s, account(7));
        store->setScope(u"server/1/org-2"_s);
        store->put(u"account"_s, u"7"_s, account(70));
        QCOMPARE(get(*store, u"account"_s, u"7"_s)->document, account(70));
    }
    {
        RawDatabase raw(path());
        const auto rows = raw.rows(u"SELECT lookup, sealed FROM documents"_s);
        QCOMPARE(rows.size(), 2);
        QVERIFY(raw.exec(u"UPDATE documents SET sealed = ? WHERE lookup = ?"_s,
                         {rows[1][1], rows[0][0]}));
        QVERIFY(raw.exec(u"UPDATE documents SET sealed = ? WHERE lookup = ?"_s,
                         {rows[0][1], rows[1][0]}));
    }
    auto store = openStore(m_key, u"server/1/org-1"_s);
    QVERIFY(!get(*store, u"account"_s, u"7"_s));
    store->setScope(u"server/1/org-2"_s);
    QVERIFY(!get(*store, u"account"_s, u"7"_s));
}

void TestCacheStore::noNonceRepeatsOverTenThousandWrites()
{
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        QList<QPair<QString, QJsonObject>> batch;
        for (int i = 0; i < 10000; ++i)
            batch.append({QString::number(i), QJsonObject{{u"n"_s, i}}});
        store->putMany(u"page"_s, batch);
        QVERIFY(get(*store, u"page"_s, u"9999"_s));
    }
    RawDatabase raw(path());
    const auto rows = raw.rows(u"SELECT sealed, sealed_key FROM documents"_s);
    QCOMPARE(rows.size(), 10000);
    QSet<QByteArray> nonces;
    for (const auto &row : rows) {
        nonces.insert(row.at(0).toByteArray().left(24));
        nonces.insert(row.at(1).toByteArray().left(24));
    }
    QCOMPARE(nonces.size(), 20000);
    // The same value written twice is sealed under two nonces: equal plaintexts look different.
    QSet<QByteArray> sealedValues;
    for (const auto &row : rows)
        sealedValues.insert(row.at(0).toByteArray());
    QCOMPARE(sealedValues.size(), 10000);
}

void TestCacheStore::nothingInClearOnDisk()
{
    const QList<QByteArray> secrets{kIdNumber.toUtf8(), kMobile.toUtf8(), u"测试用户"_s.toUtf8(),
                                    "id_number",        "account",        "secret-search"};
    auto store = openStore(m_key, u"gatehouse.example.com:443/secret-scope"_s);
    QVERIFY(store);
    QList<QPair<QString, QJsonObject>> batch;
    for (int i = 0; i < 500; ++i)
        batch.append({QString::number(i), account(i)});
    store->putMany(u"account"_s, batch);
    // A key may itself be personal (a search for an ID number): it is never stored in clear either.
    store->put(u"account"_s, u"secret-search:"_s + kIdNumber, account(1));
    QVERIFY(get(*store, u"account"_s, u"42"_s));
    QVERIFY(QFile::exists(path() + u"-wal"_s)); // the write-ahead log is there, and searched too

    const QByteArray whileOpen = everythingOnDisk();
    QVERIFY(whileOpen.size() > 100000);
    for (const QByteArray &secret : secrets)
        QVERIFY2(!whileOpen.contains(secret), secret.constData());

    store.reset();
    const QByteArray afterClose = everythingOnDisk();
    QVERIFY(!afterClose.isEmpty());
    for (const QByteArray &secret : secrets)
        QVERIFY2(!afterClose.contains(secret), secret.constData());
}

void TestCacheStore::migratesAnEmptyFile()
{
    {
        QFile empty(path());
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        store->put(u"account"_s, u"1"_s, account(1));
        QVERIFY(get(*store, u"account"_s, u"1"_s));
    }
    RawDatabase raw(path());
    QCOMPARE(raw.value(u"SELECT value FROM meta WHERE name = 'schema_version'"_s).toInt(),
             CacheMigrations::latestVersion());
    QVERIFY(CacheMigrations::latestVersion() >= 2);
    const auto indexes =
            raw.rows(u"SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"_s);
    QStringList names;
    for (const auto &row : indexes)
        names.append(row.first().toString());
    QVERIFY(names.contains(u"documents_by_kind"_s));
    QVERIFY(names.contains(u"documents_by_scope"_s));
    QVERIFY(names.contains(u"documents_by_age"_s));
}

void TestCacheStore::migratesAnOlderFileAndRebuildsANewerOne()
{
    {
        // Version 1 as a released build left it, with one row.
        RawDatabase raw(path());
        QVERIFY(raw.exec(u"CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value BLOB)"_s));
        QVERIFY(raw.exec(u"CREATE TABLE documents (lookup BLOB PRIMARY KEY NOT NULL, scope_tag "
                         u"BLOB NOT NULL,"
                         " kind_tag BLOB NOT NULL, sealed_key BLOB NOT NULL, sealed BLOB NOT NULL,"
                         " stored_at INTEGER NOT NULL) WITHOUT ROWID"_s));
        QVERIFY(raw.exec(u"CREATE INDEX documents_by_kind ON documents (kind_tag)"_s));
        QVERIFY(raw.exec(u"INSERT INTO meta VALUES ('schema_version', 1)"_s));
        QVERIFY(raw.exec(u"INSERT INTO documents VALUES (x'01', x'02', x'03', x'04', x'05', 0)"_s));
    }
    {
        auto store = openStore(m_key);
        QVERIFY(store);
    }
    {
        RawDatabase raw(path());
        QCOMPARE(raw.value(u"SELECT value FROM meta WHERE name = 'schema_version'"_s).toInt(), 2);
        QCOMPARE(raw.value(u"SELECT count(*) FROM documents"_s).toInt(),
                 1); // kept: 1→2 adds, drops nothing
        QCOMPARE(
                raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'documents_by_scope'"_s)
                        .toInt(),
                1);
        // Now pretend a newer Gatehouse wrote it.
        QVERIFY(raw.exec(u"UPDATE meta SET value = 99 WHERE name = 'schema_version'"_s));
        QVERIFY(raw.exec(u"CREATE TABLE from_the_future (x)"_s));
    }
    {
        auto store = openStore(m_key);
        QVERIFY(store);
        store->put(u"account"_s, u"1"_s, account(1));
        QVERIFY(get(*store, u"account"_s, u"1"_s));
    }
    RawDatabase raw(path());
    QCOMPARE(raw.value(u"SELECT value FROM meta WHERE name = 'schema_version'"_s).toInt(),
             CacheMigrations::latestVersion());
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'from_the_future'"_s)
                     .toInt(),
             0);
}

void TestCacheStore::rebuildsAFileThatIsNotADatabase()
{
    {
        QFile junk(path());
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
    }
    auto store = openStore(m_key);
    QVERIFY(store);
    store->put(u"account"_s, u"1"_s, account(1));
    QVERIFY(get(*store, u"account"_s, u"1"_s));
}

void TestCacheStore::pragmasAreSet()
{
    auto store = openStore(m_key);
    QVERIFY(store);
    store->put(u"account"_s, u"1"_s, account(1));
    QVERIFY(get(*store, u"account"_s, u"1"_s));
    // journal_mode is persistent in the file; the others are per connection, so the
    // store's choice shows in its effects: the WAL file beside the database.
    RawDatabase raw(path());
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QVERIFY(QFile::exists(path() + u"-wal"_s));
    QVERIFY(QFile::exists(path() + u"-shm"_s));
}

void TestCacheStore::removeScopeAndWipe()
{
    auto store = openStore(m_key, u"a"_s);
    QVERIFY(store);
    store->put(u"account"_s, u"1"_s, account(1));
    store->setScope(u"b"_s);
    store->put(u"account"_s, u"1"_s, account(2));
    store->removeScope(u"a"_s);
    QCOMPARE(get(*store, u"account"_s, u"1"_s)->document, account(2));
    store->setScope(u"a"_s);
    QVERIFY(!get(*store, u"account"_s, u"1"_s));

    bool wiped = false;
    store->wipe(this, [&] { wiped = true; });
    QTRY_VERIFY(wiped);
    store->setScope(u"b"_s);
    QVERIFY(!get(*store, u"account"_s, u"1"_s));
    RawDatabase raw(path());
    QCOMPARE(raw.value(u"SELECT count(*) FROM documents"_s).toInt(), 0);
}

void TestCacheStore::noAnswerOnceTheContextIsGone()
{
    auto store = openStore(m_key);
    QVERIFY(store);
    store->put(u"account"_s, u"1"_s, account(1));
    auto *pane = new QObject;
    bool called = false;
    store->get(u"account"_s, u"1"_s, pane, [&](std::optional<CachedDocument>) { called = true; });
    delete pane;
    QVERIFY(get(*store, u"account"_s, u"1"_s)); // answered after the first would have been
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestCacheStore::closedBeforeItOpenedStaysClosed()
{
    CacheStore store(path());
    QSignalSpy opened(&store, &CacheStore::opened);
    store.open(m_key);
    store.close(); // sign-out while the file was still opening
    QTest::qWait(300);
    QVERIFY(opened.isEmpty());
    QVERIFY(!store.isOpen());
    store.open(m_key);
    QVERIFY(opened.wait(10000));
    QVERIFY(store.isOpen());
}

void TestCacheStore::binarySnapshots()
{
    // A queue snapshot: binary, sealed like a document, bound to its row.
    QByteArray blob(200000, Qt::Uninitialized);
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = char(i * 7);
    blob.replace(5000, 18, "11010519491231002X");
    {
        auto store = openStore(m_key);
        store->putBlob(u"queue_snapshot"_s, u"workspace-applications"_s, blob);
        const auto back = get(*store, u"queue_snapshot"_s, u"workspace-applications"_s);
        QVERIFY(back);
        QCOMPARE(back->blob, blob);
        QVERIFY(back->document.isEmpty());
        QVERIFY(back->fetchedAt.isValid());
        QVERIFY(!get(*store, u"queue_snapshot"_s, u"enterprise-verifications"_s));
    }
    QVERIFY(!everythingOnDisk().contains("11010519491231002X"));
    auto reopened = openStore(m_key);
    QCOMPARE(get(*reopened, u"queue_snapshot"_s, u"workspace-applications"_s)->blob, blob);
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
