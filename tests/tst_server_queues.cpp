// The review queues end to end on an in-process gatehouse-server with a clock
// the test moves: submit → claim → reject → resubmit → history and diff →
// approve; validation; roles and other organizations; leases; due dates.
#include "httptestclient.h"
#include "inprocessserver.h"
#include "postgrestestdatabase.h"
#include "store/database.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kPortalKey = "test-portal-key";

// A valid 1×1 PNG.
QByteArray tinyPng()
{
    return QByteArray::fromHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
            "0000000d49444154789c6360f8cfc0f01f0005000201e2d6c6b40000000049454e44ae426082");
}

HttpTestClient::Headers portal()
{
    return {{"X-Portal-Key", kPortalKey}};
}

HttpTestClient::Headers decision(int version,
                                 const QByteArray &key = QUuid::createUuid().toByteArray())
{
    return {{"If-Match", '"' + QByteArray::number(version) + '"'}, {"Idempotency-Key", key}};
}

} // namespace

class TestServerQueues : public QObject
{
    Q_OBJECT

private:
    // The same tests run on SQLite and, as queues_postgres, on PostgreSQL.
    std::unique_ptr<PostgresTestDatabase> m_postgres;
    std::unique_ptr<InProcessServer> m_server;
    HttpTestClient m_portal;

    qint64 addApplicant(const QString &name, const QString &email, qint64 orgId = 1,
                        qint64 *team = nullptr)
    {
        Database &db = m_server->server().database();
        QSqlQuery &a = db.prepare(
                u"INSERT INTO accounts (platform_org_id, username, email, display_name, name_latin,"
                " account_type, status, created_at, preferred_language) VALUES (:o, :u, :e, :d, :l,"
                " 'individual', 'active', 0, :lang) RETURNING id"_s);
        a.bindValue(u":o"_s, orgId);
        a.bindValue(u":u"_s, email.section(u'@', 0, 0));
        a.bindValue(u":e"_s, email);
        a.bindValue(u":d"_s, name);
        a.bindValue(u":l"_s, name);
        a.bindValue(u":lang"_s, name.at(0).unicode() > 0x2e80 ? u"zh_CN"_s : u"en"_s);
        db.exec(a);
        a.next();
        const qint64 account = a.value(0).toLongLong();
        a.finish();
        QSqlQuery &o = db.prepare(
                u"INSERT INTO organizations (platform_org_id, name, org_type, member_limit,"
                " owner_account_id, created_at) VALUES (:o, :n, 'individual', 5, :a, 0) RETURNING id"_s);
        o.bindValue(u":o"_s, orgId);
        o.bindValue(u":n"_s, QString(name + u"的团队"_s));
        o.bindValue(u":a"_s, account);
        db.exec(o);
        o.next();
        if (team)
            *team = o.value(0).toLongLong();
        o.finish();
        return account;
    }

    QString signIn(const QString &login, qint64 org = 1)
    {
        HttpTestClient c(m_server->baseUrl());
        const HttpReply r = c.postJson(u"/api/v1/auth/sign-in"_s,
                                       {{u"login"_s, login},
                                        {u"password"_s, m_server->password()},
                                        {u"organization_id"_s, org}});
        return r.json().value(u"access_token"_s).toString();
    }

    qint64 submitApplication(qint64 account, const QString &company, qint64 previous = 0)
    {
        QJsonObject body{{u"applicant_account_id"_s, account},
                         {u"applicant_role"_s, u"technical_merchant"_s},
                         {u"company_name"_s, company},
                         {u"website"_s, u"https://www.example.com"_s},
                         {u"contact_number"_s, u"010-62345678"_s},
                         {u"email"_s, u"contact@example.com"_s}};
        if (previous)
            body.insert(u"previous_id"_s, previous);
        const HttpReply r =
                m_portal.postJson(u"/api/v1/portal/workspace-applications"_s, body, portal());
        if (r.status != 201)
            qWarning().noquote() << r.status << r.body;
        return r.json().value(u"id"_s).toInteger();
    }

private slots:
    void init()
    {
        InProcessServer::Options o;
        o.auth.accessTokenMs = 24LL * 3600 * 1000; // these tests move the clock by minutes and days
        o.configure = [](ServerOptions &s) {
            s.portalKey = QString::fromLatin1(kPortalKey);
            s.claimLeaseMs = 5 * 60 * 1000;
        };
        // A Monday morning in Beijing.
        o.start = QDateTime(QDate(2026, 11, 16), QTime(2, 0), Qt::UTC);
        if (qEnvironmentVariable("GATEHOUSE_QUEUE_TEST_BACKEND") == u"postgresql") {
            m_postgres = std::make_unique<PostgresTestDatabase>();
            QVERIFY2(m_postgres->isValid(), qPrintable(m_postgres->error()));
            o.databaseUrl = m_postgres->url();
        }
        m_server = std::make_unique<InProcessServer>(o);
        QVERIFY(m_server->start());
        m_portal.setBaseUrl(m_server->baseUrl());
        // The demo platform's own queue items would crowd the lists these tests count.
        Database &db = m_server->server().database();
        for (const QString &table : {u"workspace_applications"_s, u"enterprise_verifications"_s})
            db.execDirect(u"UPDATE "_s + table
                          + u" SET status = 'withdrawn', claimed_by_staff_id = NULL"_s);
    }

    void cleanup()
    {
        m_server.reset();
        m_postgres.reset();
    }

    void submitClaimRejectResubmitApprove()
    {
        qint64 team = 0;
        const qint64 applicant = addApplicant(u"张伟"_s, u"zhang.wei@example.com"_s, 1, &team);
        const qint64 first = submitApplication(applicant, u"星辰科技有限公司"_s);
        QVERIFY(first > 0);

        HttpTestClient reviewer(m_server->baseUrl());
        reviewer.setBearer(signIn(u"reviewer"_s));
        HttpReply list = reviewer.get(
                u"/api/v1/queues/workspace-applications/items?status=under_review&q=%E6%98%9F%E8%BE%B0"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(u"total"_s).toInt(), 1);
        const QJsonObject row = list.json().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"id"_s).toInteger(), first);
        QCOMPARE(row.value(u"applicant"_s).toObject().value(u"name"_s).toString(), u"张伟"_s);
        // Submitted Monday 10:00 Beijing: due Wednesday 10:00.
        QCOMPARE(row.value(u"due_at"_s).toString(), u"2026-11-18T02:00:00.000Z"_s);
        QCOMPARE(row.value(u"business_days_left"_s).toInt(), 2);

        HttpReply claim = reviewer.post(
                u"/api/v1/queues/workspace-applications/items/%1/claim"_s.arg(first), {}, {});
        QCOMPARE(claim.status, 200);
        QCOMPARE(claim.json().value(u"claim"_s).toObject().value(u"name"_s).toString(), u"李娜"_s);

        // A rejection needs a reason code from the list.
        const QString decide =
                u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(first);
        HttpReply bad = reviewer.postJson(decide, {{u"decision"_s, u"reject"_s}}, decision(1));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), u"validation_failed"_s);
        bad = reviewer.postJson(
                decide, {{u"decision"_s, u"reject"_s}, {u"reason_code"_s, u"no_such_reason"_s}},
                decision(1));
        QCOMPARE(bad.status, 400);
        bad = reviewer.postJson(decide,
                                {{u"decision"_s, u"reject"_s}, {u"reason_code"_s, u"other"_s}},
                                decision(1));
        QCOMPARE(bad.status, 400); // "other" needs the free text
        HttpReply preview = reviewer.get(
                u"/api/v1/queues/workspace-applications/items/%1/mail-preview?decision=reject&reason_code=website_unreachable"_s
                        .arg(first));
        QCOMPARE(preview.status, 200);
        QCOMPARE(preview.json().value(u"language"_s).toString(), u"zh_CN"_s);
        QVERIFY(preview.json().value(u"body"_s).toString().contains(u"网站无法访问"_s));

        HttpReply rejected = reviewer.postJson(decide,
                                               {{u"decision"_s, u"reject"_s},
                                                {u"reason_code"_s, u"website_unreachable"_s},
                                                {u"reason_text"_s, u"请提供可访问的官网。"_s}},
                                               decision(1));
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.json().value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(rejected.header("ETag"), QByteArray("\"2\""));

        // The applicant was mailed in Chinese.
        HttpReply outbox = reviewer.get(
                u"/api/v1/mail-outbox?related_type=workspace_application&related_id=%1"_s.arg(
                        first));
        QCOMPARE(outbox.status, 200);
        const QJsonObject mail = outbox.json().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(mail.value(u"recipient"_s).toString(), u"zhang.wei@example.com"_s);
        QCOMPARE(mail.value(u"language"_s).toString(), u"zh_CN"_s);
        QVERIFY(mail.value(u"subject"_s).toString().contains(u"未通过"_s));

        // Resubmission with a changed website; only the latest rejected one may be resubmitted.
        QJsonObject again{{u"applicant_account_id"_s, applicant},
                          {u"applicant_role"_s, u"technical_merchant"_s},
                          {u"company_name"_s, u"星辰科技有限公司"_s},
                          {u"website"_s, u"https://xingchen.example.cn"_s},
                          {u"contact_number"_s, u"010-62345678"_s},
                          {u"email"_s, u"contact@example.com"_s},
                          {u"previous_id"_s, first}};
        HttpReply second =
                m_portal.postJson(u"/api/v1/portal/workspace-applications"_s, again, portal());
        QCOMPARE(second.status, 201);
        const qint64 secondId = second.json().value(u"id"_s).toInteger();
        HttpReply twice =
                m_portal.postJson(u"/api/v1/portal/workspace-applications"_s, again, portal());
        QCOMPARE(twice.status, 409); // one under review at a time

        HttpReply detail =
                reviewer.get(u"/api/v1/queues/workspace-applications/items/%1"_s.arg(secondId));
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json().value(u"submission_number"_s).toInt(), 2);
        const QJsonArray history = detail.json().value(u"history"_s).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toObject().value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(history[0].toObject().value(u"reason_code"_s).toString(),
                 u"website_unreachable"_s);
        QCOMPARE(history[1].toObject().value(u"changed_fields"_s).toArray(),
                 QJsonArray{u"website"_s});

        HttpReply approved = reviewer.postJson(
                u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(secondId),
                {{u"decision"_s, u"approve"_s}}, decision(1));
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(u"status"_s).toString(), u"approved"_s);
        // The workspace exists, named after the company, with a generated avatar colour.
        QSqlQuery &w = m_server->server().database().prepare(
                u"SELECT name, avatar_colour FROM workspaces WHERE application_id = :id"_s);
        w.bindValue(u":id"_s, secondId);
        m_server->server().database().exec(w);
        QVERIFY(w.next());
        QCOMPARE(w.value(0).toString(), u"星辰科技有限公司"_s);
        QVERIFY(w.value(1).toString().startsWith(u'#'));
        w.finish();

        // The item's audit trail has every step, with names.
        HttpReply trail =
                reviewer.get(u"/api/v1/queues/workspace-applications/items/%1/audit"_s.arg(first));
        QStringList actions;
        for (const QJsonValue &e : trail.json().value(u"items"_s).toArray())
            actions.prepend(e.toObject().value(u"action"_s).toString());
        QCOMPARE(actions,
                 (QStringList{u"workspace_application.submit"_s, u"workspace_application.claim"_s,
                              u"workspace_application.decide"_s}));
    }

    void verificationApprovalMakesTheTeamCorporate()
    {
        qint64 team = 0;
        const qint64 applicant = addApplicant(u"Oliver Brown"_s, u"oliver@example.com"_s, 1, &team);
        HttpReply image = m_portal.post(u"/api/v1/portal/images?account_id=%1"_s.arg(applicant),
                                        tinyPng(), "image/png", portal());
        QCOMPARE(image.status, 201);
        QJsonObject body{{u"applicant_account_id"_s, applicant},
                         {u"organization_id"_s, team},
                         {u"company_name"_s, u"Harbor Software Co."_s},
                         {u"credit_code"_s, u"91310000MA1FL5HX7Y"_s},
                         {u"legal_representative"_s, u"Oliver Brown"_s},
                         {u"licence_image_id"_s, image.json().value(u"id"_s)},
                         {u"contact_name"_s, u"Oliver Brown"_s},
                         {u"contact_phone"_s, u"13800138000"_s}};
        HttpReply submitted =
                m_portal.postJson(u"/api/v1/portal/enterprise-verifications"_s, body, portal());
        QCOMPARE(submitted.status, 201);
        const qint64 id = submitted.json().value(u"id"_s).toInteger();

        HttpTestClient reviewer(m_server->baseUrl());
        reviewer.setBearer(signIn(u"reviewer"_s));
        HttpReply licence =
                reviewer.get(u"/api/v1/images/%1"_s.arg(image.json().value(u"id"_s).toInteger()));
        QCOMPARE(licence.status, 200);
        QCOMPARE(licence.header("Content-Type"), QByteArray("image/png"));
        QCOMPARE(licence.body, tinyPng());

        HttpReply approved = reviewer.postJson(
                u"/api/v1/queues/enterprise-verifications/items/%1/decision"_s.arg(id),
                {{u"decision"_s, u"approve"_s}}, decision(1));
        QCOMPARE(approved.status, 200);
        QSqlQuery &o = m_server->server().database().prepare(
                u"SELECT o.org_type, o.member_limit, a.account_type FROM organizations o JOIN "
                u"accounts a ON"
                " a.id = o.owner_account_id WHERE o.id = :id"_s);
        o.bindValue(u":id"_s, team);
        m_server->server().database().exec(o);
        QVERIFY(o.next());
        QCOMPARE(o.value(0).toString(), u"corporate"_s);
        QVERIFY(o.value(1).isNull());
        QCOMPARE(o.value(2).toString(), u"corporate"_s);
        o.finish();
        // The mail is in English for an English-speaking applicant.
        HttpReply outbox = reviewer.get(
                u"/api/v1/mail-outbox?related_type=enterprise_verification&related_id=%1"_s.arg(
                        id));
        QCOMPARE(outbox.json()
                         .value(u"items"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"language"_s)
                         .toString(),
                 u"en"_s);
    }

    void submissionsAreValidated_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("credit code check")
                << u"credit_code"_s << QJsonValue(u"91310000MA1FL5HX7C"_s)
                << u"credit_code_wrong_check_character"_s;
        QTest::newRow("credit code letter O")
                << u"credit_code"_s << QJsonValue(u"91310000MA1FL5HX7O"_s)
                << u"credit_code_invalid_character"_s;
        QTest::newRow("phone") << u"contact_phone"_s << QJsonValue(u"12345"_s)
                               << u"contact_number_invalid"_s;
        QTest::newRow("email") << u"contact_email"_s << QJsonValue(u"not-an-email"_s)
                               << u"email_missing_at"_s;
        QTest::newRow("empty company") << u"company_name"_s << QJsonValue(u"  "_s) << u"empty"_s;
        QTest::newRow("wrong type")
                << u"organization_id"_s << QJsonValue(u"12"_s) << u"wrong_type"_s;
        QTest::newRow("privileged status")
                << u"status"_s << QJsonValue(u"approved"_s) << u"privileged_field"_s;
        QTest::newRow("unknown field") << u"colour"_s << QJsonValue(u"red"_s) << u"unknown_field"_s;
    }
    void submissionsAreValidated()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        qint64 team = 0;
        const qint64 applicant = addApplicant(u"李雷"_s, u"lilei@example.com"_s, 1, &team);
        HttpReply image = m_portal.post(u"/api/v1/portal/images?account_id=%1"_s.arg(applicant),
                                        tinyPng(), "image/png", portal());
        QJsonObject body{{u"applicant_account_id"_s, applicant},
                         {u"organization_id"_s, team},
                         {u"company_name"_s, u"青禾网络科技有限公司"_s},
                         {u"credit_code"_s, u"91310000MA1FL5HX7Y"_s},
                         {u"legal_representative"_s, u"李雷"_s},
                         {u"licence_image_id"_s, image.json().value(u"id"_s)},
                         {u"contact_name"_s, u"李雷"_s},
                         {u"contact_phone"_s, u"0755 2345678"_s}};
        body.insert(field, value);
        HttpReply r =
                m_portal.postJson(u"/api/v1/portal/enterprise-verifications"_s, body, portal());
        QCOMPARE(r.status, 400);
        bool found = false;
        for (const QJsonValue &e : r.json().value(u"errors"_s).toArray())
            found = found
                    || (e.toObject().value(u"field"_s).toString() == field
                        && e.toObject().value(u"code"_s).toString() == code);
        QVERIFY2(found, r.body.constData());
    }

    void imagesAreCheckedByTheirBytes()
    {
        const qint64 applicant = addApplicant(u"王芳"_s, u"wangfang@example.com"_s);
        const QString path = u"/api/v1/portal/images?account_id=%1"_s.arg(applicant);
        QCOMPARE(m_portal.post(path, "GIF89a not really", "image/gif", portal()).status, 415);
        QCOMPARE(m_portal.post(path, tinyPng(), "image/jpeg", portal()).status,
                 415); // declared type lies
        QCOMPARE(
                m_portal.post(path, QByteArray(3 * 1024 * 1024, 'x'), "image/png", portal()).status,
                413);
        QCOMPARE(m_portal.post(path, tinyPng(), "image/png", {}).status, 403); // no portal key
    }

    void rolesAndOtherOrganizations()
    {
        const qint64 applicant = addApplicant(u"赵敏"_s, u"zhaomin@example.com"_s);
        const qint64 id = submitApplication(applicant, u"北辰信息技术有限公司"_s);
        const qint64 elsewhere = addApplicant(u"Grace Liu"_s, u"grace@example.com"_s, 2);
        const qint64 otherOrgItem = submitApplication(elsewhere, u"Nimbus Technology Ltd."_s);
        QVERIFY(id && otherOrgItem);

        HttpTestClient support(m_server->baseUrl());
        support.setBearer(signIn(u"support"_s));
        QCOMPARE(support.get(u"/api/v1/queues/workspace-applications/items"_s).status, 403);

        HttpTestClient auditor(m_server->baseUrl());
        auditor.setBearer(signIn(u"auditor"_s));
        QCOMPARE(auditor.get(u"/api/v1/queues/workspace-applications/items"_s).status, 200);
        QCOMPARE(auditor.post(u"/api/v1/queues/workspace-applications/items/%1/claim"_s.arg(id), {},
                              {})
                         .status,
                 403);
        QCOMPARE(auditor.postJson(u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(
                                          id),
                                  {{u"decision"_s, u"approve"_s}}, decision(1))
                         .status,
                 403);

        HttpTestClient reviewer(m_server->baseUrl());
        reviewer.setBearer(signIn(u"reviewer"_s));
        // Another organization's item does not exist for this reviewer.
        QCOMPARE(reviewer.get(u"/api/v1/queues/workspace-applications/items/%1"_s.arg(otherOrgItem))
                         .status,
                 404);
        QCOMPARE(reviewer.post(u"/api/v1/queues/workspace-applications/items/%1/claim"_s.arg(
                                       otherOrgItem),
                               {}, {})
                         .status,
                 404);
        QCOMPARE(reviewer.postJson(u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(
                                           otherOrgItem),
                                   {{u"decision"_s, u"approve"_s}}, decision(1))
                         .status,
                 404);
        QCOMPARE(reviewer.get(u"/api/v1/queues/nonsense/items"_s).status, 404);
        QCOMPARE(reviewer.get(u"/api/v1/queues/workspace-applications/items?sort=colour"_s).status,
                 400);
    }

    void claimsExpireAndNextSkipsHeldItems()
    {
        const qint64 a1 = addApplicant(u"周杰"_s, u"zhoujie@example.com"_s);
        const qint64 a2 = addApplicant(u"吴婷"_s, u"wuting@example.com"_s);
        const qint64 older = submitApplication(a1, u"锦程科技有限公司"_s);
        m_server->clock().advance(60 * 1000);
        const qint64 newer = submitApplication(a2, u"汇通科技有限公司"_s);

        HttpTestClient li(m_server->baseUrl());
        li.setBearer(signIn(u"reviewer"_s));
        HttpTestClient emily(m_server->baseUrl());
        emily.setBearer(signIn(u"emily.chen"_s));

        HttpReply next = li.post(u"/api/v1/queues/workspace-applications/next"_s, {}, {});
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value(u"id"_s).toInteger(), older); // the oldest due
        HttpReply held = emily.post(
                u"/api/v1/queues/workspace-applications/items/%1/claim"_s.arg(older), {}, {});
        QCOMPARE(held.status, 409);
        QCOMPARE(held.code(), u"claimed_by_other"_s);
        QCOMPARE(emily.postJson(u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(
                                        older),
                                {{u"decision"_s, u"approve"_s}}, decision(1))
                         .status,
                 409);
        next = emily.post(u"/api/v1/queues/workspace-applications/next"_s, {}, {});
        QCOMPARE(next.json().value(u"id"_s).toInteger(), newer); // nobody holds it
        QCOMPARE(emily.post(u"/api/v1/queues/workspace-applications/next"_s, {}, {}).status, 204);

        // The lease renews while Li works, and lapses when she leaves.
        m_server->clock().advance(4 * 60 * 1000);
        QCOMPARE(li.post(u"/api/v1/queues/workspace-applications/items/%1/claim"_s.arg(older), {},
                         {})
                         .status,
                 200);
        m_server->clock().advance(4 * 60 * 1000);
        QCOMPARE(emily.post(u"/api/v1/queues/workspace-applications/items/%1/claim"_s.arg(older),
                            {}, {})
                         .status,
                 409);
        m_server->clock().advance(2 * 60 * 1000);
        HttpReply taken = emily.post(
                u"/api/v1/queues/workspace-applications/items/%1/claim"_s.arg(older), {}, {});
        QCOMPARE(taken.status, 200);
        QCOMPARE(taken.json().value(u"claim"_s).toObject().value(u"name"_s).toString(),
                 u"Emily Chen"_s);
        // "Claimed by me": the older item; her lease on the newer one lapsed unrenewed.
        HttpReply mine = emily.get(u"/api/v1/queues/workspace-applications/items?claimed=me"_s);
        QCOMPARE(mine.json().value(u"total"_s).toInt(), 1);
        QCOMPARE(
                emily.get(u"/api/v1/queues/workspace-applications/items?claimed=nobody&status=under_review"_s)
                        .json()
                        .value(u"total"_s)
                        .toInt(),
                1);
        HttpReply released = emily.post(
                u"/api/v1/queues/workspace-applications/items/%1/release"_s.arg(older), {}, {});
        QCOMPARE(released.status, 200);
        QVERIFY(released.json().value(u"claim"_s).isNull());
    }

    void dueDatesSkipWeekendsAndHolidays()
    {
        const qint64 a = addApplicant(u"郑爽"_s, u"zheng@example.com"_s);
        // Friday 20 November, 16:00 in Beijing: due Tuesday 24 November, 16:00.
        m_server->clock().set(QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
        const qint64 friday = submitApplication(a, u"Apex Software Co."_s);
        HttpTestClient reviewer(m_server->baseUrl());
        reviewer.setBearer(signIn(u"reviewer"_s));
        QCOMPARE(reviewer.get(u"/api/v1/queues/workspace-applications/items/%1"_s.arg(friday))
                         .json()
                         .value(u"due_at"_s)
                         .toString(),
                 u"2026-11-24T08:00:00.000Z"_s);
        // Wednesday 30 September: National Day (1-7 Oct) and the weekend pass first.
        const qint64 b = addApplicant(u"钱坤"_s, u"qian@example.com"_s);
        m_server->clock().set(QDateTime(QDate(2026, 9, 30), QTime(2, 0), Qt::UTC));
        const qint64 holiday = submitApplication(b, u"云帆科技有限公司"_s);
        reviewer.setBearer(
                signIn(u"reviewer"_s)); // the clock went back before the token was issued
        QCOMPARE(reviewer.get(u"/api/v1/queues/workspace-applications/items/%1"_s.arg(holiday))
                         .json()
                         .value(u"due_at"_s)
                         .toString(),
                 u"2026-10-09T02:00:00.000Z"_s);
        // An administrator's new holiday moves later due dates.
        HttpTestClient admin(m_server->baseUrl());
        admin.setBearer(signIn(u"admin"_s));
        QCOMPARE(reviewer.send("PUT", u"/api/v1/calendar/2026-12-01"_s, R"({"kind":"holiday"})",
                               "application/json", {})
                         .status,
                 403);
        QCOMPARE(admin.send("PUT", u"/api/v1/calendar/2026-12-01"_s,
                            R"({"kind":"holiday","name":"Company day"})", "application/json", {})
                         .status,
                 200);
        const qint64 c = addApplicant(u"孙俪"_s, u"sunli@example.com"_s);
        m_server->clock().set(QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC)); // Monday
        const qint64 monday = submitApplication(c, u"锦程信息技术有限公司"_s);
        reviewer.setBearer(signIn(u"reviewer"_s));
        QCOMPARE(reviewer.get(u"/api/v1/queues/workspace-applications/items/%1"_s.arg(monday))
                         .json()
                         .value(u"due_at"_s)
                         .toString(),
                 u"2026-12-03T02:00:00.000Z"_s);
    }

    void textSearchAndCountsFollowChanges()
    {
        const qint64 a = addApplicant(u"欧阳娜娜"_s, u"nana.ouyang@mail.example.cn"_s);
        const qint64 b = addApplicant(u"Harper Lee"_s, u"harper@lumen.example.com"_s);
        const qint64 c = addApplicant(u"孔明"_s, u"kongming@example.org"_s);
        const qint64 ia = submitApplication(a, u"星辰科技有限公司"_s);
        const qint64 ib = submitApplication(b, u"Lumen Software Co."_s);
        submitApplication(c, u"北辰网络科技有限公司"_s);
        HttpTestClient reviewer(m_server->baseUrl());
        reviewer.setBearer(signIn(u"reviewer"_s));
        const auto total = [&](const QString &query) {
            return reviewer
                    .get(u"/api/v1/queues/workspace-applications/items?status=under_review&"_s
                         + query)
                    .json()
                    .value(u"total"_s)
                    .toInt();
        };
        // Three characters or more: the trigram index (case-insensitive); fewer: a scan.
        QCOMPARE(total(u"q=%E6%98%9F%E8%BE%B0%E7%A7%91"_s), 1); // 星辰科
        QCOMPARE(total(u"q=lumen"_s), 1);                       // company and e-mail
        QCOMPARE(total(u"q=EXAMPLE.ORG"_s), 1);
        QCOMPARE(total(u"q=%E6%AC%A7%E9%98%B3"_s), 1);          // 欧阳: two characters
        QCOMPARE(total(u"q=%E7%A7%91%E6%8A%80%E6%9C%89"_s), 2); // 科技有
        QCOMPARE(total(u"q=%22quoted%22"_s), 0);                // quotes cannot break out
        // A decision changes the count at once, not after the cache's lifetime.
        const int before = total(QString());
        QCOMPARE(reviewer.postJson(u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(
                                           ia),
                                   {{u"decision"_s, u"approve"_s}}, decision(1))
                         .status,
                 200);
        QCOMPARE(total(QString()), before - 1);
        // An applicant's changed name is found under the new name.
        m_server->server().database().execDirect(
                u"UPDATE workspace_applications SET applicant_name = 'Harper Finch' WHERE id = %1"_s
                        .arg(ib));
        m_server->clock().advance(5000);
        QCOMPARE(total(u"q=finch"_s), 1);
    }

    void pagingIsCompleteAndStable()
    {
        for (int i = 0; i < 45; ++i) {
            const qint64 a =
                    addApplicant(u"申请人%1"_s.arg(i), u"applicant%1@example.com"_s.arg(i));
            submitApplication(a, u"公司%1"_s.arg(i % 7));
            m_server->clock().advance(1000);
        }
        HttpTestClient reviewer(m_server->baseUrl());
        reviewer.setBearer(signIn(u"reviewer"_s));
        for (const QString &sort :
             {u"company"_s, u"submitted"_s, u"applicant"_s, u"claimed_by"_s, u"status"_s}) {
            QSet<qint64> seen;
            QString cursor;
            int pages = 0;
            do {
                HttpReply page = reviewer.get(
                        u"/api/v1/queues/workspace-applications/items?status=under_review&limit=10&sort=%1&order=desc%2"_s
                                .arg(sort, cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
                QCOMPARE(page.status, 200);
                if (pages == 0)
                    QCOMPARE(page.json().value(u"total"_s).toInt(), 45);
                for (const QJsonValue &v : page.json().value(u"items"_s).toArray())
                    seen.insert(v.toObject().value(u"id"_s).toInteger());
                cursor = page.json().value(u"next_cursor"_s).toString();
                ++pages;
            } while (!cursor.isEmpty() && pages < 20);
            QCOMPARE(seen.size(), 45);
            QCOMPARE(pages, 5);
        }
        QCOMPARE(reviewer.get(u"/api/v1/queues/workspace-applications/items?cursor=garbage"_s)
                         .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestServerQueues)
#include "tst_server_queues.moc"
