#include "accounts/smsquotaservice.h"

#include "domain/jsontime.h"
#include "domain/personaldatamask.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// A natural day is at most 24 hours long: older codes never count.
constexpr qint64 kWindowMs = 25 * SmsQuota::kHourMs;

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(JsonTime::formatMs(ms)) : QJsonValue();
}

} // namespace

SmsQuotaService::SmsQuotaService(Database &db) : m_db(db) { }

SmsQuotaService::Reset SmsQuotaService::lastReset(const QString &mobile)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT reset_at, after_send_id FROM sms_quota_resets WHERE mobile = :mobile"_s);
    q.bindValue(u":mobile"_s, mobile);
    m_db.exec(q);
    Reset r;
    if (q.next()) {
        r.at = q.value(0).toLongLong();
        r.afterSendId = q.value(1).toLongLong();
    }
    q.finish();
    return r;
}

SmsQuotaState SmsQuotaService::state(const QString &mobile, qint64 now)
{
    const Reset reset = lastReset(mobile);
    QSqlQuery &q = m_db.prepare(u"SELECT sent_at FROM sms_sends WHERE mobile = :mobile"
                                " AND sent_at > :since AND result = 'sent' AND id > :after"_s);
    q.bindValue(u":mobile"_s, mobile);
    q.bindValue(u":since"_s, now - kWindowMs);
    q.bindValue(u":after"_s, reset.afterSendId);
    m_db.exec(q);
    QList<qint64> sent;
    while (q.next())
        sent.append(q.value(0).toLongLong());
    q.finish();
    return SmsQuota::evaluate(sent, now);
}

SmsQuotaService::Attempt SmsQuotaService::attempt(qint64 accountId, const QString &mobile,
                                                  const QString &purpose, qint64 now)
{
    Attempt a;
    a.before = state(mobile, now);
    a.result = SmsQuota::resultCode(a.before.blockedBy);
    QSqlQuery &q =
            m_db.prepare(u"INSERT INTO sms_sends (account_id, mobile, sent_at, purpose, result)"
                         " VALUES (:account, :mobile, :at, :purpose, :result) RETURNING id"_s);
    q.bindValue(u":account"_s, accountId);
    q.bindValue(u":mobile"_s, mobile);
    q.bindValue(u":at"_s, now);
    q.bindValue(u":purpose"_s, purpose);
    q.bindValue(u":result"_s, a.result);
    m_db.exec(q);
    if (q.next())
        a.sendId = q.value(0).toLongLong();
    q.finish();
    return a;
}

void SmsQuotaService::reset(const QString &mobile, qint64 staffId, qint64 now)
{
    QSqlQuery &last =
            m_db.prepare(u"SELECT COALESCE(MAX(id), 0) FROM sms_sends WHERE mobile = :mobile"_s);
    last.bindValue(u":mobile"_s, mobile);
    m_db.exec(last);
    const qint64 afterId = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    QSqlQuery &q =
            m_db.prepare(u"INSERT INTO sms_quota_resets (mobile, reset_at, after_send_id, staff_id)"
                         " VALUES (:mobile, :at, :after, :staff) ON CONFLICT (mobile) DO UPDATE SET"
                         " reset_at = excluded.reset_at, after_send_id = excluded.after_send_id,"
                         " staff_id = excluded.staff_id"_s);
    q.bindValue(u":mobile"_s, mobile);
    q.bindValue(u":at"_s, now);
    q.bindValue(u":after"_s, afterId);
    q.bindValue(u":staff"_s, staffId);
    m_db.exec(q);
}

QJsonObject SmsQuotaService::toJson(const QString &mobile, qint64 now, int recent)
{
    const SmsQuotaState s = state(mobile, now);
    const Reset reset = lastReset(mobile);
    QJsonArray attempts;
    QSqlQuery &q = m_db.prepare(u"SELECT sent_at, purpose, result FROM sms_sends"
                                " WHERE mobile = :mobile ORDER BY sent_at DESC, id DESC LIMIT "_s
                                + QString::number(recent));
    q.bindValue(u":mobile"_s, mobile);
    m_db.exec(q);
    while (q.next()) {
        attempts.append(QJsonObject{{u"at"_s, JsonTime::formatMs(q.value(0).toLongLong())},
                                    {u"purpose"_s, q.value(1).toString()},
                                    {u"result"_s, q.value(2).toString()}});
    }
    q.finish();
    const QString blocked = SmsQuota::limitCode(s.blockedBy);
    return QJsonObject{{u"mobile"_s, PersonalDataMask::mobile(mobile)},
                       {u"limits"_s,
                        QJsonObject{{u"minute"_s, SmsQuota::kPerMinute},
                                    {u"hour"_s, SmsQuota::kPerHour},
                                    {u"day"_s, SmsQuota::kPerDay}}},
                       {u"sent_last_minute"_s, s.lastMinute},
                       {u"sent_last_hour"_s, s.lastHour},
                       {u"sent_today"_s, s.today},
                       {u"blocked_by"_s, blocked.isEmpty() ? QJsonValue() : QJsonValue(blocked)},
                       {u"next_allowed_at"_s, JsonTime::formatMs(s.nextAllowedAt)},
                       {u"reset_at"_s, timeOrNull(reset.at)},
                       {u"recent"_s, attempts}};
}
