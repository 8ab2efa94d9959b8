#include "accounts/revealservice.h"

#include "accounts/accountstore.h"
#include "domain/accountrecords.h"
#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "domain/jsontime.h"
#include "http/httpresponse.h"
#include "http/requestaudit.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kAction = u"account.reveal"_s;

} // namespace

RevealService::RevealService(Database &db, AccountStore &accounts, AuditLog &audit,
                             const Clock &clock)
    : m_db(db), m_accounts(accounts), m_audit(audit), m_clock(clock)
{ }

QList<qint64> RevealService::recentReveals(qint64 staffId, qint64 now)
{
    QSqlQuery &q =
            m_db.prepare(u"SELECT at FROM audit_log WHERE actor_id = :actor AND action = :action"
                         " AND at > :since AND result = 'success' ORDER BY at LIMIT "_s
                         + QString::number(kPerHour + 1));
    q.bindValue(u":actor"_s, staffId);
    q.bindValue(u":action"_s, kAction);
    q.bindValue(u":since"_s, now - kWindowMs);
    m_db.exec(q);
    QList<qint64> times;
    while (q.next())
        times.append(q.value(0).toLongLong());
    q.finish();
    return times;
}

HttpResponse RevealService::reveal(ApiRequest &r, qint64 accountId)
{
    const auto account = m_accounts.find(r.principal.platformOrgId, accountId);
    if (!account)
        return HttpResponse::problem(404, ProblemCode::NotFound, u"No such account."_s);
    HttpResponse problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const QStringList fields = f.optionalStringList(u"fields"_s, 3, 32);
    const QString reason = f.requiredString(u"reason"_s, 500);
    f.finish({u"values"_s, u"expires_at"_s, u"account_id"_s});
    if (body->value(u"fields"_s).isUndefined() || body->value(u"fields"_s).isNull())
        f.addProblem(u"fields"_s, QString::fromUtf16(ProblemCode::FieldMissing));
    else if (f.ok() && fields.isEmpty())
        f.addProblem(u"fields"_s, QString::fromUtf16(ProblemCode::FieldEmpty));
    for (const QString &field : fields) {
        if (!RevealFields::all().contains(field) || fields.count(field) > 1) {
            f.addProblem(u"fields"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
            break;
        }
    }
    if (!f.ok())
        return HttpResponse::validation(f.problems());

    const qint64 now = m_clock.nowMs();
    AuditEntry entry = auditEntryFor(r, kAction, u"account"_s, QString::number(account->id),
                                     account->targetName());
    entry.reason = reason;
    entry.after = {{u"fields"_s, QJsonArray::fromStringList(fields)},
                   {u"visible_until"_s, JsonTime::formatMs(now + kVisibleMs)}};
    const QList<qint64> recent = recentReveals(r.principal.staffId, now);
    if (recent.size() >= kPerHour) {
        // The oldest reveal in the window leaves it first.
        const qint64 retryAt = recent.first() + kWindowMs;
        entry.result = u"rate_limited"_s;
        m_db.transaction([&] { m_audit.append(entry); });
        Problem p;
        p.status = 429;
        p.code = QString::fromUtf16(ProblemCode::RevealLimitReached);
        p.title = u"You have revealed personal data %1 times in the last hour."_s.arg(kPerHour);
        p.extensions.insert(u"retry_at"_s, JsonTime::formatMs(retryAt));
        p.extensions.insert(u"limit_per_hour"_s, kPerHour);
        const qint64 seconds = std::max<qint64>(1, (retryAt - now + 999) / 1000);
        return HttpResponse::problem(p).withHeader("Retry-After", QByteArray::number(seconds));
    }
    m_db.transaction([&] { m_audit.append(entry); });

    QJsonObject values;
    for (const QString &field : fields) {
        QString value;
        if (field == QStringView(RevealFields::kIdNumber))
            value = account->idNumber;
        else if (field == QStringView(RevealFields::kMobile))
            value = account->mobile;
        else
            value = account->email;
        values.insert(field, value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    return HttpResponse::json(
            QJsonObject{{u"account_id"_s, account->id},
                        {u"values"_s, values},
                        {u"revealed_at"_s, JsonTime::formatMs(now)},
                        {u"expires_at"_s, JsonTime::formatMs(now + kVisibleMs)},
                        {u"audit_id"_s, entry.id},
                        {u"reveals_left_this_hour"_s, int(kPerHour - recent.size() - 1)}});
}
