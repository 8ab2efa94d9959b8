#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;

// An app (mini program or official account) and the open-platform account it
// is bound to, if any (seed 003: at most one).
struct AppRecord
{
    qint64 id = 0;
    qint64 platformOrgId = 0;
    QString kind;
    QString name;
    QString appid;
    qint64 ownerAccountId = 0;
    QString ownerName;
    qint64 openPlatformAccountId = 0;
    QString openPlatformAccountName;
    qint64 boundAt = 0;
    int version = 0;

    QJsonObject toJson() const;
};

struct OpenPlatformAccountRecord
{
    qint64 id = 0;
    qint64 platformOrgId = 0;
    qint64 ownerAccountId = 0;
    QString name;
    QString appid;
    bool authenticated = true;
};

// A third-party platform's grant of one permission set on one app.
struct AuthorizationRecord
{
    qint64 id = 0;
    qint64 appId = 0;
    QString appName;
    qint64 ownerAccountId = 0;
    qint64 platformId = 0;
    QString platformName;
    QString serviceProvider;
    QString permissionSet;
    bool exclusive = false;
    qint64 grantedAt = 0;
    qint64 revokedAt = 0;
    int version = 0;

    QJsonObject toJson() const;
};

// Seed 003's open-platform data of one platform organization: what the account
// detail shows, and the bindings support may undo (or restore) — at the
// version the staff member saw, within the rules: an app is bound to one
// open-platform account at most, of the same owner; an exclusive permission
// set is held by one third-party platform at most.
class OpenPlatformStore
{
public:
    explicit OpenPlatformStore(Database &db);

    // open_platform_accounts, apps (with authorizations), openids, unionids of an account.
    QJsonObject forAccount(qint64 orgId, qint64 accountId);

    std::optional<AppRecord> app(qint64 orgId, qint64 appId);
    std::optional<OpenPlatformAccountRecord> openPlatformAccount(qint64 orgId, qint64 id);
    std::optional<AuthorizationRecord> authorization(qint64 orgId, qint64 id);
    // The platforms that hold a permission set on an app now.
    QList<AuthorizationRecord> activeGrants(qint64 appId, const QString &permissionSet);
    // Whether a third-party platform exists in the organization; its name.
    std::optional<QString> platformName(qint64 orgId, qint64 platformId);

    bool unbind(qint64 appId, int version);
    bool bind(qint64 appId, int version, qint64 openPlatformAccountId, qint64 now);
    bool revoke(qint64 authorizationId, int version, qint64 now);
    // A new grant; the app's version moves too (its set of grants changed).
    qint64 grant(const AppRecord &app, int version, qint64 platformId, const QString &permissionSet,
                 qint64 now);

private:
    Database &m_db;
};
