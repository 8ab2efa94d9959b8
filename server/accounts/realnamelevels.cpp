#include "accounts/realnamelevels.h"

#include "accounts/accountdetail.h"
#include "domain/jsontime.h"
#include "domain/personaldatamask.h"
#include "domain/smsquota.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// ID cards are valid through their last day in China Standard Time.
QString chinaToday(qint64 now)
{
    return QDateTime::fromMSecsSinceEpoch(now + SmsQuota::kChinaOffsetMs, Qt::UTC)
            .date()
            .toString(Qt::ISODate);
}

const QString kEligible = u"r.level = 4 AND r.four_element_state = 'passed' AND"
                          " (r.id_valid_to IS NULL OR r.id_valid_to >= :today)"_s;

QString encodeCursor(qint64 verifiedAt, qint64 accountId)
{
    return QString::number(verifiedAt) + u'.' + QString::number(accountId);
}

bool decodeCursor(const QString &text, qint64 *verifiedAt, qint64 *accountId)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || text.size() > 40)
        return false;
    bool a = false;
    bool b = false;
    *verifiedAt = QStringView(text).first(dot).toLongLong(&a);
    *accountId = QStringView(text).sliced(dot + 1).toLongLong(&b);
    return a && b && *accountId > 0;
}

} // namespace

RealnameLevels::RealnameLevels(Database &db) : m_db(db) { }

QJsonObject RealnameLevels::counts(qint64 orgId, qint64 now)
{
    QJsonArray levels;
    qint64 withRecord = 0;
    {
        QSqlQuery &q = m_db.prepare(u"SELECT r.level, COUNT(*) FROM realname_records r"
                                    " WHERE r.platform_org_id = :org GROUP BY r.level"
                                    " ORDER BY r.level"_s);
        q.bindValue(u":org"_s, orgId);
        m_db.exec(q);
        QMap<int, qint64> byLevel{{3, 0}, {4, 0}};
        while (q.next())
            byLevel[q.value(0).toInt()] = q.value(1).toLongLong();
        q.finish();
        for (auto it = byLevel.begin(); it != byLevel.end(); ++it) {
            levels.append(QJsonObject{{u"level"_s, it.key()}, {u"count"_s, it.value()}});
            withRecord += it.value();
        }
    }
    QSqlQuery &e = m_db.prepare(u"SELECT COUNT(*) FROM realname_records r WHERE"
                                " r.platform_org_id = :org AND "_s
                                + kEligible);
    e.bindValue(u":org"_s, orgId);
    e.bindValue(u":today"_s, chinaToday(now));
    m_db.exec(e);
    const qint64 eligible = e.next() ? e.value(0).toLongLong() : 0;
    e.finish();
    QSqlQuery &a = m_db.prepare(u"SELECT COUNT(*) FROM accounts WHERE platform_org_id = :org"_s);
    a.bindValue(u":org"_s, orgId);
    m_db.exec(a);
    const qint64 accounts = a.next() ? a.value(0).toLongLong() : 0;
    a.finish();
    return QJsonObject{{u"levels"_s, levels},
                       {u"accounts"_s, accounts},
                       {u"without_record"_s, accounts - withRecord},
                       {u"eligible_for_business_registration"_s, eligible},
                       {u"as_of"_s, JsonTime::formatMs(now)}};
}

bool RealnameLevels::list(qint64 orgId, const Filter &filter, qint64 now, QJsonObject *page)
{
    qint64 afterVerified = 0;
    qint64 afterAccount = 0;
    if (!filter.cursor.isEmpty() && !decodeCursor(filter.cursor, &afterVerified, &afterAccount))
        return false;
    QString where = u" WHERE r.platform_org_id = :org"_s;
    QVariantMap binds{{u":org"_s, orgId}};
    // Eligibility means level 4: saying so lets the level index serve the query.
    // A level asked for stays as asked: level 3 and eligible is no record at all.
    const int level = filter.level > 0 ? filter.level : (filter.eligible.value_or(false) ? 4 : 0);
    if (level > 0) {
        where += u" AND r.level = :level"_s;
        binds.insert(u":level"_s, level);
    }
    if (filter.eligible) {
        where += *filter.eligible ? QString(u" AND "_s + kEligible)
                                  : QString(u" AND NOT ("_s + kEligible + u')');
        binds.insert(u":today"_s, chinaToday(now));
    }
    if (filter.verifiedFrom > 0) {
        where += u" AND r.verified_at >= :from"_s;
        binds.insert(u":from"_s, filter.verifiedFrom);
    }
    if (filter.verifiedTo > 0) {
        where += u" AND r.verified_at < :to"_s;
        binds.insert(u":to"_s, filter.verifiedTo);
    }
    const auto bindAll = [&binds](QSqlQuery &q) {
        for (auto it = binds.begin(); it != binds.end(); ++it)
            q.bindValue(it.key(), it.value());
    };

    QSqlQuery &c = m_db.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM realname_records r"_s + where
                                + u" LIMIT "_s + QString::number(kCountCap + 1) + u") capped"_s);
    bindAll(c);
    m_db.exec(c);
    const qint64 counted = c.next() ? c.value(0).toLongLong() : 0;
    c.finish();

    QString sql = u"SELECT r.account_id, a.display_name, a.username, a.status, r.level,"
                  " r.id_number, r.id_valid_to, r.four_element_state, r.verified_at,"
                  " r.face_verified_at FROM realname_records r JOIN accounts a"
                  " ON a.id = r.account_id"_s
            + where;
    if (afterAccount > 0) {
        sql += u" AND r.verified_at <= :after_verified AND (r.verified_at < :after_verified2"
               " OR r.account_id < :after_account)"_s;
    }
    const int limit = std::clamp(filter.limit, 1, kMaxLimit);
    sql += u" ORDER BY r.verified_at DESC, r.account_id DESC LIMIT :limit"_s;
    QSqlQuery &q = m_db.prepare(sql);
    bindAll(q);
    q.bindValue(u":limit"_s, limit + 1);
    if (afterAccount > 0) {
        q.bindValue(u":after_verified"_s, afterVerified);
        q.bindValue(u":after_verified2"_s, afterVerified);
        q.bindValue(u":after_account"_s, afterAccount);
    }
    m_db.exec(q);
    QJsonArray items;
    QString next;
    qint64 lastVerified = 0;
    qint64 lastAccount = 0;
    while (q.next()) {
        if (items.size() == limit) {
            next = encodeCursor(lastVerified, lastAccount);
            break;
        }
        lastAccount = q.value(0).toLongLong();
        lastVerified = q.value(8).toLongLong();
        const QString validTo = q.value(6).toString();
        const QJsonObject eligibility =
                AccountDetail::eligibility(q.value(4).toInt(), q.value(7).toString(), validTo, now);
        items.append(QJsonObject{
                {u"account_id"_s, lastAccount},
                {u"display_name"_s, q.value(1).toString()},
                {u"username"_s,
                 q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toString())},
                {u"status"_s, q.value(3).toString()},
                {u"level"_s, q.value(4).toInt()},
                {u"id_number"_s, PersonalDataMask::residentId(q.value(5).toString())},
                {u"id_valid_to"_s, validTo.isEmpty() ? QJsonValue() : QJsonValue(validTo)},
                {u"long_term"_s, validTo.isEmpty()},
                {u"four_element_state"_s, q.value(7).toString()},
                {u"verified_at"_s, JsonTime::formatMs(lastVerified)},
                {u"face_verified_at"_s,
                 q.value(9).isNull() ? QJsonValue()
                                     : QJsonValue(JsonTime::formatMs(q.value(9).toLongLong()))},
                {u"eligible_for_business_registration"_s, eligibility.value(u"eligible"_s)},
                {u"ineligible_reason"_s, eligibility.value(u"reason"_s)}});
    }
    q.finish();
    *page = QJsonObject{{u"items"_s, items},
                        {u"total"_s, std::min<qint64>(counted, kCountCap)},
                        {u"total_exact"_s, counted <= kCountCap},
                        {u"next_cursor"_s, next.isEmpty() ? QJsonValue() : QJsonValue(next)}};
    return true;
}
