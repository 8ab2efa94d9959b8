#include "accountfixture.h"

#include "domain/residentidnumber.h"
#include "postgrestestdatabase.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

TestBackend::TestBackend() : m_onPostgres(qEnvironmentVariableIsSet("GATEHOUSE_TEST_ON_POSTGRES"))
{ }

TestBackend::~TestBackend() = default;

bool TestBackend::apply(InProcessServer::Options &options, QString *error)
{
    if (!m_onPostgres)
        return true;
    if (PostgresTestDatabase::fixtureUrl().isEmpty()) {
        *error = u"GATEHOUSE_TEST_PG_URL is not set: run through CTest, which starts PostgreSQL"_s;
        return false;
    }
    m_pg = std::make_unique<PostgresTestDatabase>();
    if (!m_pg->isValid()) {
        *error = m_pg->error();
        return false;
    }
    options.databaseUrl = m_pg->url();
    return true;
}

AccountFixture::AccountFixture(InProcessServer &server)
    : m_server(server), m_client(server.baseUrl())
{ }

qint64 AccountFixture::add(const NewAccount &a)
{
    Database &db = m_server.server().database();
    QSqlQuery &q = db.prepare(
            u"INSERT INTO accounts (platform_org_id, username, email, mobile, display_name, "
            u"name_latin,"
            " account_type, status, locked_until, lock_reason, disabled_reason, password_set,"
            " created_at, activated_at) VALUES (:org, :username, :email, :mobile, :display, :latin,"
            " :type, :status, :locked_until, :lock_reason, :disabled_reason, :password_set, "
            ":created,"
            " :activated) RETURNING id"_s);
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    const bool activated = a.status != u"unactivated";
    const qint64 now = m_server.clock().nowMs();
    q.bindValue(u":org"_s, a.platformOrgId);
    q.bindValue(u":username"_s, orNull(a.username));
    q.bindValue(u":email"_s, orNull(a.email));
    q.bindValue(u":mobile"_s, orNull(a.mobile));
    q.bindValue(u":display"_s, a.displayName);
    q.bindValue(u":latin"_s, orNull(a.nameLatin));
    q.bindValue(u":type"_s, a.accountType);
    q.bindValue(u":status"_s, a.status);
    q.bindValue(u":locked_until"_s, a.lockedUntil ? QVariant(a.lockedUntil) : QVariant());
    q.bindValue(u":lock_reason"_s, orNull(a.lockReason));
    q.bindValue(u":disabled_reason"_s, orNull(a.disabledReason));
    q.bindValue(u":password_set"_s, activated ? 1 : 0);
    q.bindValue(u":created"_s, now - 86'400'000);
    q.bindValue(u":activated"_s, activated ? QVariant(now - 86'000'000) : QVariant());
    db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void AccountFixture::addRealname(qint64 accountId, int level, const QString &idNumber,
                                 const QString &validTo, const QString &state, qint64 verifiedAt)
{
    Database &db = m_server.server().database();
    const qint64 at = verifiedAt ? verifiedAt : m_server.clock().nowMs() - 3'600'000;
    QSqlQuery &q = db.prepare(
            u"INSERT INTO realname_records (account_id, level, legal_name, id_number, "
            u"id_valid_from,"
            " id_valid_to, validity_years, four_element_state, verified_at, face_verified_at)"
            " VALUES (:id, :level, :name, :number, '2020-01-01', :to, :years, :state, :at, :face)"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":level"_s, level);
    q.bindValue(u":name"_s, u"测试用户"_s);
    q.bindValue(u":number"_s, idNumber);
    q.bindValue(u":to"_s, validTo.isEmpty() ? QVariant() : QVariant(validTo));
    q.bindValue(u":years"_s, validTo.isEmpty() ? QVariant() : QVariant(10));
    q.bindValue(u":state"_s, state);
    q.bindValue(u":at"_s, at);
    q.bindValue(u":face"_s, level == 4 ? QVariant(at) : QVariant());
    db.exec(q);
    QSqlQuery &h =
            db.prepare(u"INSERT INTO realname_history (account_id, at, from_level, to_level,"
                       " method, actor) VALUES (:id, :at, NULL, 3, 'four_element', 'self')"_s);
    h.bindValue(u":id"_s, accountId);
    h.bindValue(u":at"_s, at - 1000);
    db.exec(h);
    if (level == 4) {
        QSqlQuery &f =
                db.prepare(u"INSERT INTO realname_history (account_id, at, from_level,"
                           " to_level, method, actor) VALUES (:id, :at, 3, 4, 'face', 'self')"_s);
        f.bindValue(u":id"_s, accountId);
        f.bindValue(u":at"_s, at);
        db.exec(f);
    }
}

qint64 AccountFixture::addSession(qint64 accountId, bool open)
{
    Database &db = m_server.server().database();
    const qint64 now = m_server.clock().nowMs();
    QSqlQuery &q = db.prepare(
            u"INSERT INTO account_sessions (account_id, started_at, last_seen_at, device, ip, "
            u"ended_at)"
            " VALUES (:id, :start, :seen, 'Test device', '203.0.113.7', :ended) RETURNING id"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":start"_s, now - 7'200'000);
    q.bindValue(u":seen"_s, now - 60'000);
    q.bindValue(u":ended"_s, open ? QVariant() : QVariant(now - 30'000));
    db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void AccountFixture::addLoginMethod(qint64 accountId, const QString &method)
{
    Database &db = m_server.server().database();
    QSqlQuery &q = db.prepare(
            u"INSERT INTO account_login_methods (account_id, method) VALUES (:id, :method)"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":method"_s, method);
    db.exec(q);
}

QString AccountFixture::token(const QString &login, qint64 organizationId)
{
    const HttpReply r = m_client.postJson(u"/api/v1/auth/sign-in"_s,
                                          {{u"login"_s, login},
                                           {u"password"_s, m_server.password()},
                                           {u"organization_id"_s, organizationId}});
    return r.json().value(u"access_token"_s).toString();
}

HttpReply AccountFixture::get(const QString &token, const QString &path)
{
    m_client.setBearer(token);
    const HttpReply r = m_client.get(path);
    m_client.setBearer({});
    return r;
}

HttpReply AccountFixture::post(const QString &token, const QString &path, const QJsonObject &body,
                               const QByteArray &ifMatch)
{
    m_client.setBearer(token);
    HttpTestClient::Headers headers;
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    const HttpReply r = m_client.postJson(path, body, headers);
    m_client.setBearer({});
    return r;
}

QByteArray AccountFixture::etag(const QString &token, qint64 accountId)
{
    return get(token, u"/api/v1/accounts/%1"_s.arg(accountId)).header("etag");
}

QString AccountFixture::mobile(int n)
{
    // 192: a mainland prefix the demo generator never hands out.
    return u"192"_s + QString::number(n).rightJustified(8, u'0');
}

QString AccountFixture::idNumber(int n, QDate birth)
{
    // 659001 (Shihezi): a real county the demo generator does not use.
    const QString first17 = u"659001"_s + birth.toString(u"yyyyMMdd"_s)
            + QString::number(n % 1000).rightJustified(3, u'0');
    return first17 + ResidentIdNumber::checkCharacter(first17);
}

QString AccountFixture::withWrongCheckDigit(const QString &idNumber)
{
    const QChar right = idNumber.back();
    const QChar wrong = right == u'1' ? u'2' : u'1';
    return idNumber.first(17) + wrong;
}

qint64 AccountFixture::insert(const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(m_server.server().database().connection());
    if (!q.prepare(sql)) {
        qWarning() << "prepare failed:" << sql;
        return -1;
    }
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        qWarning() << "exec failed:" << sql;
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 AccountFixture::scalar(const QString &sql)
{
    QSqlQuery q(m_server.server().database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString AccountFixture::text(const QString &sql)
{
    QSqlQuery q(m_server.server().database().connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}
