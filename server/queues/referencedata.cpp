#include "queues/referencedata.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

ReferenceData::ReferenceData(Database &db) : m_db(db) { }

QList<ReasonCode> ReferenceData::reasonCodes(const QString &kind)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT code, kind, text_en, text_zh, requires_text FROM reason_codes"
            " WHERE active = 1 AND (:k1 = '' OR kind = :k2 OR kind = 'any') ORDER BY sort_key, code"_s);
    q.bindValue(u":k1"_s, Database::text(kind));
    q.bindValue(u":k2"_s, Database::text(kind));
    m_db.exec(q);
    QList<ReasonCode> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toInt() != 0});
    q.finish();
    return list;
}

std::optional<ReasonCode> ReferenceData::reasonCode(const QString &code)
{
    QSqlQuery &q =
            m_db.prepare(u"SELECT code, kind, text_en, text_zh, requires_text FROM reason_codes"
                         " WHERE code = :c AND active = 1"_s);
    q.bindValue(u":c"_s, code);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    ReasonCode r{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString(), q.value(4).toInt() != 0};
    q.finish();
    return r;
}

void ReferenceData::saveReasonCode(const ReasonCode &r, bool active, int sortKey)
{
    QSqlQuery &q = m_db.prepare(u"INSERT INTO reason_codes (code, kind, text_en, text_zh, "
                                u"requires_text, active, sort_key)"
                                " VALUES (:c, :k, :en, :zh, :rt, :a, :s) ON CONFLICT (code) DO "
                                "UPDATE SET kind = excluded.kind,"
                                " text_en = excluded.text_en, text_zh = excluded.text_zh, "
                                "requires_text = excluded.requires_text,"
                                " active = excluded.active, sort_key = excluded.sort_key"_s);
    q.bindValue(u":c"_s, r.code);
    q.bindValue(u":k"_s, r.kind);
    q.bindValue(u":en"_s, r.textEn);
    q.bindValue(u":zh"_s, r.textZh);
    q.bindValue(u":rt"_s, r.requiresText ? 1 : 0);
    q.bindValue(u":a"_s, active ? 1 : 0);
    q.bindValue(u":s"_s, sortKey);
    m_db.exec(q);
}

void ReferenceData::loadCalendar(BusinessCalendar *calendar)
{
    *calendar = BusinessCalendar();
    QSqlQuery &q = m_db.prepare(u"SELECT day, kind FROM calendar_days"_s);
    m_db.exec(q);
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (q.value(1).toString() == u"workday")
            calendar->addWorkday(d);
        else
            calendar->addHoliday(d);
    }
    q.finish();
}

void ReferenceData::saveCalendarDay(QDate day, const QString &kind, const QString &name)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO calendar_days (day, kind, name) VALUES (:d, :k, :n)"
            " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name"_s);
    q.bindValue(u":d"_s, day.toString(Qt::ISODate));
    q.bindValue(u":k"_s, kind);
    q.bindValue(u":n"_s, Database::text(name));
    m_db.exec(q);
}

void ReferenceData::removeCalendarDay(QDate day)
{
    QSqlQuery &q = m_db.prepare(u"DELETE FROM calendar_days WHERE day = :d"_s);
    q.bindValue(u":d"_s, day.toString(Qt::ISODate));
    m_db.exec(q);
}
