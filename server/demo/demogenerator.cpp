#include "demo/demogenerator.h"

#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "domain/clock.h"
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

} // namespace

DemoGenerator::DemoGenerator(Database &db, const PasswordHasher &hasher, const Clock &clock, Settings settings)
    : m_db(db), m_hasher(hasher), m_clock(clock), m_settings(std::move(settings))
{
}

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
    QElapsedTimer timer;
    timer.start();
    m_db.setBulkLoad(true);
    m_db.transaction([&] {
        generatePlatforms();
        generateStaff();
    });
    m_db.setBulkLoad(false);
    qCInfo(lcDemo) << "generated the demo platform with" << m_settings.accounts << "accounts in"
                   << timer.elapsed() << "ms";
}

void DemoGenerator::generatePlatforms()
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO platform_orgs (id, code, name, name_zh, created_at) VALUES (:id, :c, :n, :z, :t)"_s);
    const qint64 t = m_clock.nowMs() - 400LL * 24 * 3600 * 1000;
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

void DemoGenerator::generateStaff()
{
    const QList<DemoStaff> staff{
            {u"admin", u"admin@gatehouse.example", u"王芳", {{0, Role::Administrator}, {1, Role::Administrator}}},
            {u"reviewer", u"reviewer@gatehouse.example", u"李娜", {{0, Role::Reviewer}}},
            {u"emily.chen", u"emily.chen@gatehouse.example", u"Emily Chen",
             {{0, Role::Reviewer}, {1, Role::Reviewer}}},
            {u"support", u"support@gatehouse.example", u"张伟", {{0, Role::SupportAgent}}},
            {u"orgadmin", u"orgadmin@gatehouse.example", u"刘洋", {{0, Role::OrganizationAdministrator}}},
            {u"auditor", u"auditor@gatehouse.example", u"陈静", {{0, Role::Auditor}, {1, Role::Auditor}}},
            {u"desk", u"desk@gatehouse.example", u"赵磊", {{0, Role::Reviewer}, {0, Role::SupportAgent}}},
            {u"oliver.smith", u"oliver.smith@gatehouse.example", u"Oliver Smith", {{1, Role::Administrator}}},
    };
    StaffDirectory directory(m_db);
    const qint64 created = m_clock.nowMs() - 300LL * 24 * 3600 * 1000;
    for (const DemoStaff &s : staff) {
        const qint64 id = directory.create(QString::fromUtf16(s.username), QString::fromUtf16(s.email),
                                           QString::fromUtf16(s.displayName),
                                           m_hasher.hash(m_settings.staffPassword), created);
        for (const auto &[org, role] : s.roles)
            directory.grant(id, org + 1, role);
    }
}
