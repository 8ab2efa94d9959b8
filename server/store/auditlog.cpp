#include "store/auditlog.h"

#include "domain/clock.h"
#include "domain/jsontime.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString kGenesis = QString(64, u'0');
// Any fixed number; only audit appends take this advisory lock.
constexpr qint64 kAppendLockKey = 0x6761746568736531; // "gatehse1"

AuditEntry fromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.platformOrgId = q.value(1).toLongLong();
    e.at = q.value(2).toLongLong();
    e.actorId = q.value(3).toLongLong();
    e.actorName = q.value(4).toString();
    e.actorRole = q.value(5).toString();
    e.requestId = q.value(6).toString();
    e.action = q.value(7).toString();
    e.targetType = q.value(8).toString();
    e.targetId = q.value(9).toString();
    e.targetName = q.value(10).toString();
    e.before = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    e.after = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    e.reason = q.value(13).toString();
    e.result = q.value(14).toString();
    e.prevHash = q.value(15).toString();
    e.hash = q.value(16).toString();
    return e;
}

const QString kColumns = u"id, platform_org_id, at, actor_id, actor_name, actor_role, request_id,"
                         " action, target_type, target_id, target_name, before_json, after_json,"
                         " reason, result, prev_hash, hash"_s;

// Text as the store will give it back: a lone surrogate cannot be stored as
// UTF-8 and NUL cannot be stored by PostgreSQL, so both become U+FFFD before the
// row is hashed. Otherwise the row read back would not match its own hash.
QString storable(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c.isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0)
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QJsonValue storable(const QJsonValue &value)
{
    if (value.isString())
        return storable(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        const QJsonArray source = value.toArray();
        for (const QJsonValue &v : source)
            array.append(storable(v));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(storable(it.key()), storable(it.value()));
        return object;
    }
    return value;
}

void makeStorable(AuditEntry &e)
{
    for (QString *text : {&e.actorName, &e.actorRole, &e.requestId, &e.action, &e.targetType,
                          &e.targetId, &e.targetName, &e.reason, &e.result})
        *text = storable(*text);
    e.before = storable(QJsonValue(e.before)).toObject();
    e.after = storable(QJsonValue(e.after)).toObject();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return {{u"id"_s, id},
            {u"at"_s, JsonTime::formatMs(at)},
            {u"actor"_s,
             QJsonObject{{u"id"_s, actorId}, {u"name"_s, actorName}, {u"role"_s, actorRole}}},
            {u"request_id"_s, requestId},
            {u"action"_s, action},
            {u"target"_s,
             QJsonObject{{u"type"_s, targetType}, {u"id"_s, targetId}, {u"name"_s, targetName}}},
            {u"before"_s, before},
            {u"after"_s, after},
            {u"reason"_s, reason},
            {u"result"_s, result},
            {u"hash"_s, hash}};
}

AuditLog::AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    // Field order is fixed by the array, so the bytes do not depend on a map's order.
    const QJsonArray row{e.id,
                         e.platformOrgId,
                         e.at,
                         e.actorId,
                         e.actorName,
                         e.actorRole,
                         e.requestId,
                         e.action,
                         e.targetType,
                         e.targetId,
                         e.targetName,
                         compact(e.before),
                         compact(e.after),
                         e.reason,
                         e.result};
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEntry &entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical(entry));
    return QString::fromLatin1(h.result().toHex());
}

void AuditLog::append(AuditEntry &entry)
{
    m_db.transaction([&] {
        if (m_db.kind() == Database::Kind::PostgreSql) {
            // Appends from several server processes must not fork the chain. An
            // advisory lock, held to the end of the transaction: LOCK TABLE in a
            // mode that serialises appenders needs UPDATE/DELETE on audit_log,
            // which gatehouse_app deliberately does not hold.
            QSqlQuery &lock = m_db.prepare(u"SELECT pg_advisory_xact_lock(:key)"_s);
            lock.bindValue(u":key"_s, kAppendLockKey);
            m_db.exec(lock);
            lock.finish();
        }
        QSqlQuery &last =
                m_db.prepare(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        m_db.exec(last);
        qint64 lastId = 0;
        QString prev = kGenesis;
        if (last.next()) {
            lastId = last.value(0).toLongLong();
            prev = last.value(1).toString();
        }
        last.finish();
        makeStorable(entry);
        entry.id = lastId + 1;
        entry.at = m_clock.nowMs();
        entry.prevHash = prev;
        entry.hash = chainHash(prev, entry);
        QSqlQuery &q = m_db.prepare(
                u"INSERT INTO audit_log (id, platform_org_id, at, actor_id, actor_name, actor_role,"
                " request_id, action, target_type, target_id, target_name, before_json, after_json,"
                " reason, result, prev_hash, hash) VALUES (:id, :org, :at, :actor_id, :actor_name,"
                " :actor_role, :request_id, :action, :target_type, :target_id, :target_name,"
                " :before, :after, :reason, :result, :prev, :hash)"_s);
        q.bindValue(u":id"_s, entry.id);
        q.bindValue(u":org"_s, entry.platformOrgId ? QVariant(entry.platformOrgId) : QVariant());
        q.bindValue(u":at"_s, entry.at);
        q.bindValue(u":actor_id"_s, entry.actorId ? QVariant(entry.actorId) : QVariant());
        q.bindValue(u":actor_name"_s, Database::text(entry.actorName));
        q.bindValue(u":actor_role"_s, Database::text(entry.actorRole));
        q.bindValue(u":request_id"_s, Database::text(entry.requestId));
        q.bindValue(u":action"_s, Database::text(entry.action));
        q.bindValue(u":target_type"_s, Database::text(entry.targetType));
        q.bindValue(u":target_id"_s, Database::text(entry.targetId));
        q.bindValue(u":target_name"_s, Database::text(entry.targetName));
        q.bindValue(u":before"_s, compact(entry.before));
        q.bindValue(u":after"_s, compact(entry.after));
        q.bindValue(u":reason"_s, Database::text(entry.reason));
        q.bindValue(u":result"_s, Database::text(entry.result));
        q.bindValue(u":prev"_s, entry.prevHash);
        q.bindValue(u":hash"_s, entry.hash);
        m_db.exec(q);
    });
}

AuditChainCheck AuditLog::verify()
{
    AuditChainCheck check;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM audit_log ORDER BY id"_s))
        throw StoreError(u"audit verification query failed"_s);
    QString prev = kGenesis;
    while (q.next()) {
        const AuditEntry e = fromQuery(q);
        ++check.rowsChecked;
        if (e.prevHash != prev || chainHash(prev, e) != e.hash) {
            check.intact = false;
            check.firstBrokenId = e.id;
            break;
        }
        prev = e.hash;
    }
    return check;
}

QList<AuditEntry> AuditLog::list(const Filter &f)
{
    // Unscoped rows are staff sign-in attempts, before an organization was chosen.
    QString sql = u"SELECT "_s + kColumns
            + u" FROM audit_log WHERE (platform_org_id = :org OR platform_org_id IS NULL)"_s;
    if (!f.targetType.isEmpty())
        sql += u" AND target_type = :target_type"_s;
    if (!f.targetId.isEmpty())
        sql += u" AND target_id = :target_id"_s;
    if (f.actorId)
        sql += u" AND actor_id = :actor_id"_s;
    if (!f.action.isEmpty())
        sql += u" AND action = :action"_s;
    if (f.beforeId)
        sql += u" AND id < :before_id"_s;
    sql += u" ORDER BY id DESC LIMIT :limit"_s;
    QSqlQuery &q = m_db.prepare(sql);
    q.bindValue(u":org"_s, f.platformOrgId);
    if (!f.targetType.isEmpty())
        q.bindValue(u":target_type"_s, f.targetType);
    if (!f.targetId.isEmpty())
        q.bindValue(u":target_id"_s, f.targetId);
    if (f.actorId)
        q.bindValue(u":actor_id"_s, f.actorId);
    if (!f.action.isEmpty())
        q.bindValue(u":action"_s, f.action);
    if (f.beforeId)
        q.bindValue(u":before_id"_s, f.beforeId);
    q.bindValue(u":limit"_s, f.limit);
    m_db.exec(q);
    QList<AuditEntry> rows;
    while (q.next())
        rows.append(fromQuery(q));
    q.finish();
    return rows;
}
