#include "queues/idempotencystore.h"

#include "store/database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

IdempotencyStore::IdempotencyStore(Database &db) : m_db(db) { }

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(qint64 staffId, const QString &key)
{
    QSqlQuery &q = m_db.prepare(u"SELECT request_hash, status, response_body FROM idempotency_keys"
                                " WHERE staff_id = :s AND idempotency_key = :k"_s);
    q.bindValue(u":s"_s, staffId);
    q.bindValue(u":k"_s, key);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    Stored s{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString().toUtf8()};
    q.finish();
    return s;
}

void IdempotencyStore::save(qint64 staffId, const QString &key, const QString &requestHash,
                            int status, const QByteArray &body, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO idempotency_keys (staff_id, idempotency_key, request_hash, status,"
            " response_body, created_at) VALUES (:s, :k, :h, :st, :b, :t)"_s);
    q.bindValue(u":s"_s, staffId);
    q.bindValue(u":k"_s, key);
    q.bindValue(u":h"_s, requestHash);
    q.bindValue(u":st"_s, status);
    q.bindValue(u":b"_s, QString::fromUtf8(body));
    q.bindValue(u":t"_s, now);
    m_db.exec(q);
}

void IdempotencyStore::purgeOlderThan(qint64 cutoff)
{
    QSqlQuery &q = m_db.prepare(u"DELETE FROM idempotency_keys WHERE created_at < :c"_s);
    q.bindValue(u":c"_s, cutoff);
    m_db.exec(q);
}

bool IdempotencyStore::isWellFormed(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 128)
        return false;
    for (char c : key) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

QString IdempotencyStore::requestHash(const QByteArray &method, const QString &path,
                                      const QByteArray &ifMatch, const QByteArray &body)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(method);
    h.addData("\n");
    h.addData(path.toUtf8());
    h.addData("\n");
    h.addData(ifMatch.trimmed());
    h.addData("\n");
    h.addData(body);
    return QString::fromLatin1(h.result().toHex());
}
