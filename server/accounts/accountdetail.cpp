#include "accounts/accountdetail.h"

#include "accounts/accountstore.h"
#include "accounts/openplatformstore.h"
#include "accounts/smsquotaservice.h"
#include "domain/jsontime.h"
#include "domain/personaldatamask.h"
#include "domain/smsquota.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(JsonTime::formatMs(ms)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue maskedOrNull(const QString &s, QString (*mask)(QStringView))
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(mask(s));
}

// ID cards expire at the end of their last day in China Standard Time.
QString chinaToday(qint64 now)
{
    return QDateTime::fromMSecsSinceEpoch(now + SmsQuota::kChinaOffsetMs, Qt::UTC)
            .date()
            .toString(Qt::ISODate);
}

constexpr int kRecentSignIns = 20;
constexpr int kRecentSessions = 20;
constexpr int kOrganizationsCap = 200;

} // namespace

AccountDetail::AccountDetail(Database &db, SmsQuotaService &sms, OpenPlatformStore &openPlatform)
    : m_db(db), m_sms(sms), m_openPlatform(openPlatform)
{ }

QJsonObject AccountDetail::profile(const AccountCore &a, qint64 now)
{
    QJsonObject lock;
    if (a.status == u"locked") {
        lock = QJsonObject{{u"until"_s, timeOrNull(a.lockedUntil)},
                           {u"reason"_s, textOrNull(a.lockReason)},
                           // A lock whose time ran out no longer stops a sign-in.
                           {u"in_effect"_s, a.lockedUntil == 0 || a.lockedUntil > now}};
    }
    return QJsonObject{
            {u"id"_s, a.id},
            {u"username"_s, textOrNull(a.username)},
            {u"display_name"_s, a.displayName},
            {u"name_latin"_s, textOrNull(a.nameLatin)},
            {u"email"_s, maskedOrNull(a.email, &PersonalDataMask::email)},
            {u"mobile"_s, maskedOrNull(a.mobile, &PersonalDataMask::mobile)},
            {u"account_type"_s, a.accountType},
            {u"status"_s, a.status},
            {u"lock"_s, lock.isEmpty() ? QJsonValue() : QJsonValue(lock)},
            {u"disabled_reason"_s,
             a.status == u"disabled" ? textOrNull(a.disabledReason) : QJsonValue()},
            {u"password"_s,
             QJsonObject{{u"set"_s, a.passwordSet},
                         {u"must_change"_s, a.mustChangePassword},
                         {u"reset_at"_s, timeOrNull(a.passwordResetAt)},
                         {u"reset_link_expires_at"_s,
                          a.resetLinkPending && a.passwordResetExpiresAt > now
                                  ? QJsonValue(JsonTime::formatMs(a.passwordResetExpiresAt))
                                  : QJsonValue()}}},
            // Seed 003 §IV: registered by a third-party platform, no password yet.
            {u"created_by_agent"_s, a.createdByAgent},
            {u"preferred_language"_s, a.preferredLanguage},
            {u"created_at"_s, JsonTime::formatMs(a.createdAt)},
            {u"activated_at"_s, timeOrNull(a.activatedAt)},
            {u"activation_sent_at"_s, timeOrNull(a.activationSentAt)},
            {u"last_sign_in_at"_s, timeOrNull(a.lastSignInAt)},
            {u"version"_s, a.version}};
}

QJsonObject AccountDetail::eligibility(int level, const QString &fourElementState,
                                       const QString &validTo, qint64 now)
{
    QString reason;
    if (level == 0)
        reason = u"no_realname_record"_s;
    else if (level < 4)
        reason = u"level_below_4"_s;
    else if (fourElementState != u"passed")
        reason = u"four_element_check_not_passed"_s;
    else if (!validTo.isEmpty() && validTo < chinaToday(now))
        reason = u"id_card_expired"_s;
    return QJsonObject{{u"eligible"_s, reason.isEmpty()}, {u"reason"_s, textOrNull(reason)}};
}

QJsonObject AccountDetail::build(const AccountCore &a, qint64 now)
{
    QJsonObject o = profile(a, now);
    o.insert(u"login_methods"_s, loginMethods(a.id));
    o.insert(u"recent_sign_ins"_s, signIns(a.id));
    const QJsonArray sessionList = sessions(a.id);
    int open = 0;
    for (const QJsonValue &s : sessionList)
        open += s.toObject().value(u"open"_s).toBool() ? 1 : 0;
    o.insert(u"sessions"_s, sessionList);
    o.insert(u"open_sessions"_s, open);
    o.insert(u"organizations"_s, organizations(a.id));
    const QJsonValue record = realname(a.id, now);
    o.insert(u"realname"_s, record);
    const QJsonObject r = record.toObject();
    o.insert(u"business_registration"_s,
             eligibility(r.value(u"level"_s).toInt(), r.value(u"four_element_state"_s).toString(),
                         r.value(u"id_valid_to"_s).toString(), now));
    o.insert(u"sms"_s, a.mobile.isEmpty() ? QJsonValue() : QJsonValue(m_sms.toJson(a.mobile, now)));
    o.insert(u"open_platform"_s, m_openPlatform.forAccount(a.platformOrgId, a.id));
    return o;
}

QJsonArray AccountDetail::loginMethods(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT method FROM account_login_methods"
                                " WHERE account_id = :id ORDER BY method"_s);
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    QJsonArray methods;
    while (q.next())
        methods.append(q.value(0).toString());
    q.finish();
    return methods;
}

QJsonArray AccountDetail::signIns(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT at, method, ip, result FROM account_sign_ins"
                                " WHERE account_id = :id ORDER BY at DESC, id DESC LIMIT "_s
                                + QString::number(kRecentSignIns));
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    QJsonArray list;
    while (q.next()) {
        list.append(QJsonObject{{u"at"_s, JsonTime::formatMs(q.value(0).toLongLong())},
                                {u"method"_s, q.value(1).toString()},
                                {u"ip"_s, textOrNull(q.value(2).toString())},
                                {u"result"_s, q.value(3).toString()}});
    }
    q.finish();
    return list;
}

QJsonArray AccountDetail::sessions(qint64 accountId)
{
    // Open sessions first (they are what "end sessions" ends), then the latest ended.
    QSqlQuery &q = m_db.prepare(
            u"SELECT id, started_at, last_seen_at, device, ip, ended_at FROM account_sessions"
            " WHERE account_id = :id ORDER BY ended_at IS NOT NULL, started_at DESC, id DESC"
            " LIMIT "_s
            + QString::number(kRecentSessions));
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    QJsonArray list;
    while (q.next()) {
        const qint64 ended = q.value(5).toLongLong();
        list.append(QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                                {u"started_at"_s, JsonTime::formatMs(q.value(1).toLongLong())},
                                {u"last_seen_at"_s, JsonTime::formatMs(q.value(2).toLongLong())},
                                {u"device"_s, textOrNull(q.value(3).toString())},
                                {u"ip"_s, textOrNull(q.value(4).toString())},
                                {u"ended_at"_s, timeOrNull(ended)},
                                {u"open"_s, ended == 0}});
    }
    q.finish();
    return list;
}

QJsonArray AccountDetail::organizations(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT o.id, o.name, o.org_type, m.role, m.title, d.id, d.name, m.joined_at,"
            " o.owner_account_id = m.account_id FROM organization_members m"
            " JOIN organizations o ON o.id = m.organization_id"
            " LEFT JOIN departments d ON d.id = m.department_id"
            " WHERE m.account_id = :id ORDER BY m.joined_at, o.id LIMIT "_s
            + QString::number(kOrganizationsCap));
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    QJsonArray list;
    while (q.next()) {
        const qint64 department = q.value(5).toLongLong();
        list.append(QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                                {u"name"_s, q.value(1).toString()},
                                {u"type"_s, q.value(2).toString()},
                                {u"role"_s, q.value(3).toString()},
                                {u"title"_s, textOrNull(q.value(4).toString())},
                                {u"department"_s,
                                 department > 0 ? QJsonValue(QJsonObject{
                                         {u"id"_s, department}, {u"name"_s, q.value(6).toString()}})
                                                : QJsonValue()},
                                {u"joined_at"_s, JsonTime::formatMs(q.value(7).toLongLong())},
                                {u"is_owner"_s, q.value(8).toBool()}});
    }
    q.finish();
    return list;
}

QJsonValue AccountDetail::realname(qint64 accountId, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT level, legal_name, id_number, id_valid_from, id_valid_to, validity_years,"
            " four_element_state, verified_at, face_verified_at, version"
            " FROM realname_records WHERE account_id = :id"_s);
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    if (!q.next())
        return QJsonValue();
    const QString validTo = q.value(4).toString();
    QJsonObject record{{u"level"_s, q.value(0).toInt()},
                       {u"legal_name"_s, q.value(1).toString()},
                       {u"id_number"_s, PersonalDataMask::residentId(q.value(2).toString())},
                       {u"id_valid_from"_s, q.value(3).toString()},
                       // No end date: the card is valid long-term (长期有效).
                       {u"id_valid_to"_s, textOrNull(validTo)},
                       {u"long_term"_s, validTo.isEmpty()},
                       {u"validity_years"_s,
                        q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toInt())},
                       {u"id_expired"_s, !validTo.isEmpty() && validTo < chinaToday(now)},
                       {u"four_element_state"_s, q.value(6).toString()},
                       {u"verified_at"_s, JsonTime::formatMs(q.value(7).toLongLong())},
                       {u"face_verified_at"_s, timeOrNull(q.value(8).toLongLong())},
                       {u"version"_s, q.value(9).toInt()}};
    q.finish();

    QSqlQuery &h = m_db.prepare(u"SELECT at, from_level, to_level, method, actor, note"
                                " FROM realname_history WHERE account_id = :id ORDER BY at, id"_s);
    h.bindValue(u":id"_s, accountId);
    m_db.exec(h);
    QJsonArray history;
    while (h.next()) {
        history.append(
                QJsonObject{{u"at"_s, JsonTime::formatMs(h.value(0).toLongLong())},
                            {u"from_level"_s,
                             h.value(1).isNull() ? QJsonValue() : QJsonValue(h.value(1).toInt())},
                            {u"to_level"_s, h.value(2).toInt()},
                            {u"method"_s, h.value(3).toString()},
                            {u"actor"_s, h.value(4).toString()},
                            {u"note"_s, textOrNull(h.value(5).toString())}});
    }
    h.finish();
    record.insert(u"history"_s, history);
    return record;
}
