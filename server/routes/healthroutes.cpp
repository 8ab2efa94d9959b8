#include "routes/healthroutes.h"

#include "domain/clock.h"
#include "domain/jsontime.h"
#include "http/router.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace HealthRoutes {

void add(Router &router, Database &db, const Clock &clock)
{
    router.add("GET", u"/api/v1/health"_s, Access::publicRoute(), [&db, &clock](ApiRequest &) {
        QSqlQuery &q = db.prepare(u"SELECT 1"_s);
        db.exec(q);
        q.finish();
        return HttpResponse::json(
                QJsonObject{{u"status"_s, u"ok"_s},
                            {u"version"_s, QCoreApplication::applicationVersion()},
                            {u"time"_s, JsonTime::format(clock.now())},
                            {u"database"_s, db.kindName()},
                            {u"schema_version"_s, Migrations::latestVersion()}});
    });
}

} // namespace HealthRoutes
