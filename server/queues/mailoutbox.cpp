#include "queues/mailoutbox.h"

#include "domain/jsontime.h"
#include "queues/decisionmail.h"
#include "store/database.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

MailOutbox::MailOutbox(Database &db) : m_db(db) { }

qint64 MailOutbox::queue(qint64 orgId, const DecisionMail &mail, const QString &relatedType,
                         const QString &relatedId, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO mail_outbox (platform_org_id, recipient, language, subject, body,"
            " related_type, related_id, created_at) VALUES (:o, :r, :l, :s, :b, :rt, :ri, :t)"
            " RETURNING id"_s);
    q.bindValue(u":o"_s, orgId);
    q.bindValue(u":r"_s, Database::text(mail.recipient));
    q.bindValue(u":l"_s, mail.language);
    q.bindValue(u":s"_s, mail.subject);
    q.bindValue(u":b"_s, mail.body);
    q.bindValue(u":rt"_s, relatedType);
    q.bindValue(u":ri"_s, relatedId);
    q.bindValue(u":t"_s, now);
    m_db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QJsonArray MailOutbox::list(qint64 orgId, const QString &relatedType, const QString &relatedId,
                            qint64 beforeId, int limit)
{
    QString sql = u"SELECT id, recipient, language, subject, body, related_type, related_id, "
                  u"created_at, status"
                  " FROM mail_outbox WHERE platform_org_id = :o"_s;
    if (!relatedType.isEmpty())
        sql += u" AND related_type = :rt AND related_id = :ri"_s;
    if (beforeId)
        sql += u" AND id < :b"_s;
    sql += u" ORDER BY id DESC LIMIT :l"_s;
    QSqlQuery &q = m_db.prepare(sql);
    q.bindValue(u":o"_s, orgId);
    if (!relatedType.isEmpty()) {
        q.bindValue(u":rt"_s, relatedType);
        q.bindValue(u":ri"_s, relatedId);
    }
    if (beforeId)
        q.bindValue(u":b"_s, beforeId);
    q.bindValue(u":l"_s, limit);
    m_db.exec(q);
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject{
                {u"id"_s, q.value(0).toLongLong()},
                {u"recipient"_s, q.value(1).toString()},
                {u"language"_s, q.value(2).toString()},
                {u"subject"_s, q.value(3).toString()},
                {u"body"_s, q.value(4).toString()},
                {u"related"_s,
                 QJsonObject{{u"type"_s, q.value(5).toString()}, {u"id"_s, q.value(6).toString()}}},
                {u"created_at"_s, JsonTime::formatMs(q.value(7).toLongLong())},
                {u"status"_s, q.value(8).toString()}});
    }
    q.finish();
    return items;
}
