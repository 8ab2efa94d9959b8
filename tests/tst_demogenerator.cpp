// The demo platform generator, run in-process against a temporary SQLite file
// (and, under CTest's PostgreSQL fixture, a throw-away PostgreSQL database):
// the data it writes must hold the domain's rules, whatever the seed.

#include "auth/passwordhasher.h"
#include "demo/demogenerator.h"
#include "demo/demotime.h"
#include "demo/organizationgenerator.h"
#include "domain/businesscalendar.h"
#include "domain/clock.h"
#include "domain/creditcode.h"
#include "domain/mobilenumber.h"
#include "domain/residentidnumber.h"
#include "postgrestestdatabase.h"
#include "queues/queuebackfill.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSize = 2000;
constexpr quint32 kSeed = 20261121;

using Row = QList<QVariant>;

QList<Row> rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    QList<Row> out;
    const int columns = q.record().count();
    while (q.next()) {
        Row r;
        r.reserve(columns);
        for (int c = 0; c < columns; ++c)
            r.append(q.value(c));
        out.append(r);
    }
    return out;
}

qint64 scalar(Database &db, const QString &sql)
{
    const QList<Row> r = rows(db, sql);
    return r.isEmpty() ? 0 : r.first().value(0).toLongLong();
}

// The tables the generator fills and the order that makes their rows comparable.
const QList<std::pair<QString, QString>> kTables{
        {u"platform_orgs"_s, u"id"_s},
        {u"staff"_s, u"id"_s},
        {u"staff_roles"_s, u"staff_id, platform_org_id, role"_s},
        {u"accounts"_s, u"id"_s},
        {u"account_login_methods"_s, u"account_id, method"_s},
        {u"account_sign_ins"_s, u"id"_s},
        {u"account_sessions"_s, u"id"_s},
        {u"realname_records"_s, u"account_id"_s},
        {u"realname_history"_s, u"id"_s},
        {u"sms_sends"_s, u"id"_s},
        {u"organizations"_s, u"id"_s},
        {u"departments"_s, u"id"_s},
        {u"organization_members"_s, u"id"_s},
        {u"images"_s, u"id"_s},
        {u"workspace_applications"_s, u"id"_s},
        {u"enterprise_verifications"_s, u"id"_s},
        {u"workspaces"_s, u"id"_s},
        {u"open_platform_accounts"_s, u"id"_s},
        {u"apps"_s, u"id"_s},
        {u"openids"_s, u"app_id, account_id"_s},
        {u"unionids"_s, u"open_platform_account_id, account_id"_s},
        {u"third_party_platforms"_s, u"id"_s},
        {u"third_party_authorizations"_s, u"id"_s},
        {u"integration_sources"_s, u"id"_s},
};

// A digest of every generated row in key order. Staff password hashes are left
// out: Argon2id salts them at random, by design.
QByteArray digest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[table, order] : kTables) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY "_s + order))
            qFatal("cannot read %s", qPrintable(table));
        hash.addData(table.toUtf8());
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int c = 0; c < record.count(); ++c) {
                if (record.fieldName(c) == u"password_hash")
                    continue;
                const QVariant v = q.value(c);
                if (v.isNull())
                    hash.addData("\x01NULL");
                else if (v.typeId() == QMetaType::QByteArray)
                    hash.addData(v.toByteArray().toHex());
                else
                    hash.addData(v.toString().toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\x1e");
        }
    }
    return hash.result();
}

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

bool isLandline(const QString &text)
{
    static const QRegularExpression pattern(u"^0[0-9]{2,3}-[2-9][0-9]{6,7}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

class DemoGeneratorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void staffAndPlatformsAreKept();
    void accountsHaveRealisticNames();
    void accountStatusesAreConsistent();
    void mobilesAreValid();
    void identityNumbersAreValidAndFitTheCard();
    void realnameHistoryMatchesRecords();
    void smsQuotaIsNeverExceeded();
    void departmentTreesAreAcyclic();
    void membersBelongWhereTheyShould();
    void individualTeamsStayWithinTheirLimit();
    void largeOrganizationScalesWithSize();
    void creditCodesAreValid();
    void corporateAccountsWereVerified();
    void resubmissionsFollowRejections();
    void reviewFieldsAreConsistent();
    void workspacesFollowApprovals();
    void openPlatformBindingsHold();
    void exclusiveAuthorizationsAreHeldByOnePlatform();
    void integrationSourcesCoverEveryKind();
    void imagesAreValidPngs();
    void sameSeedGivesSameData();
    void differentSeedGivesDifferentData();
    void queueColumnsNeedNoBackfill();
    void postgresGetsTheSameData();

private:
    std::unique_ptr<Database> generateInto(const QString &url, int size, quint32 seed,
                                           qint64 *elapsedMs = nullptr);

    QTemporaryDir m_dir;
    PasswordHasher m_hasher{PasswordHasher::Cost{1, 8192}}; // the minimum: tests need no real cost
    std::unique_ptr<Database> m_db;
    QDate m_anchorDate;
    qint64 m_anchor = 0;
};

std::unique_ptr<Database> DemoGeneratorTest::generateInto(const QString &url, int size,
                                                          quint32 seed, qint64 *elapsedMs)
{
    QString error;
    std::unique_ptr<Database> db = Database::fromUrl(url, &error);
    if (!db || !db->open(&error) || !Migrations::migrate(*db, &error))
        qFatal("cannot prepare %s: %s", qPrintable(url), qPrintable(error));
    // The generator must not read the clock: give it one far from the anchor.
    ManualClock clock(QDateTime(QDate(2031, 5, 17), QTime(3, 4), Qt::UTC));
    DemoGenerator generator(*db, m_hasher, clock, {size, seed, u"demo-password"_s});
    if (!generator.isEmpty())
        qFatal("a fresh database is not empty");
    QElapsedTimer timer;
    timer.start();
    generator.generate();
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return db;
}

void DemoGeneratorTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qint64 elapsed = 0;
    m_db = generateInto(m_dir.filePath(u"first.sqlite"_s), kSize, kSeed, &elapsed);
    qInfo("generated the default demo platform (%d accounts) in %lld ms", kSize, elapsed);
    m_anchor = DemoTime::anchorFor(kSeed);
    m_anchorDate = DemoTime::chinaDate(m_anchor);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM accounts"_s), kSize);
}

void DemoGeneratorTest::staffAndPlatformsAreKept()
{
    QCOMPARE(rows(*m_db, u"SELECT id, code FROM platform_orgs ORDER BY id"_s),
             (QList<Row>{{1, u"east"_s}, {2, u"global"_s}}));
    const QList<Row> roles =
            rows(*m_db,
                 u"SELECT s.username, r.platform_org_id, r.role FROM staff s JOIN staff_roles r"
                 " ON r.staff_id = s.id ORDER BY s.username, r.platform_org_id, r.role"_s);
    QStringList lines;
    for (const Row &r : roles)
        lines << r[0].toString() + u' ' + r[1].toString() + u' ' + r[2].toString();
    QCOMPARE(lines,
             (QStringList{u"admin 1 administrator"_s, u"admin 2 administrator"_s,
                          u"auditor 1 auditor"_s, u"auditor 2 auditor"_s, u"desk 1 reviewer"_s,
                          u"desk 1 support_agent"_s, u"emily.chen 1 reviewer"_s,
                          u"emily.chen 2 reviewer"_s, u"oliver.smith 2 administrator"_s,
                          u"orgadmin 1 organization_administrator"_s, u"reviewer 1 reviewer"_s,
                          u"support 1 support_agent"_s}));
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM staff"_s), 8);
    PasswordHasher verifier;
    const QString hash =
            rows(*m_db, u"SELECT password_hash FROM staff WHERE username = 'reviewer'"_s)[0][0]
                    .toString();
    QVERIFY(verifier.verify(hash, u"demo-password"_s));
}

void DemoGeneratorTest::accountsHaveRealisticNames()
{
    static const QRegularExpression pinyin(u"^[A-Z][a-z]+ [A-Z][a-z]+$"_s);
    QHash<QString, int> surnames;
    int chinese = 0;
    int english = 0;
    for (const Row &r :
         rows(*m_db, u"SELECT display_name, name_latin, platform_org_id FROM accounts"_s)) {
        const QString name = r[0].toString();
        const QString latin = r[1].toString();
        if (name == latin) {
            ++english;
            QVERIFY2(name.contains(u' '), qPrintable(name));
            continue;
        }
        ++chinese;
        QVERIFY2(!name.contains(u' ') && name.size() >= 2 && name.size() <= 4, qPrintable(name));
        QVERIFY2(pinyin.match(latin).hasMatch(), qPrintable(latin));
        if (r[2].toInt() == 1 && name.size() <= 3)
            ++surnames[name.left(1)];
    }
    QVERIFY(chinese > english);
    QVERIFY(english > 0);
    // 王, 李 and 张 lead China's surnames (about 7% each); 刘 follows closely.
    QList<std::pair<int, QString>> ranked;
    for (auto it = surnames.cbegin(); it != surnames.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.rbegin(), ranked.rend());
    const QSet<QString> top{u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s};
    for (int i = 0; i < 3; ++i)
        QVERIFY2(top.contains(ranked[i].second), qPrintable(ranked[i].second));

    // Usernames follow the activation rule: 6–20 characters, a letter first.
    static const QRegularExpression username(u"^[a-z][a-z0-9_]{5,19}$"_s);
    for (const Row &r : rows(*m_db, u"SELECT username FROM accounts WHERE username IS NOT NULL"_s))
        QVERIFY2(username.match(r[0].toString()).hasMatch(), qPrintable(r[0].toString()));
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(username) - COUNT(DISTINCT lower(username)) FROM accounts"_s),
             0);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(email) - COUNT(DISTINCT lower(email)) FROM accounts"_s),
             0);
}

void DemoGeneratorTest::accountStatusesAreConsistent()
{
    QSet<QString> statuses;
    for (const Row &r :
         rows(*m_db,
              u"SELECT status, username, password_set, activated_at, locked_until,"
              " lock_reason, disabled_reason, created_by_agent, created_at, last_sign_in_at"
              " FROM accounts"_s)) {
        const QString status = r[0].toString();
        statuses.insert(status);
        if (status == u"unactivated") {
            QVERIFY(r[1].isNull());
            QCOMPARE(r[2].toInt(), 0);
            QVERIFY(r[3].isNull());
            QVERIFY(r[9].isNull());
        } else {
            QVERIFY(!r[1].isNull());
            QCOMPARE(r[2].toInt(), 1);
            QVERIFY(r[3].toLongLong() > r[8].toLongLong());
            QCOMPARE(r[7].toInt(), 0);
        }
        QCOMPARE(status == u"locked", !r[4].isNull() && !r[5].toString().isEmpty());
        QCOMPARE(status == u"disabled", !r[6].toString().isEmpty());
        if (r[7].toInt() == 1)
            QCOMPARE(status, u"unactivated"_s);
        QVERIFY(r[8].toLongLong() < m_anchor);
        if (!r[9].isNull())
            QVERIFY(r[9].toLongLong() < m_anchor && r[9].toLongLong() > r[3].toLongLong());
    }
    QCOMPARE(statuses, (QSet<QString>{u"unactivated"_s, u"active"_s, u"locked"_s, u"disabled"_s}));
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM accounts WHERE status = 'active'"_s)
            > kSize * 8 / 10);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM accounts WHERE created_by_agent = 1"_s) > 0);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM accounts WHERE platform_org_id = 1"_s)
            > kSize * 3 / 4);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(DISTINCT method) FROM account_login_methods"_s), 4);
    // The last successful sign-in is the one the account row shows.
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM accounts a WHERE last_sign_in_at IS NOT NULL AND "
                    u"last_sign_in_at <>"
                    " (SELECT MAX(at) FROM account_sign_ins s WHERE s.account_id = a.id AND"
                    " s.result = 'success')"_s),
             0);
    // Every lockout for failed sign-ins shows the five wrong passwords before it.
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM accounts a WHERE lock_reason = "
                    u"'too_many_failed_sign_ins' AND"
                    " (SELECT COUNT(*) FROM account_sign_ins s WHERE s.account_id = a.id AND"
                    " s.result = 'wrong_password' AND s.at > a.locked_until - 3600000) < 5"_s),
             0);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM account_sessions WHERE ended_at IS NULL"_s) > 0);
}

void DemoGeneratorTest::mobilesAreValid()
{
    int checked = 0;
    const auto check = [&](const QString &sql, bool landlinesAllowed) {
        for (const Row &r : rows(*m_db, sql)) {
            const QString text = r[0].toString();
            if (landlinesAllowed && isLandline(text))
                continue;
            const MobileNumberCheck c = MobileNumber::check(text);
            QVERIFY2(c.isValid() && c.normalized == text, qPrintable(text));
            ++checked;
        }
    };
    check(u"SELECT mobile FROM accounts WHERE mobile IS NOT NULL"_s, false);
    check(u"SELECT mobile FROM sms_sends"_s, false);
    check(u"SELECT contact_number FROM workspace_applications WHERE contact_number IS NOT NULL"_s,
          true);
    check(u"SELECT contact_phone FROM enterprise_verifications"_s, true);
    QVERIFY(checked > kSize);
    QCOMPARE(
            scalar(*m_db,
                   u"SELECT COUNT(*) - COUNT(DISTINCT mobile) FROM accounts WHERE mobile IS NOT NULL"_s),
            0);
}

void DemoGeneratorTest::identityNumbersAreValidAndFitTheCard()
{
    const QList<Row> records =
            rows(*m_db,
                 u"SELECT r.id_number, r.id_valid_from, r.id_valid_to, r.validity_years,"
                 " r.four_element_state, r.verified_at, r.legal_name, a.display_name,"
                 " a.name_latin, r.level, r.face_verified_at FROM realname_records r"
                 " JOIN accounts a ON a.id = r.account_id"_s);
    QVERIFY(records.size() > kSize * 3 / 4);
    QSet<QString> states;
    for (const Row &r : records) {
        const ResidentIdCheck id = ResidentIdNumber::check(r[0].toString(), m_anchorDate);
        QVERIFY2(id.isValid(),
                 qPrintable(r[0].toString() + u' ' + ResidentIdNumber::errorCode(id.error)));
        const QDate from = QDate::fromString(r[1].toString(), Qt::ISODate);
        QVERIFY(from.isValid() && from > id.birthDate);
        const int age = ageOn(id.birthDate, from);
        QVERIFY2(age >= 16, qPrintable(r[0].toString()));
        // GB: 10 years from 16 to 25, 20 years from 26 to 45, long-term from 46.
        if (r[3].isNull()) {
            QVERIFY(r[2].isNull());
            QVERIFY2(age >= 46, qPrintable(r[0].toString()));
        } else {
            const int years = r[3].toInt();
            QCOMPARE(years, age <= 25 ? 10 : 20);
            QCOMPARE(QDate::fromString(r[2].toString(), Qt::ISODate), from.addYears(years));
        }
        const QString state = r[4].toString();
        states.insert(state);
        const QDate verified = DemoTime::chinaDate(r[5].toLongLong());
        if (state == u"passed") {
            QVERIFY(from <= verified);
            QVERIFY(r[2].isNull()
                    || QDate::fromString(r[2].toString(), Qt::ISODate) > m_anchorDate);
        }
        if (r[7].toString() != r[8].toString()) // a Chinese display name is the legal name
            QCOMPARE(r[6].toString(), r[7].toString());
        QCOMPARE(r[9].toInt() == 4, !r[10].isNull());
    }
    QVERIFY(states.contains(u"passed"_s));
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM realname_records WHERE level = 4"_s) > 0);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM realname_records WHERE validity_years IS NULL"_s)
            > 0);
}

void DemoGeneratorTest::realnameHistoryMatchesRecords()
{
    QHash<qint64, Row> records;
    for (const Row &r :
         rows(*m_db,
              u"SELECT account_id, level, verified_at, face_verified_at, four_element_state"
              " FROM realname_records"_s))
        records.insert(r[0].toLongLong(), r);
    QHash<qint64, QList<Row>> history;
    for (const Row &r :
         rows(*m_db,
              u"SELECT account_id, at, from_level, to_level, method FROM realname_history"
              " ORDER BY account_id, at, id"_s))
        history[r[0].toLongLong()].append(r);
    QCOMPARE(history.size(), records.size());
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        const QList<Row> &events = it.value();
        const Row record = records.value(it.key());
        QVERIFY(!record.isEmpty());
        QVERIFY(events.first()[2].isNull());
        QCOMPARE(events.first()[3].toInt(), 3);
        QCOMPARE(events.first()[4].toString(), u"four_element"_s);
        qint64 faceAt = 0;
        qint64 lastCheck = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (i > 0) {
                QVERIFY(events[i][1].toLongLong() > events[i - 1][1].toLongLong());
                QCOMPARE(events[i][2].toInt(), events[i - 1][3].toInt());
            }
            QVERIFY(events[i][1].toLongLong() < m_anchor);
            if (events[i][4].toString() == u"face") {
                QCOMPARE(events[i][3].toInt(), 4);
                faceAt = events[i][1].toLongLong();
            } else {
                lastCheck = events[i][1].toLongLong();
            }
        }
        QCOMPARE(events.last()[3].toInt(), record[1].toInt());
        QCOMPARE(faceAt, record[3].isNull() ? 0 : record[3].toLongLong());
        if (record[4].toString() == u"passed")
            QCOMPARE(lastCheck, record[2].toLongLong());
    }
}

void DemoGeneratorTest::smsQuotaIsNeverExceeded()
{
    QHash<QString, QList<qint64>> sent;
    for (const Row &r : rows(*m_db,
                             u"SELECT mobile, sent_at FROM sms_sends WHERE result = 'sent'"
                             " ORDER BY mobile, sent_at"_s))
        sent[r[0].toString()].append(r[1].toLongLong());
    QVERIFY(sent.size() > kSize / 2);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const QList<qint64> &t = it.value();
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (i >= 1)
                QVERIFY2(t[i] - t[i - 1] >= DemoTime::kMinute, qPrintable(it.key()));
            if (i >= 3)
                QVERIFY2(t[i] - t[i - 3] >= DemoTime::kHour, qPrintable(it.key()));
            if (i >= 5)
                QVERIFY2(DemoTime::chinaDay(t[i]) != DemoTime::chinaDay(t[i - 5]),
                         qPrintable(it.key()));
        }
    }
    // Impatient users were refused, each kind of limit at least once.
    QCOMPARE(
            scalar(*m_db,
                   u"SELECT COUNT(DISTINCT result) FROM sms_sends WHERE result LIKE 'limited_%'"_s),
            3);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM sms_sends WHERE account_id IS NULL"_s) > 0);
}

void DemoGeneratorTest::departmentTreesAreAcyclic()
{
    QHash<qint64, std::pair<qint64, qint64>> departments; // id → (organization, parent)
    for (const Row &r : rows(*m_db, u"SELECT id, organization_id, parent_id FROM departments"_s))
        departments.insert(r[0].toLongLong(),
                           {r[1].toLongLong(), r[2].isNull() ? 0 : r[2].toLongLong()});
    QVERIFY(departments.size() >= 12);
    int deepest = 0;
    for (auto it = departments.cbegin(); it != departments.cend(); ++it) {
        qint64 current = it.key();
        int depth = 1;
        while (departments.value(current).second != 0) {
            const qint64 parent = departments.value(current).second;
            QVERIFY2(departments.contains(parent), "a parent that does not exist");
            QCOMPARE(departments.value(parent).first, it.value().first);
            QVERIFY(parent < current);
            current = parent;
            QVERIFY2(++depth <= 16, "a cycle or an absurdly deep tree");
        }
        deepest = std::max(deepest, depth);
    }
    QVERIFY(deepest >= 3);
}

void DemoGeneratorTest::membersBelongWhereTheyShould()
{
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM organization_members m JOIN departments d ON d.id = "
                    u"m.department_id"
                    " WHERE d.organization_id <> m.organization_id"_s),
             0);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM organizations o WHERE (SELECT COUNT(*) FROM "
                    u"organization_members m"
                    " WHERE m.organization_id = o.id AND m.role = 'owner' AND m.account_id ="
                    " o.owner_account_id) <> 1"_s),
             0);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM organization_members m JOIN organizations o ON o.id ="
                    " m.organization_id JOIN accounts a ON a.id = m.account_id WHERE "
                    "a.platform_org_id <>"
                    " o.platform_org_id OR m.joined_at < o.created_at"_s),
             0);
    QVERIFY(scalar(*m_db,
                   u"SELECT COUNT(*) FROM (SELECT account_id FROM organization_members GROUP BY "
                   u"account_id"
                   " HAVING COUNT(*) > 1) x"_s)
            > 0);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(DISTINCT role) FROM organization_members"_s), 3);
}

void DemoGeneratorTest::individualTeamsStayWithinTheirLimit()
{
    const QList<Row> teams =
            rows(*m_db,
                 u"SELECT o.org_type, o.member_limit, (SELECT COUNT(*) FROM organization_members"
                 " m WHERE m.organization_id = o.id) FROM organizations o"_s);
    int individual = 0;
    int full = 0;
    for (const Row &r : teams) {
        if (r[0].toString() == u"individual") {
            ++individual;
            QVERIFY(r[1].toInt() == 5 || r[1].toInt() == 10);
            QVERIFY(r[2].toInt() <= r[1].toInt());
            full += r[2].toInt() == r[1].toInt();
        } else {
            QVERIFY(r[1].isNull());
        }
    }
    QVERIFY(individual > 0);
    QVERIFY(full > 0);
}

void DemoGeneratorTest::largeOrganizationScalesWithSize()
{
    const QList<Row> largest =
            rows(*m_db,
                 u"SELECT organization_id, COUNT(*) AS n FROM organization_members"
                 " GROUP BY organization_id ORDER BY n DESC LIMIT 1"_s);
    QCOMPARE(largest[0][1].toInt(), OrganizationGenerator::largeOrganizationMembers(kSize));
    const qint64 org = largest[0][0].toLongLong();
    QCOMPARE(rows(*m_db,
                  u"SELECT org_type FROM organizations WHERE id = "_s + QString::number(org))[0][0]
                     .toString(),
             u"corporate"_s);
    QVERIFY(scalar(*m_db,
                   u"SELECT COUNT(*) FROM departments WHERE organization_id = "_s
                           + QString::number(org))
            >= 12);
    QCOMPARE(OrganizationGenerator::largeOrganizationMembers(1'000'000), 100'000);
}

void DemoGeneratorTest::creditCodesAreValid()
{
    const QList<Row> codes = rows(*m_db, u"SELECT credit_code FROM enterprise_verifications"_s);
    QVERIFY(codes.size() > kSize / 20);
    for (const Row &r : codes) {
        const CreditCodeCheck c = CreditCode::check(r[0].toString());
        QVERIFY2(c.isValid() && c.normalized == r[0].toString(), qPrintable(r[0].toString()));
    }
}

void DemoGeneratorTest::corporateAccountsWereVerified()
{
    // Corporate accounts are exactly those whose team an approved verification upgraded.
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM accounts a WHERE account_type = 'corporate' AND NOT "
                    u"EXISTS (SELECT 1"
                    " FROM enterprise_verifications v JOIN organizations o ON o.id = "
                    "v.organization_id WHERE"
                    " v.applicant_account_id = a.id AND v.status = 'approved' AND o.org_type = "
                    "'corporate'"
                    " AND o.owner_account_id = a.id)"_s),
             0);
    QCOMPARE(
            scalar(*m_db,
                   u"SELECT COUNT(*) FROM enterprise_verifications v JOIN accounts a ON a.id ="
                   " v.applicant_account_id WHERE v.status = 'approved' AND a.account_type <> 'corporate'"_s),
            0);
}

void DemoGeneratorTest::resubmissionsFollowRejections()
{
    for (const QString &table : {u"workspace_applications"_s, u"enterprise_verifications"_s}) {
        QVERIFY(scalar(*m_db,
                       u"SELECT COUNT(*) FROM "_s + table + u" WHERE previous_id IS NOT NULL"_s)
                > 0);
        QCOMPARE(scalar(*m_db,
                        u"SELECT COUNT(*) FROM "_s + table + u" t JOIN "_s + table
                                + u" p ON p.id = t.previous_id WHERE p.status <> 'rejected' OR "
                                  u"p.submitted_at"
                                  " >= t.submitted_at OR p.decided_at > t.submitted_at OR p.id >= "
                                  "t.id OR"
                                  " p.applicant_account_id <> t.applicant_account_id"_s),
                 0);
        // A rejected submission is followed at most once.
        QCOMPARE(
                scalar(*m_db,
                       u"SELECT COUNT(*) FROM (SELECT previous_id FROM "_s + table
                               + u" WHERE previous_id IS NOT NULL GROUP BY previous_id HAVING COUNT(*) > 1) x"_s),
                0);
    }
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM enterprise_verifications t JOIN "
                    u"enterprise_verifications p ON p.id ="
                    " t.previous_id WHERE p.organization_id <> t.organization_id"_s),
             0);
    // The resubmission changed something (what the reviewer objected to).
    QVERIFY(scalar(*m_db,
                   u"SELECT COUNT(*) FROM workspace_applications t JOIN workspace_applications p "
                   u"ON p.id ="
                   " t.previous_id WHERE p.company_name <> t.company_name OR COALESCE(p.website, "
                   "'') <>"
                   " COALESCE(t.website, '') OR COALESCE(p.contact_number, '') <> "
                   "COALESCE(t.contact_number,"
                   " '') OR COALESCE(p.logo_image_id, 0) <> COALESCE(t.logo_image_id, 0)"_s)
            > 0);
}

void DemoGeneratorTest::reviewFieldsAreConsistent()
{
    const BusinessCalendar calendar = BusinessCalendar::chinaDefault();
    QHash<std::pair<qint64, qint64>, QString> reviewers; // (staff, platform org) → name
    for (const Row &r :
         rows(*m_db,
              u"SELECT s.id, r.platform_org_id, s.display_name FROM staff s JOIN staff_roles r"
              " ON r.staff_id = s.id WHERE r.role = 'reviewer'"_s))
        reviewers.insert({r[0].toLongLong(), r[1].toLongLong()}, r[2].toString());
    QSet<QString> reasonCodes;
    for (const Row &r : rows(*m_db, u"SELECT code FROM reason_codes"_s))
        reasonCodes.insert(r[0].toString());

    for (const QString &table : {u"workspace_applications"_s, u"enterprise_verifications"_s}) {
        QSet<QString> statuses;
        int claimed = 0;
        for (const Row &r :
             rows(*m_db,
                  u"SELECT status, submitted_at, due_at, decided_at, decided_by_staff_id,"
                  " decided_by_name, reason_code, claimed_by_staff_id, claimed_by_name,"
                  " claim_expires_at, platform_org_id FROM "_s
                          + table)) {
            const QString status = r[0].toString();
            statuses.insert(status);
            const qint64 submitted = r[1].toLongLong();
            const qint64 org = r[10].toLongLong();
            QVERIFY(submitted < m_anchor);
            QCOMPARE(r[2].toLongLong(),
                     calendar.addBusinessDays(QDateTime::fromMSecsSinceEpoch(submitted, Qt::UTC), 2)
                             .toMSecsSinceEpoch());
            if (status == u"under_review") {
                QVERIFY(r[3].isNull() && r[4].isNull() && r[6].isNull());
                if (!r[7].isNull()) {
                    ++claimed;
                    QCOMPARE(reviewers.value({r[7].toLongLong(), org}), r[8].toString());
                    QVERIFY(r[9].toLongLong() > m_anchor);
                }
                continue;
            }
            QVERIFY(r[7].isNull());
            QVERIFY(r[3].toLongLong() > submitted && r[3].toLongLong() < m_anchor);
            if (status == u"withdrawn") {
                QVERIFY(r[4].isNull());
                continue;
            }
            QVERIFY2(reviewers.contains({r[4].toLongLong(), org}),
                     "decided by someone who does not review there");
            QCOMPARE(reviewers.value({r[4].toLongLong(), org}), r[5].toString());
            if (status == u"rejected")
                QVERIFY2(reasonCodes.contains(r[6].toString()), qPrintable(r[6].toString()));
        }
        QCOMPARE(statuses,
                 (QSet<QString>{u"under_review"_s, u"approved"_s, u"rejected"_s, u"withdrawn"_s}));
        QVERIFY(claimed > 0);
    }
    // The queue is the bulk of the applications: about a tenth of the accounts are waiting.
    QVERIFY(scalar(*m_db,
                   u"SELECT COUNT(*) FROM workspace_applications WHERE status = 'under_review'"_s)
            > kSize / 20);
}

void DemoGeneratorTest::workspacesFollowApprovals()
{
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM workspaces"_s),
             scalar(*m_db,
                    u"SELECT COUNT(*) FROM workspace_applications WHERE status = 'approved'"_s));
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM workspaces w JOIN workspace_applications a ON a.id = "
                    u"w.application_id"
                    " WHERE a.status <> 'approved' OR w.name <> a.company_name OR "
                    "w.owner_account_id <>"
                    " a.applicant_account_id OR w.created_at < a.decided_at OR (w.logo_image_id IS "
                    "NULL) ="
                    " (w.avatar_colour IS NULL)"_s),
             0);
}

void DemoGeneratorTest::openPlatformBindingsHold()
{
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM apps WHERE open_platform_account_id IS NOT NULL"_s)
            > 0);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM apps WHERE open_platform_account_id IS NULL"_s)
            > 0);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(DISTINCT kind) FROM apps"_s), 2);
    // An app is bound to at most one open-platform account, of the same subject.
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) - COUNT(DISTINCT id) FROM apps"_s), 0);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM apps a JOIN open_platform_accounts o ON o.id ="
                    " a.open_platform_account_id WHERE o.owner_account_id <> a.owner_account_id OR"
                    " o.platform_org_id <> a.platform_org_id OR a.bound_at < a.created_at OR "
                    "a.bound_at <"
                    " o.created_at"_s),
             0);
    // One UnionID per (account, open-platform account), exactly where the account has
    // an OpenID in one of its apps.
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM unionids u WHERE NOT EXISTS (SELECT 1 FROM openids i "
                    u"JOIN apps a ON"
                    " a.id = i.app_id WHERE a.open_platform_account_id = "
                    "u.open_platform_account_id AND"
                    " i.account_id = u.account_id)"_s),
             0);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM openids i JOIN apps a ON a.id = i.app_id WHERE"
                    " a.open_platform_account_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    "unionids u WHERE"
                    " u.open_platform_account_id = a.open_platform_account_id AND u.account_id ="
                    " i.account_id)"_s),
             0);
    // Agent-created open-platform accounts are unauthenticated and belong to agent-created
    // accounts.
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM open_platform_accounts WHERE authenticated = 0"_s)
            > 0);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM open_platform_accounts o JOIN accounts a ON a.id ="
                    " o.owner_account_id WHERE (o.authenticated = 0) <> "
                    "(o.created_by_third_party_id IS NOT"
                    " NULL) OR (o.authenticated = 0) <> (a.created_by_agent = 1)"_s),
             0);
    static const QRegularExpression openid(u"^o[A-Za-z0-9_-]{27}$"_s);
    for (const Row &r :
         rows(*m_db, u"SELECT openid FROM openids UNION ALL SELECT unionid FROM unionids"_s))
        QVERIFY2(openid.match(r[0].toString()).hasMatch(), qPrintable(r[0].toString()));
}

void DemoGeneratorTest::exclusiveAuthorizationsAreHeldByOnePlatform()
{
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM (SELECT app_id, permission_set FROM "
                    u"third_party_authorizations"
                    " WHERE exclusive = 1 AND revoked_at IS NULL GROUP BY app_id, permission_set "
                    "HAVING"
                    " COUNT(*) > 1) x"_s),
             0);
    // Over time too: an exclusive grant starts only after the one before it was revoked.
    QHash<std::pair<qint64, QString>, QList<std::pair<qint64, qint64>>> grants;
    for (const Row &r :
         rows(*m_db,
              u"SELECT app_id, permission_set, granted_at, revoked_at FROM"
              " third_party_authorizations WHERE exclusive = 1 ORDER BY app_id, permission_set,"
              " granted_at"_s))
        grants[{r[0].toLongLong(), r[1].toString()}].append(
                {r[2].toLongLong(),
                 r[3].isNull() ? std::numeric_limits<qint64>::max() : r[3].toLongLong()});
    int handovers = 0;
    for (const auto &list : std::as_const(grants)) {
        for (qsizetype i = 1; i < list.size(); ++i) {
            QVERIFY(list[i - 1].second <= list[i].first);
            ++handovers;
        }
    }
    QVERIFY(handovers > 0);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM third_party_authorizations WHERE exclusive = 0"_s)
            > 0);
}

void DemoGeneratorTest::integrationSourcesCoverEveryKind()
{
    for (int org = 1; org <= 2; ++org) {
        QCOMPARE(
                scalar(*m_db,
                       u"SELECT COUNT(DISTINCT kind) FROM integration_sources WHERE platform_org_id = "_s
                               + QString::number(org)),
                6);
    }
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(DISTINCT status) FROM integration_sources"_s), 4);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM integration_sources WHERE status IN ('degraded', "
                    u"'failing') AND"
                    " (errors_count = 0 OR last_error IS NULL)"_s),
             0);
}

void DemoGeneratorTest::imagesAreValidPngs()
{
    const QList<Row> images = rows(
            *m_db, u"SELECT content_type, byte_size, sha256, width, height, data FROM images"_s);
    QVERIFY(images.size() >= 5);
    for (const Row &r : images) {
        const QByteArray png = r[5].toByteArray();
        QCOMPARE(r[0].toString(), u"image/png"_s);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(r[1].toLongLong(), png.size());
        QCOMPARE(r[2].toString(),
                 QString::fromLatin1(
                         QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 16), r[3].toUInt());
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 20), r[4].toUInt());
        QVERIFY(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    }
}

void DemoGeneratorTest::sameSeedGivesSameData()
{
    const std::unique_ptr<Database> again =
            generateInto(m_dir.filePath(u"again.sqlite"_s), kSize, kSeed);
    QCOMPARE(digest(*again).toHex(), digest(*m_db).toHex());
}

void DemoGeneratorTest::differentSeedGivesDifferentData()
{
    const std::unique_ptr<Database> other =
            generateInto(m_dir.filePath(u"other.sqlite"_s), kSize, kSeed + 1);
    QVERIFY(digest(*other) != digest(*m_db));
    // Not only the timestamps: names and numbers differ too.
    QVERIFY(rows(*other, u"SELECT display_name, mobile FROM accounts ORDER BY id LIMIT 20"_s)
            != rows(*m_db, u"SELECT display_name, mobile FROM accounts ORDER BY id LIMIT 20"_s));
}

void DemoGeneratorTest::queueColumnsNeedNoBackfill()
{
    // The generator fills the queue columns of schema v2 itself, so the server's
    // back-fill after a demo load finds nothing to change.
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM workspace_applications t JOIN accounts a ON a.id ="
                    " t.applicant_account_id WHERE t.applicant_name <> a.display_name OR"
                    " t.applicant_email <> COALESCE(a.email, '')"_s),
             0);
    const QByteArray before = digest(*m_db);
    QueueBackfill::run(*m_db);
    QCOMPARE(digest(*m_db).toHex(), before.toHex());
    // Images belong to the platform organization whose items use them.
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM workspace_applications t JOIN images i ON i.id = "
                    u"t.logo_image_id"
                    " WHERE i.platform_org_id <> t.platform_org_id"_s),
             0);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(*) FROM enterprise_verifications t JOIN images i ON i.id ="
                    " t.licence_image_id WHERE i.platform_org_id <> t.platform_org_id"_s),
             0);
    QCOMPARE(scalar(*m_db,
                    u"SELECT COUNT(DISTINCT submission_number) FROM workspace_applications"_s),
             3);
}

void DemoGeneratorTest::postgresGetsTheSameData()
{
    if (PostgresTestDatabase::fixtureUrl().isEmpty())
        QSKIP("no PostgreSQL fixture (run the demogenerator_postgres test through CTest)");
    PostgresTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    constexpr int size = 600;
    qint64 elapsed = 0;
    const std::unique_ptr<Database> db = generateInto(pg.url(), size, kSeed, &elapsed);
    qInfo("generated %d accounts into PostgreSQL in %lld ms", size, elapsed);
    const std::unique_ptr<Database> lite =
            generateInto(m_dir.filePath(u"small.sqlite"_s), size, kSeed);
    QCOMPARE(digest(*db).toHex(), digest(*lite).toHex());
    // Every foreign key the migrations made is back after the load.
    PostgresTestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    QString error;
    const std::unique_ptr<Database> migrated = Database::fromUrl(fresh.url(), &error);
    QVERIFY(migrated && migrated->open(&error) && Migrations::migrate(*migrated, &error));
    const QString foreignKeys =
            u"SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
            " FROM pg_constraint WHERE contype = 'f' ORDER BY 1"_s;
    QVERIFY(!rows(*migrated, foreignKeys).isEmpty());
    QCOMPARE(rows(*db, foreignKeys), rows(*migrated, foreignKeys));
    // The identity sequences were moved past the generated ids.
    const qint64 maxId = scalar(*db, u"SELECT MAX(id) FROM integration_sources"_s);
    const qint64 next = scalar(
            *db,
            u"INSERT INTO integration_sources (platform_org_id, name, kind, status, created_at)"
            " VALUES (1, 'new', 'api', 'healthy', 0) RETURNING id"_s);
    QVERIFY(next > maxId);
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "tst_demogenerator.moc"
