#include "demo/demogenerator.h"

#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "demo/accountgenerator.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "demo/enterpriseverificationgenerator.h"
#include "demo/imagegenerator.h"
#include "demo/integrationsourcegenerator.h"
#include "demo/openplatformgenerator.h"
#include "demo/organizationgenerator.h"
#include "demo/workspaceapplicationgenerator.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "gatehouse.server.demo")

namespace {

struct DemoStaff
{
    const char16_t *username;
    const char16_t *email;
    const char16_t *displayName;
    QList<std::pair<int, Role>> roles; // platform org index (0 = east, 1 = global), role
};

// Tables whose ids the generator sets itself; PostgreSQL's identity sequences
// must then be moved past them.
constexpr const char16_t *kIdentityTables[] = {u"platform_orgs",
                                               u"accounts",
                                               u"account_sign_ins",
                                               u"account_sessions",
                                               u"realname_history",
                                               u"sms_sends",
                                               u"organizations",
                                               u"departments",
                                               u"organization_members",
                                               u"images",
                                               u"workspace_applications",
                                               u"enterprise_verifications",
                                               u"workspaces",
                                               u"open_platform_accounts",
                                               u"apps",
                                               u"third_party_platforms",
                                               u"third_party_authorizations",
                                               u"integration_sources"};

} // namespace

DemoGenerator::DemoGenerator(Database &db, const PasswordHasher &hasher, const Clock &,
                             Settings settings)
    : m_db(db), m_hasher(hasher), m_settings(std::move(settings))
{ }

bool DemoGenerator::isEmpty()
{
    QSqlQuery &q = m_db.prepare(u"SELECT COUNT(*) FROM platform_orgs"_s);
    m_db.exec(q);
    const bool empty = q.next() && q.value(0).toLongLong() == 0;
    q.finish();
    return empty;
}

void DemoGenerator::generate()
{
    QElapsedTimer total;
    total.start();
    m_db.setBulkLoad(true);
    try {
        m_db.transaction([&] {
            DemoWorld world(m_db, m_settings.seed, std::max(0, m_settings.accounts));
            if (m_db.kind() == Database::Kind::PostgreSql)
                m_db.execDirect(u"SET LOCAL statement_timeout = 0"_s); // a load is not a request
            const QList<ForeignKey> suspended = suspendForeignKeys();
            QElapsedTimer phase;
            phase.start();
            const auto step = [&](const char *name, auto &&run) {
                run();
                qCDebug(lcDemo) << name << "took" << phase.restart() << "ms";
            };
            step("platforms and staff", [&] {
                generatePlatforms(world.anchor);
                generateStaff(world);
            });
            step("images", [&] { ImageGenerator(world).run(); });
            step("accounts", [&] { AccountGenerator(world).run(); });
            step("organizations", [&] { OrganizationGenerator(world).run(); });
            step("enterprise verifications", [&] { EnterpriseVerificationGenerator(world).run(); });
            step("workspace applications", [&] { WorkspaceApplicationGenerator(world).run(); });
            step("open platform", [&] { OpenPlatformGenerator(world).run(); });
            step("integration sources", [&] { IntegrationSourceGenerator(world).run(); });
            if (m_db.kind() == Database::Kind::PostgreSql)
                resetIdentitySequences();
            step("foreign keys", [&] { restoreForeignKeys(suspended); });
        });
    } catch (...) {
        m_db.setBulkLoad(false);
        throw;
    }
    m_db.setBulkLoad(false);
    if (m_db.kind() == Database::Kind::PostgreSql)
        m_db.execDirect(
                u"ANALYZE"_s); // fresh statistics, or the first queries plan for empty tables
    qCInfo(lcDemo) << "generated the demo platform with" << m_settings.accounts << "accounts (seed"
                   << m_settings.seed << ") in" << total.elapsed() << "ms";
}

void DemoGenerator::generatePlatforms(qint64 anchor)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO platform_orgs (id, code, name, name_zh, created_at) VALUES (:id, :c, :n, :z, :t)"_s);
    const qint64 t = anchor - 1200 * DemoTime::kDay; // before the first account
    const auto add = [&](int id, const QString &code, const QString &name, const QString &nameZh) {
        q.bindValue(u":id"_s, id);
        q.bindValue(u":c"_s, code);
        q.bindValue(u":n"_s, name);
        q.bindValue(u":z"_s, nameZh);
        q.bindValue(u":t"_s, t);
        m_db.exec(q);
    };
    add(1, u"east"_s, u"Gatehouse Demo — East China"_s, u"门户演示平台（华东）"_s);
    add(2, u"global"_s, u"Gatehouse Demo — Global"_s, u"门户演示平台（全球）"_s);
}

void DemoGenerator::generateStaff(DemoWorld &world)
{
    const QList<DemoStaff> staff{
            {u"admin",
             u"admin@gatehouse.example",
             u"王芳",
             {{0, Role::Administrator}, {1, Role::Administrator}}},
            {u"reviewer", u"reviewer@gatehouse.example", u"李娜", {{0, Role::Reviewer}}},
            {u"emily.chen",
             u"emily.chen@gatehouse.example",
             u"Emily Chen",
             {{0, Role::Reviewer}, {1, Role::Reviewer}}},
            {u"support", u"support@gatehouse.example", u"张伟", {{0, Role::SupportAgent}}},
            {u"orgadmin",
             u"orgadmin@gatehouse.example",
             u"刘洋",
             {{0, Role::OrganizationAdministrator}}},
            {u"auditor",
             u"auditor@gatehouse.example",
             u"陈静",
             {{0, Role::Auditor}, {1, Role::Auditor}}},
            {u"desk",
             u"desk@gatehouse.example",
             u"赵磊",
             {{0, Role::Reviewer}, {0, Role::SupportAgent}}},
            {u"oliver.smith",
             u"oliver.smith@gatehouse.example",
             u"Oliver Smith",
             {{1, Role::Administrator}}},
    };
    StaffDirectory directory(m_db);
    const qint64 created = world.anchor - 300 * DemoTime::kDay;
    // One Argon2id hash for all: they share the demo password, and eight hashes
    // would cost the default demo more than everything else together.
    const QString passwordHash = m_hasher.hash(m_settings.staffPassword);
    for (const DemoStaff &s : staff) {
        const QString displayName = QString::fromUtf16(s.displayName);
        const qint64 id =
                directory.create(QString::fromUtf16(s.username), QString::fromUtf16(s.email),
                                 displayName, passwordHash, created);
        for (const auto &[org, role] : s.roles) {
            directory.grant(id, org + 1, role);
            if (role == Role::Reviewer)
                world.reviewers[org + 1].append({id, displayName});
        }
    }
}

QList<DemoGenerator::ForeignKey> DemoGenerator::suspendForeignKeys()
{
    // PostgreSQL checks every foreign key row by row as rows arrive, which
    // doubles a large load. Dropping them inside the load's transaction and
    // adding them back at its end checks each one in a single pass, and a
    // failure anywhere rolls the drop back with everything else. (SQLite's
    // bulk-load mode turns the checks off instead.)
    QList<ForeignKey> keys;
    if (m_db.kind() != Database::Kind::PostgreSql)
        return keys;
    QSqlQuery &q = m_db.prepare(
            u"SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
            " FROM pg_constraint WHERE contype = 'f' AND connamespace = "
            "current_schema()::regnamespace"
            " ORDER BY conrelid::regclass::text, conname"_s);
    m_db.exec(q);
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    for (const ForeignKey &key : std::as_const(keys))
        m_db.execDirect(u"ALTER TABLE "_s + key.table + u" DROP CONSTRAINT "_s + key.name);
    return keys;
}

void DemoGenerator::restoreForeignKeys(const QList<ForeignKey> &keys)
{
    for (const ForeignKey &key : keys)
        m_db.execDirect(u"ALTER TABLE "_s + key.table + u" ADD CONSTRAINT "_s + key.name + u' '
                        + key.definition);
}

void DemoGenerator::resetIdentitySequences()
{
    for (const char16_t *table : kIdentityTables) {
        const QString name = QString::fromUtf16(table);
        m_db.execDirect(u"SELECT setval(pg_get_serial_sequence('"_s + name
                        + u"', 'id'), COALESCE((SELECT MAX(id) FROM "_s + name
                        + u"), 0) + 1, false)"_s);
    }
}
