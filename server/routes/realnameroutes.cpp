#include "routes/realnameroutes.h"

#include "accounts/realnamelevels.h"
#include "domain/clock.h"
#include "domain/jsontime.h"
#include "http/router.h"

using namespace Qt::StringLiterals;

namespace RealnameRoutes {

void add(Router &router, RealnameLevels &levels, const Clock &clock)
{
    const auto read = Access::permit(Permission::ReadAccounts);

    router.add("GET", u"/api/v1/realname/levels"_s, read, [&levels, &clock](ApiRequest &r) {
        return HttpResponse::json(levels.counts(r.principal.platformOrgId, clock.nowMs()));
    });

    router.add("GET", u"/api/v1/realname/records"_s, read, [&levels, &clock](ApiRequest &r) {
        QList<FieldProblem> problems;
        RealnameLevels::Filter filter;
        const auto value = [&r](const QString &name) {
            return r.query.queryItemValue(name, QUrl::FullyDecoded);
        };
        if (const QString level = value(u"level"_s); !level.isEmpty()) {
            if (level == u"3" || level == u"4")
                filter.level = level.toInt();
            else
                problems.append({u"level"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed)});
        }
        if (const QString eligible = value(u"eligible"_s); !eligible.isEmpty()) {
            if (eligible == u"true" || eligible == u"false")
                filter.eligible = eligible == u"true";
            else
                problems.append({u"eligible"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed)});
        }
        for (const auto &[name, target] : {std::pair{u"verified_from"_s, &filter.verifiedFrom},
                                           std::pair{u"verified_to"_s, &filter.verifiedTo}}) {
            const QString text = value(name);
            if (text.isEmpty())
                continue;
            const QDateTime t = JsonTime::parse(text);
            if (t.isValid())
                *target = t.toMSecsSinceEpoch();
            else
                problems.append({name, QString::fromUtf16(ProblemCode::FieldWrongType)});
        }
        if (const QString l = value(u"limit"_s); !l.isEmpty()) {
            bool ok = false;
            filter.limit = l.toInt(&ok);
            if (!ok || filter.limit < 1 || filter.limit > RealnameLevels::kMaxLimit)
                problems.append({u"limit"_s, QString::fromUtf16(ProblemCode::FieldOutOfRange)});
        }
        filter.cursor = value(u"cursor"_s);
        if (!problems.isEmpty())
            return HttpResponse::validation(problems);
        QJsonObject page;
        if (!levels.list(r.principal.platformOrgId, filter, clock.nowMs(), &page))
            return HttpResponse::validation(
                    {{u"cursor"_s, QString::fromUtf16(ProblemCode::FieldWrongType)}});
        return HttpResponse::json(page);
    });
}

} // namespace RealnameRoutes
