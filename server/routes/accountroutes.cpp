#include "routes/accountroutes.h"

#include "accounts/accountdetail.h"
#include "accounts/accountsearch.h"
#include "accounts/accountstore.h"
#include "accounts/bindingactions.h"
#include "accounts/revealservice.h"
#include "accounts/supportactions.h"
#include "domain/clock.h"
#include "domain/identifierkind.h"
#include "domain/smsquota.h"
#include "http/router.h"
#include "store/auditlog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

HttpResponse noAccount()
{
    return HttpResponse::problem(404, ProblemCode::NotFound, u"No such account."_s);
}

// A birth date "in the future" is judged by the calendar in China.
QDate chinaToday(const Clock &clock)
{
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs() + SmsQuota::kChinaOffsetMs, Qt::UTC).date();
}

QString field(const ApiRequest &r, const QString &name)
{
    return r.query.queryItemValue(name, QUrl::FullyDecoded);
}

QJsonArray kindCodes(const QList<IdentifierKind> &kinds)
{
    QJsonArray codes;
    for (IdentifierKind k : kinds)
        codes.append(IdentifierKinds::code(k));
    return codes;
}

HttpResponse search(AccountRouteContext &c, ApiRequest &r)
{
    QList<FieldProblem> problems;
    const QString text = field(r, u"q"_s);
    if (text.trimmed().isEmpty())
        problems.append({u"q"_s, QString::fromUtf16(ProblemCode::FieldMissing)});
    else if (text.size() > 200)
        problems.append({u"q"_s, QString::fromUtf16(ProblemCode::FieldTooLong)});
    const QString kindText = field(r, u"kind"_s);
    IdentifierKind chosen = IdentifierKind::Empty;
    if (!kindText.isEmpty() && !IdentifierKinds::fromCode(kindText, &chosen))
        problems.append({u"kind"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed)});
    const QString matchText = field(r, u"match"_s);
    if (!matchText.isEmpty() && matchText != u"exact" && matchText != u"prefix")
        problems.append({u"match"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed)});
    int limit = 20;
    if (const QString l = field(r, u"limit"_s); !l.isEmpty()) {
        bool ok = false;
        limit = l.toInt(&ok);
        if (!ok || limit < 1 || limit > AccountSearch::kMaxLimit)
            problems.append({u"limit"_s, QString::fromUtf16(ProblemCode::FieldOutOfRange)});
    }
    if (!problems.isEmpty())
        return HttpResponse::validation(problems);

    const bool exact = matchText == u"exact";
    const QDate today = chinaToday(c.clock);
    const RecognisedQuery query = chosen == IdentifierKind::Empty
            ? IdentifierKinds::recognise(text, today, exact)
            : IdentifierKinds::recogniseAs(chosen, text, today, exact);
    if (!query.errorCode.isEmpty()) {
        // Recognised but invalid (a wrong check digit …): an error, never a text search.
        Problem p;
        p.status = 400;
        p.code = QString::fromUtf16(ProblemCode::ValidationFailed);
        p.title = u"The search looks like %1 but is not a valid one."_s.arg(
                IdentifierKinds::code(query.kind));
        p.fieldProblems = {{u"q"_s, query.errorCode}};
        p.extensions.insert(u"recognised_as"_s, IdentifierKinds::code(query.kind));
        return HttpResponse::problem(p);
    }
    AccountSearchPage page;
    if (!c.search.search(r.principal.platformOrgId, query, exact, limit, field(r, u"cursor"_s),
                         &page))
        return HttpResponse::validation(
                {{u"cursor"_s, QString::fromUtf16(ProblemCode::FieldWrongType)}});
    QJsonArray items;
    for (const AccountSummary &s : std::as_const(page.items))
        items.append(s.toJson());
    const bool prefix = !exact && IdentifierKinds::allowsPrefix(query.kind);
    return HttpResponse::json(QJsonObject{
            {u"recognised_as"_s, IdentifierKinds::code(query.kind)},
            {u"name_script"_s,
             query.kind == IdentifierKind::Name ? QJsonValue(query.hanName ? u"han"_s : u"latin"_s)
                                                : QJsonValue()},
            {u"alternatives"_s, kindCodes(query.alternatives)},
            {u"match"_s, prefix ? u"prefix"_s : u"exact"_s},
            {u"items"_s, items},
            {u"total"_s, page.total},
            {u"total_exact"_s, page.totalExact},
            {u"next_cursor"_s,
             page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}});
}

// The handler for POST …/{id}/<action>: the id parsed, then the action.
template<typename Fn>
RouteHandler withId(Fn fn)
{
    return [fn](ApiRequest &r) {
        const auto id = r.idParam(u"id"_s);
        if (!id)
            return HttpResponse::problem(404, ProblemCode::NotFound,
                                         u"There is nothing at this address."_s);
        return fn(r, *id);
    };
}

} // namespace

namespace AccountRoutes {

void add(Router &router, AccountRouteContext c)
{
    const auto read = Access::permit(Permission::ReadAccounts);
    const auto act = Access::permit(Permission::SupportActions);

    router.add("GET", u"/api/v1/accounts"_s, read,
               [c](ApiRequest &r) mutable { return search(c, r); });

    router.add("GET", u"/api/v1/accounts/{id}"_s, read, withId([c](ApiRequest &r, qint64 id) {
                   const auto account = c.accounts.find(r.principal.platformOrgId, id);
                   if (!account)
                       return noAccount();
                   return HttpResponse::json(c.detail.build(*account, c.clock.nowMs()))
                           .withEtag(account->version);
               }));

    router.add("GET", u"/api/v1/accounts/{id}/audit"_s, read, withId([c](ApiRequest &r, qint64 id) {
                   if (!c.accounts.find(r.principal.platformOrgId, id))
                       return noAccount();
                   AuditLog::Filter f;
                   f.platformOrgId = r.principal.platformOrgId;
                   f.targetType = u"account"_s;
                   f.targetId = QString::number(id);
                   f.limit = 200;
                   QJsonArray items;
                   const QList<AuditEntry> rows = c.audit.list(f);
                   for (const AuditEntry &e : rows)
                       items.append(e.toJson());
                   return HttpResponse::json(QJsonObject{{u"items"_s, items}});
               }));

    router.add("POST", u"/api/v1/accounts/{id}/reveal"_s,
               Access::permit(Permission::RevealPersonalData),
               withId([c](ApiRequest &r, qint64 id) { return c.reveal.reveal(r, id); }));

    const QList<std::pair<QString, HttpResponse (SupportActions::*)(ApiRequest &, qint64)>> actions{
            {u"reset-password"_s, &SupportActions::resetPassword},
            {u"unlock"_s, &SupportActions::unlock},
            {u"disable"_s, &SupportActions::disable},
            {u"enable"_s, &SupportActions::enable},
            {u"end-sessions"_s, &SupportActions::endSessions},
            {u"resend-activation"_s, &SupportActions::resendActivation},
            {u"reset-sms-quota"_s, &SupportActions::resetSmsQuota},
            {u"sms-sends"_s, &SupportActions::sendTestCode},
    };
    for (const auto &[name, method] : actions) {
        router.add("POST", u"/api/v1/accounts/{id}/"_s + name, act,
                   withId([c, m = method](ApiRequest &r, qint64 id) {
                       return (c.actions.*m)(r, id);
                   }));
    }

    router.add("GET", u"/api/v1/apps/{id}"_s, read,
               withId([c](ApiRequest &r, qint64 id) { return c.bindings.app(r, id); }));
    router.add("POST", u"/api/v1/apps/{id}/unbind"_s, act,
               withId([c](ApiRequest &r, qint64 id) { return c.bindings.unbind(r, id); }));
    router.add("POST", u"/api/v1/apps/{id}/bind"_s, act,
               withId([c](ApiRequest &r, qint64 id) { return c.bindings.bind(r, id); }));
    router.add("POST", u"/api/v1/apps/{id}/authorizations"_s, act,
               withId([c](ApiRequest &r, qint64 id) { return c.bindings.grant(r, id); }));
    router.add("POST", u"/api/v1/third-party-authorizations/{id}/revoke"_s, act,
               withId([c](ApiRequest &r, qint64 id) { return c.bindings.revoke(r, id); }));
}

} // namespace AccountRoutes
