#pragma once

#include "httptestclient.h"
#include "inprocessserver.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <memory>

class PostgresTestDatabase;

// The support desk's server tests run on SQLite, and once more on PostgreSQL
// when GATEHOUSE_TEST_ON_POSTGRES is set (the *_postgres entries in
// tests/accounts.cmake): the same assertions on both stores.
class TestBackend
{
public:
    TestBackend();
    ~TestBackend();
    // Points the options at the chosen store; false with *error when PostgreSQL
    // was asked for and could not be given.
    bool apply(InProcessServer::Options &options, QString *error);
    bool onPostgres() const { return m_onPostgres; }

private:
    bool m_onPostgres = false;
    std::unique_ptr<PostgresTestDatabase> m_pg;
};

// Accounts made for one test beside the demo platform's, with identifiers the
// demo never uses (mobiles 192…, ID numbers of region 659001), so a search by
// them finds exactly the test's account.
struct NewAccount
{
    qint64 platformOrgId = 1;
    QString username;
    QString email;
    QString mobile;
    QString displayName = QStringLiteral("测试用户");
    QString nameLatin;
    QString status = QStringLiteral("active"); // unactivated, active, locked, disabled
    QString accountType = QStringLiteral("individual");
    qint64 lockedUntil = 0;
    QString lockReason;
    QString disabledReason;
};

class AccountFixture
{
public:
    explicit AccountFixture(InProcessServer &server);

    qint64 add(const NewAccount &account);
    void addRealname(qint64 accountId, int level, const QString &idNumber,
                     const QString &validTo = QString(),
                     const QString &fourElementState = QStringLiteral("passed"),
                     qint64 verifiedAt = 0);
    qint64 addSession(qint64 accountId, bool open);
    void addLoginMethod(qint64 accountId, const QString &method);

    // A signed-in staff member's access token (empty when sign-in failed).
    QString token(const QString &login, qint64 organizationId = 1);
    // The account's current ETag as If-Match wants it.
    QByteArray etag(const QString &token, qint64 accountId);

    HttpTestClient &client() { return m_client; }
    HttpReply get(const QString &token, const QString &path);
    HttpReply post(const QString &token, const QString &path, const QJsonObject &body,
                   const QByteArray &ifMatch = {});

    // Valid, distinct identifiers: the n-th test mobile and ID number.
    static QString mobile(int n);
    static QString idNumber(int n, QDate birth = QDate(1988, 3, 7));
    // The same ID number with its check character changed: wrong, and nothing else.
    static QString withWrongCheckDigit(const QString &idNumber);

    // One statement with named parameters; the first column of its first row
    // (an INSERT … RETURNING id), or -1.
    qint64 insert(const QString &sql, const QVariantMap &binds = {});
    qint64 scalar(const QString &sql);
    QString text(const QString &sql);

private:
    InProcessServer &m_server;
    HttpTestClient m_client;
};
