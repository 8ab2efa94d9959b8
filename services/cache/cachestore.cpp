#include "services/cache/cachestore.h"

#include "services/cache/cachecipher.h"
#include "services/cache/cacheworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

CacheStore::CacheStore(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_thread(new QThread)
{
    const QString connection = u"gatehouse-cache-%1"_s.arg(quintptr(this), 0, 16);
    m_worker = new CacheWorker(m_path, connection);
    m_worker->moveToThread(m_thread);
    m_thread->setObjectName(u"gatehouse-cache"_s);
    m_thread->start();
}

CacheStore::~CacheStore()
{
    // The one wait on the cache thread, at destruction: queued writes reach the
    // file and its connection closes in the thread that made it.
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

QByteArray CacheStore::newKey()
{
    return CacheCipher::randomKey();
}

void CacheStore::onWorker(std::function<void(CacheWorker &)> work)
{
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, work = std::move(work)] { work(*worker); },
            Qt::QueuedConnection);
}

template<typename Result>
void CacheStore::roundTrip(QObject *context, std::function<Result(CacheWorker &)> work,
                           std::function<void(Result)> reply)
{
    QPointer<QObject> guard(context ? context : this);
    onWorker([this, guard, work = std::move(work), reply = std::move(reply)](CacheWorker &worker) {
        Result result = work(worker);
        // Safe: the destructor waits for the cache thread before this object goes.
        // The guard is only read back on this thread.
        QMetaObject::invokeMethod(
                this,
                [guard, reply, result = std::move(result)] {
                    if (guard && reply)
                        reply(result);
                },
                Qt::QueuedConnection);
    });
}

void CacheStore::open(const QByteArray &key)
{
    const quint64 opening = ++m_openings;
    roundTrip<QString>(
            this, [key](CacheWorker &worker) { return worker.open(key); },
            [this, opening](const QString &error) {
                if (opening != m_openings)
                    return;
                m_open = error.isEmpty();
                emit opened(m_open,
                            m_open ? QString()
                                   : tr("The offline cache could not be opened (%1). "
                                        "Gatehouse works without it.")
                                             .arg(error));
            });
}

void CacheStore::close()
{
    ++m_openings;
    m_open = false;
    onWorker([](CacheWorker &worker) { worker.close(); });
}

void CacheStore::put(const QString &kind, const QString &key, const QJsonObject &document)
{
    QList<CacheWorker::Write> writes{
            {m_scope, kind, key, document, QDateTime::currentDateTimeUtc(), {}, false}};
    onWorker([writes = std::move(writes)](CacheWorker &worker) mutable {
        worker.enqueue(std::move(writes));
    });
}

void CacheStore::putBlob(const QString &kind, const QString &key, const QByteArray &blob)
{
    CacheWorker::Write write{m_scope, kind, key, {}, QDateTime::currentDateTimeUtc(), blob, true};
    QList<CacheWorker::Write> writes{std::move(write)};
    onWorker([writes = std::move(writes)](CacheWorker &worker) mutable {
        worker.enqueue(std::move(writes));
    });
}

void CacheStore::putMany(const QString &kind, const QList<QPair<QString, QJsonObject>> &documents)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<CacheWorker::Write> writes;
    writes.reserve(documents.size());
    for (const auto &[key, document] : documents)
        writes.append({m_scope, kind, key, document, now, {}, false});
    onWorker([writes = std::move(writes)](CacheWorker &worker) mutable {
        worker.enqueue(std::move(writes));
    });
}

void CacheStore::get(const QString &kind, const QString &key, QObject *context,
                     std::function<void(std::optional<CachedDocument>)> done)
{
    roundTrip<std::optional<CachedDocument>>(
            context,
            [scope = m_scope, kind, key](CacheWorker &worker) {
                return worker.get(scope, kind, key);
            },
            std::move(done));
}

void CacheStore::list(const QString &kind, QObject *context,
                      std::function<void(QList<CachedDocument>)> done)
{
    roundTrip<QList<CachedDocument>>(
            context,
            [scope = m_scope, kind](CacheWorker &worker) { return worker.list(scope, kind); },
            std::move(done));
}

void CacheStore::putNow(const QString &kind, const QString &key, const QJsonObject &document,
                        QObject *context, std::function<void(bool)> done)
{
    QList<CacheWorker::Write> writes{
            {m_scope, kind, key, document, QDateTime::currentDateTimeUtc(), {}, false}};
    roundTrip<bool>(
            context,
            [writes = std::move(writes)](CacheWorker &worker) mutable {
                return worker.writeNow(std::move(writes));
            },
            std::move(done));
}

void CacheStore::remove(const QString &kind, const QString &key)
{
    onWorker(
            [scope = m_scope, kind, key](CacheWorker &worker) { worker.remove(scope, kind, key); });
}

void CacheStore::removeScope(const QString &scope)
{
    onWorker([scope](CacheWorker &worker) { worker.removeScope(scope); });
}

void CacheStore::wipe(QObject *context, std::function<void()> done)
{
    roundTrip<bool>(
            context,
            [](CacheWorker &worker) {
                worker.wipe();
                return true;
            },
            [done = std::move(done)](bool) {
                if (done)
                    done();
            });
}
