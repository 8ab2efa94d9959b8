#include "accounts/openplatformstore.h"

#include "domain/accountrecords.h"
#include "domain/jsontime.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int kListCap = 200;

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(JsonTime::formatMs(ms)) : QJsonValue();
}

QJsonValue ref(qint64 id, const QString &name)
{
    return id > 0 ? QJsonValue(QJsonObject{{u"id"_s, id}, {u"name"_s, name}}) : QJsonValue();
}

QString appColumns()
{
    return u"p.id, p.platform_org_id, p.kind, p.name, p.appid, p.owner_account_id,"
           " o.display_name, p.open_platform_account_id, opa.name, p.bound_at, p.version"
           " FROM apps p JOIN accounts o ON o.id = p.owner_account_id"
           " LEFT JOIN open_platform_accounts opa ON opa.id = p.open_platform_account_id"_s;
}

AppRecord appFrom(const QSqlQuery &q)
{
    AppRecord a;
    a.id = q.value(0).toLongLong();
    a.platformOrgId = q.value(1).toLongLong();
    a.kind = q.value(2).toString();
    a.name = q.value(3).toString();
    a.appid = q.value(4).toString();
    a.ownerAccountId = q.value(5).toLongLong();
    a.ownerName = q.value(6).toString();
    a.openPlatformAccountId = q.value(7).toLongLong();
    a.openPlatformAccountName = q.value(8).toString();
    a.boundAt = q.value(9).toLongLong();
    a.version = q.value(10).toInt();
    return a;
}

QString authorizationColumns()
{
    return u"t.id, t.app_id, p.name, p.owner_account_id, t.third_party_platform_id, tp.name,"
           " tp.service_provider, t.permission_set, t.exclusive, t.granted_at, t.revoked_at,"
           " t.version FROM third_party_authorizations t JOIN apps p ON p.id = t.app_id"
           " JOIN third_party_platforms tp ON tp.id = t.third_party_platform_id"_s;
}

AuthorizationRecord authorizationFrom(const QSqlQuery &q)
{
    AuthorizationRecord a;
    a.id = q.value(0).toLongLong();
    a.appId = q.value(1).toLongLong();
    a.appName = q.value(2).toString();
    a.ownerAccountId = q.value(3).toLongLong();
    a.platformId = q.value(4).toLongLong();
    a.platformName = q.value(5).toString();
    a.serviceProvider = q.value(6).toString();
    a.permissionSet = q.value(7).toString();
    a.exclusive = q.value(8).toInt() != 0;
    a.grantedAt = q.value(9).toLongLong();
    a.revokedAt = q.value(10).toLongLong();
    a.version = q.value(11).toInt();
    return a;
}

} // namespace

QJsonObject AppRecord::toJson() const
{
    return QJsonObject{
            {u"id"_s, id},
            {u"kind"_s, kind},
            {u"name"_s, name},
            {u"appid"_s, appid},
            {u"owner"_s, ref(ownerAccountId, ownerName)},
            {u"open_platform_account"_s, ref(openPlatformAccountId, openPlatformAccountName)},
            {u"bound_at"_s, timeOrNull(boundAt)},
            {u"version"_s, version}};
}

QJsonObject AuthorizationRecord::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"app"_s, ref(appId, appName)},
                       {u"third_party_platform"_s,
                        QJsonObject{{u"id"_s, platformId},
                                    {u"name"_s, platformName},
                                    {u"service_provider"_s, serviceProvider}}},
                       {u"permission_set"_s, permissionSet},
                       {u"exclusive"_s, exclusive},
                       {u"granted_at"_s, JsonTime::formatMs(grantedAt)},
                       {u"revoked_at"_s, timeOrNull(revokedAt)},
                       {u"active"_s, revokedAt == 0},
                       {u"version"_s, version}};
}

OpenPlatformStore::OpenPlatformStore(Database &db) : m_db(db) { }

QJsonObject OpenPlatformStore::forAccount(qint64 orgId, qint64 accountId)
{
    QJsonArray accounts;
    {
        QSqlQuery &q = m_db.prepare(
                u"SELECT opa.id, opa.name, opa.appid, opa.authenticated,"
                " opa.created_by_third_party_id, tp.name, opa.created_at, opa.version,"
                " (SELECT COUNT(*) FROM apps p WHERE p.open_platform_account_id = opa.id)"
                " FROM open_platform_accounts opa"
                " LEFT JOIN third_party_platforms tp ON tp.id = opa.created_by_third_party_id"
                " WHERE opa.owner_account_id = :account AND opa.platform_org_id = :org"
                " ORDER BY opa.id LIMIT "_s
                + QString::number(kListCap));
        q.bindValue(u":account"_s, accountId);
        q.bindValue(u":org"_s, orgId);
        m_db.exec(q);
        while (q.next()) {
            accounts.append(
                    QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                                {u"name"_s, q.value(1).toString()},
                                {u"appid"_s, q.value(2).toString()},
                                // Seed 003 §IV: created by an agent, no password until the merchant
                                // completes it.
                                {u"authenticated"_s, q.value(3).toInt() != 0},
                                {u"created_by_third_party"_s,
                                 ref(q.value(4).toLongLong(), q.value(5).toString())},
                                {u"created_at"_s, JsonTime::formatMs(q.value(6).toLongLong())},
                                {u"version"_s, q.value(7).toInt()},
                                {u"bound_apps"_s, q.value(8).toInt()}});
        }
        q.finish();
    }

    QJsonArray apps;
    QList<qint64> appIds;
    {
        QSqlQuery &q = m_db.prepare(u"SELECT "_s + appColumns()
                                    + u" WHERE p.owner_account_id = :account AND"
                                      " p.platform_org_id = :org ORDER BY p.id LIMIT "_s
                                    + QString::number(kListCap));
        q.bindValue(u":account"_s, accountId);
        q.bindValue(u":org"_s, orgId);
        m_db.exec(q);
        while (q.next()) {
            apps.append(appFrom(q).toJson());
            appIds.append(q.value(0).toLongLong());
        }
        q.finish();
    }
    // Each app's active grants (and revoked ones, so support sees what was undone).
    for (qsizetype i = 0; i < apps.size(); ++i) {
        QSqlQuery &q = m_db.prepare(u"SELECT "_s + authorizationColumns()
                                    + u" WHERE t.app_id = :app ORDER BY t.revoked_at IS NOT NULL,"
                                      " t.granted_at DESC, t.id DESC LIMIT 50"_s);
        q.bindValue(u":app"_s, appIds[i]);
        m_db.exec(q);
        QJsonArray grants;
        while (q.next())
            grants.append(authorizationFrom(q).toJson());
        q.finish();
        QJsonObject app = apps[i].toObject();
        app.insert(u"authorizations"_s, grants);
        apps[i] = app;
    }

    QJsonArray openids;
    {
        QSqlQuery &q = m_db.prepare(
                u"SELECT p.id, p.name, p.appid, p.kind, x.openid, x.created_at FROM openids x"
                " JOIN apps p ON p.id = x.app_id WHERE x.account_id = :account"
                " ORDER BY x.created_at, p.id LIMIT "_s
                + QString::number(kListCap));
        q.bindValue(u":account"_s, accountId);
        m_db.exec(q);
        while (q.next()) {
            openids.append(
                    QJsonObject{{u"app"_s,
                                 QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                                             {u"name"_s, q.value(1).toString()},
                                             {u"appid"_s, q.value(2).toString()},
                                             {u"kind"_s, q.value(3).toString()}}},
                                {u"openid"_s, q.value(4).toString()},
                                {u"created_at"_s, JsonTime::formatMs(q.value(5).toLongLong())}});
        }
        q.finish();
    }

    QJsonArray unionids;
    {
        QSqlQuery &q = m_db.prepare(
                u"SELECT opa.id, opa.name, x.unionid, x.created_at FROM unionids x"
                " JOIN open_platform_accounts opa ON opa.id = x.open_platform_account_id"
                " WHERE x.account_id = :account ORDER BY x.created_at, opa.id LIMIT "_s
                + QString::number(kListCap));
        q.bindValue(u":account"_s, accountId);
        m_db.exec(q);
        while (q.next()) {
            unionids.append(
                    QJsonObject{{u"open_platform_account"_s,
                                 ref(q.value(0).toLongLong(), q.value(1).toString())},
                                {u"unionid"_s, q.value(2).toString()},
                                {u"created_at"_s, JsonTime::formatMs(q.value(3).toLongLong())}});
        }
        q.finish();
    }

    return QJsonObject{{u"open_platform_accounts"_s, accounts},
                       {u"apps"_s, apps},
                       {u"openids"_s, openids},
                       {u"unionids"_s, unionids}};
}

std::optional<AppRecord> OpenPlatformStore::app(qint64 orgId, qint64 appId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + appColumns()
                                + u" WHERE p.id = :id AND p.platform_org_id = :org"_s);
    q.bindValue(u":id"_s, appId);
    q.bindValue(u":org"_s, orgId);
    m_db.exec(q);
    std::optional<AppRecord> a;
    if (q.next())
        a = appFrom(q);
    q.finish();
    return a;
}

std::optional<OpenPlatformAccountRecord> OpenPlatformStore::openPlatformAccount(qint64 orgId,
                                                                                qint64 id)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT id, platform_org_id, owner_account_id, name, appid, authenticated"
            " FROM open_platform_accounts WHERE id = :id AND platform_org_id = :org"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    m_db.exec(q);
    std::optional<OpenPlatformAccountRecord> r;
    if (q.next()) {
        r = OpenPlatformAccountRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                      q.value(2).toLongLong(), q.value(3).toString(),
                                      q.value(4).toString(),   q.value(5).toInt() != 0};
    }
    q.finish();
    return r;
}

std::optional<AuthorizationRecord> OpenPlatformStore::authorization(qint64 orgId, qint64 id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + authorizationColumns()
                                + u" WHERE t.id = :id AND p.platform_org_id = :org"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    m_db.exec(q);
    std::optional<AuthorizationRecord> r;
    if (q.next())
        r = authorizationFrom(q);
    q.finish();
    return r;
}

QList<AuthorizationRecord> OpenPlatformStore::activeGrants(qint64 appId,
                                                           const QString &permissionSet)
{
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + authorizationColumns()
                                + u" WHERE t.app_id = :app AND t.permission_set = :set"
                                  " AND t.revoked_at IS NULL ORDER BY t.granted_at, t.id"_s);
    q.bindValue(u":app"_s, appId);
    q.bindValue(u":set"_s, permissionSet);
    m_db.exec(q);
    QList<AuthorizationRecord> list;
    while (q.next())
        list.append(authorizationFrom(q));
    q.finish();
    return list;
}

std::optional<QString> OpenPlatformStore::platformName(qint64 orgId, qint64 platformId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT name FROM third_party_platforms"
                                " WHERE id = :id AND platform_org_id = :org"_s);
    q.bindValue(u":id"_s, platformId);
    q.bindValue(u":org"_s, orgId);
    m_db.exec(q);
    std::optional<QString> name;
    if (q.next())
        name = q.value(0).toString();
    q.finish();
    return name;
}

bool OpenPlatformStore::unbind(qint64 appId, int version)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE apps SET open_platform_account_id = NULL, bound_at = NULL,"
                                " version = version + 1 WHERE id = :id AND version = :version"
                                " AND open_platform_account_id IS NOT NULL"_s);
    q.bindValue(u":id"_s, appId);
    q.bindValue(u":version"_s, version);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool OpenPlatformStore::bind(qint64 appId, int version, qint64 openPlatformAccountId, qint64 now)
{
    // Only an unbound app is bound: one open-platform account at most.
    QSqlQuery &q = m_db.prepare(u"UPDATE apps SET open_platform_account_id = :opa, bound_at = :now,"
                                " version = version + 1 WHERE id = :id AND version = :version"
                                " AND open_platform_account_id IS NULL"_s);
    q.bindValue(u":opa"_s, openPlatformAccountId);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, appId);
    q.bindValue(u":version"_s, version);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool OpenPlatformStore::revoke(qint64 authorizationId, int version, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE third_party_authorizations SET revoked_at = :now, version = version + 1"
            " WHERE id = :id AND version = :version AND revoked_at IS NULL"_s);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, authorizationId);
    q.bindValue(u":version"_s, version);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

qint64 OpenPlatformStore::grant(const AppRecord &app, int version, qint64 platformId,
                                const QString &permissionSet, qint64 now)
{
    QSqlQuery &bump = m_db.prepare(
            u"UPDATE apps SET version = version + 1 WHERE id = :id AND version = :version"_s);
    bump.bindValue(u":id"_s, app.id);
    bump.bindValue(u":version"_s, version);
    m_db.exec(bump);
    if (bump.numRowsAffected() != 1)
        return 0;
    // The partial unique index on active exclusive grants backs the rule in the
    // store too: a second holder fails the insert, rolling the change back.
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO third_party_authorizations (app_id, third_party_platform_id,"
            " permission_set, exclusive, granted_at) VALUES (:app, :platform, :set, :exclusive,"
            " :now) RETURNING id"_s);
    q.bindValue(u":app"_s, app.id);
    q.bindValue(u":platform"_s, platformId);
    q.bindValue(u":set"_s, permissionSet);
    q.bindValue(u":exclusive"_s, PermissionSets::isExclusive(permissionSet) ? 1 : 0);
    q.bindValue(u":now"_s, now);
    m_db.exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}
