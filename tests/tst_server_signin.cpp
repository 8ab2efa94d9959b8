// Staff sign-in against an in-process gatehouse-server with a ManualClock:
// username or email, one answer for every wrong login, lockout with growing
// and capped waits, every attempt audited, and the administrator's unlock
// (RELIABILITY 10).
#include "domain/jsontime.h"
#include "httptestclient.h"
#include "inprocessserver.h"
#include "serverapi.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kReviewerId = 2; // the demo generator's second staff member

QJsonObject withoutInstance(QJsonObject o)
{
    o.remove(u"instance"_s);
    return o;
}

} // namespace

class TestServerSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    QString password() const { return m_server->password(); }
    ManualClock &clock() { return m_server->clock(); }
    HttpReply signIn(const QString &login, const QString &pw, qint64 org = 0)
    {
        return ServerApi::signIn(*m_client, login, pw, org);
    }
    QList<AuditEntry> signInAudit()
    {
        QList<AuditEntry> rows;
        const QList<AuditEntry> all = m_server->auditRows();
        for (const AuditEntry &e : all) {
            if (e.action == u"auth.sign_in")
                rows.append(e);
        }
        return rows;
    }
    // Five wrong passwords: the fifth locks. Returns the locking answer.
    HttpReply failFiveTimes(const QString &login)
    {
        HttpReply r;
        for (int i = 0; i < 5; ++i)
            r = signIn(login, u"wrong password"_s);
        return r;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<InProcessServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void signInByUsername()
    {
        const HttpReply r = signIn(u"reviewer"_s, password());
        QCOMPARE(r.status, 200);
        const QJsonObject g = r.json();
        QVERIFY(g.value(u"access_token"_s).toString().startsWith(u"gha_"));
        QVERIFY(g.value(u"refresh_token"_s).toString().startsWith(u"ghr_"));
        QCOMPARE(g.value(u"staff"_s).toObject().value(u"username"_s).toString(), u"reviewer"_s);
        QCOMPARE(g.value(u"organization"_s).toObject().value(u"id"_s).toInteger(), 1);
        QCOMPARE(g.value(u"organization"_s).toObject().value(u"roles"_s).toArray(),
                 QJsonArray{u"reviewer"_s});
        // Access tokens live five minutes at most (RELIABILITY 9).
        const QDateTime expires = JsonTime::parse(g.value(u"access_expires_at"_s).toString());
        QVERIFY(expires.isValid());
        QVERIFY(clock().now().msecsTo(expires) <= 5 * 60 * 1000);
        QVERIFY(clock().now().msecsTo(expires) > 0);
        QCOMPARE(r.header("cache-control"), "no-store");
    }

    void signInByEmail()
    {
        const HttpReply r = signIn(u"Reviewer@Gatehouse.Example"_s, password());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"staff"_s).toObject().value(u"id"_s).toInteger(), kReviewerId);
        // Surrounding blanks a paste brings along are not part of the login.
        QCOMPARE(signIn(u"  reviewer@gatehouse.example "_s, password()).status, 200);
    }

    void wrongPasswordAndUnknownLoginAnswerAlike()
    {
        const HttpReply wrong = signIn(u"reviewer"_s, u"not the password"_s);
        const HttpReply unknown = signIn(u"nobody-at-all"_s, u"not the password"_s);
        const HttpReply unknownEmail = signIn(u"nobody@gatehouse.example"_s, password());
        for (const HttpReply *r : {&wrong, &unknown, &unknownEmail}) {
            QCOMPARE(r->status, 401);
            QVERIFY(r->isProblem());
            QCOMPARE(r->code(), u"invalid_credentials"_s);
        }
        // Nothing in the answer tells a known login from an unknown one.
        QCOMPARE(withoutInstance(wrong.json()), withoutInstance(unknown.json()));
        QCOMPARE(withoutInstance(wrong.json()), withoutInstance(unknownEmail.json()));
        QCOMPARE(wrong.header("www-authenticate"), unknown.header("www-authenticate"));
        QCOMPARE(wrong.headers.size(), unknown.headers.size());
    }

    void lockoutAfterFiveFailures()
    {
        for (int i = 1; i <= 4; ++i) {
            const HttpReply r = signIn(u"reviewer"_s, u"wrong"_s);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), u"invalid_credentials"_s);
        }
        const HttpReply locking = signIn(u"reviewer"_s, u"wrong"_s);
        QCOMPARE(locking.status, 423);
        QCOMPARE(locking.code(), u"account_locked"_s);
        const QString until = JsonTime::formatMs(clock().nowMs() + 60'000);
        QCOMPARE(locking.json().value(u"locked_until"_s).toString(), until);
        QCOMPARE(locking.header("retry-after"), "60");

        // The right password while locked gets the very same answer: no oracle.
        clock().advance(1000);
        const HttpReply right = signIn(u"reviewer"_s, password());
        const HttpReply wrong = signIn(u"reviewer"_s, u"wrong"_s);
        QCOMPARE(right.status, 423);
        QCOMPARE(withoutInstance(right.json()), withoutInstance(wrong.json()));
        QCOMPARE(right.json().value(u"locked_until"_s).toString(), until);
        QCOMPARE(right.header("retry-after"), "59");
        // Attempts while locked do not extend the lock.
        clock().advance(58'000);
        QCOMPARE(signIn(u"reviewer"_s, password()).header("retry-after"), "1");

        // The lock ends after the wait.
        clock().advance(1000);
        QCOMPARE(signIn(u"reviewer"_s, password()).status, 200);
        // Another staff member was never affected.
        QCOMPARE(signIn(u"support"_s, password()).status, 200);
    }

    void growingWaitsAreCapped()
    {
        const QList<qint64> waitsSeconds{60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (qint64 wait : waitsSeconds) {
            const HttpReply r = failFiveTimes(u"support"_s);
            QCOMPARE(r.status, 423);
            QCOMPARE(r.json().value(u"locked_until"_s).toString(),
                     JsonTime::formatMs(clock().nowMs() + wait * 1000));
            QCOMPARE(r.header("retry-after"), QByteArray::number(wait));
            clock().advance(wait * 1000);
        }
        // A successful sign-in forgets the history: the next lock is short again.
        QCOMPARE(signIn(u"support"_s, password()).status, 200);
        const HttpReply again = failFiveTimes(u"support"_s);
        QCOMPARE(again.header("retry-after"), "60");
    }

    void everyAttemptIsAudited()
    {
        QVERIFY(signInAudit().isEmpty());
        signIn(u"someone.unknown@example.com"_s, u"guess-1"_s);
        failFiveTimes(u"reviewer"_s);
        signIn(u"reviewer"_s, password()); // locked
        clock().advance(60'000);
        signIn(u"reviewer"_s, password()); // success

        const QList<AuditEntry> rows = signInAudit();
        QStringList results;
        for (const AuditEntry &e : rows)
            results.append(e.result);
        QCOMPARE(results,
                 (QStringList{u"failed"_s, u"failed"_s, u"failed"_s, u"failed"_s, u"failed"_s,
                              u"locked_out"_s, u"locked"_s, u"success"_s}));

        const AuditEntry &unknown = rows.first();
        QCOMPARE(unknown.actorId, 0);
        QCOMPARE(unknown.actorName, u"anonymous"_s);
        QCOMPARE(unknown.after.value(u"reason"_s).toString(), u"unknown_login"_s);
        // The unknown login is kept masked, never in full.
        QVERIFY(!unknown.targetName.contains(u"someone.unknown"_s));
        QVERIFY(unknown.targetName.endsWith(u"@example.com"_s));
        QVERIFY(!unknown.requestId.isEmpty());

        const AuditEntry &lockedOut = rows.at(5);
        QCOMPARE(lockedOut.actorId, kReviewerId);
        QCOMPARE(lockedOut.targetId, QString::number(kReviewerId));
        QCOMPARE(lockedOut.before.value(u"failed_sign_ins"_s).toInt(), 4);
        QVERIFY(!lockedOut.after.value(u"locked_until"_s).toString().isEmpty());

        const AuditEntry &success = rows.last();
        QCOMPARE(success.platformOrgId, 1);
        QCOMPARE(success.actorRole, u"reviewer"_s);
        QVERIFY(success.after.contains(u"session_id"_s));

        // No password, not even a wrong one, in any row.
        for (const AuditEntry &e : rows) {
            const QByteArray row = AuditLog::canonical(e);
            QVERIFY2(!row.contains(password().toUtf8()), row.constData());
            QVERIFY2(!row.contains("guess-1"), row.constData());
            QVERIFY2(!row.contains("wrong password"), row.constData());
        }
    }

    void disabledStaffMember()
    {
        m_server->exec(u"UPDATE staff SET status = 'disabled' WHERE username = 'reviewer'"_s);
        // Only the right password learns that the account is disabled.
        QCOMPARE(signIn(u"reviewer"_s, u"wrong"_s).code(), u"invalid_credentials"_s);
        const HttpReply r = signIn(u"reviewer"_s, password());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"account_disabled"_s);
    }

    void administratorUnlocks()
    {
        QCOMPARE(failFiveTimes(u"reviewer"_s).status, 423);
        const ServerApi::Session admin =
                ServerApi::openSession(*m_client, u"admin"_s, password(), 1);
        QVERIFY(admin.isValid());
        const QString path = u"/api/v1/staff/%1"_s.arg(kReviewerId);

        const HttpReply before = ServerApi::getAs(*m_client, admin.accessToken, path);
        QCOMPARE(before.status, 200);
        QVERIFY(before.json().value(u"locked"_s).toBool());
        const QByteArray etag = before.header("etag");
        QVERIFY(!etag.isEmpty());

        const QJsonObject reason{{u"reason"_s, u"Verified by phone, ticket 4411"_s}};
        const HttpReply noIfMatch =
                ServerApi::postAs(*m_client, admin.accessToken, path + u"/unlock"_s, reason);
        QCOMPARE(noIfMatch.status, 428);
        QCOMPARE(noIfMatch.code(), u"precondition_required"_s);

        const HttpReply stale = ServerApi::postAs(*m_client, admin.accessToken, path + u"/unlock"_s,
                                                  reason, {{"If-Match", "\"999\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.code(), u"precondition_failed"_s);
        // A 412 carries the current state, so the caller need not ask again.
        QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"id"_s).toInteger(),
                 kReviewerId);
        QCOMPARE(stale.header("etag"), etag);

        const HttpReply noReason = ServerApi::postAs(*m_client, admin.accessToken,
                                                     path + u"/unlock"_s, {}, {{"If-Match", etag}});
        QCOMPARE(noReason.status, 400);
        QCOMPARE(noReason.code(), u"validation_failed"_s);
        QCOMPARE(noReason.json()
                         .value(u"errors"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"field"_s)
                         .toString(),
                 u"reason"_s);
        const HttpReply blankReason =
                ServerApi::postAs(*m_client, admin.accessToken, path + u"/unlock"_s,
                                  {{u"reason"_s, u"   "_s}}, {{"If-Match", etag}});
        QCOMPARE(blankReason.status, 400);

        // Refused attempts changed nothing: still locked, and no unlock audited.
        QCOMPARE(signIn(u"reviewer"_s, password()).status, 423);
        const qsizetype auditBefore = m_server->auditRows().size();

        const HttpReply unlocked = ServerApi::postAs(
                *m_client, admin.accessToken, path + u"/unlock"_s, reason, {{"If-Match", etag}});
        QCOMPARE(unlocked.status, 200);
        QVERIFY(!unlocked.json().value(u"locked"_s).toBool());
        QVERIFY(unlocked.json().value(u"locked_until"_s).isNull());
        QVERIFY(unlocked.header("etag") != etag);
        QCOMPARE(unlocked.header("etag"),
                 '"' + QByteArray::number(unlocked.json().value(u"version"_s).toInt()) + '"');

        // The same If-Match again is stale now.
        QCOMPARE(ServerApi::postAs(*m_client, admin.accessToken, path + u"/unlock"_s, reason,
                                   {{"If-Match", etag}})
                         .status,
                 412);

        const QList<AuditEntry> rows = m_server->auditRows();
        QCOMPARE(rows.size(), auditBefore + 1);
        const AuditEntry &e = rows.last();
        QCOMPARE(e.action, u"staff.unlock"_s);
        QCOMPARE(e.actorName, u"王芳"_s);
        QCOMPARE(e.actorRole, u"administrator"_s);
        QCOMPARE(e.platformOrgId, 1);
        QCOMPARE(e.targetType, u"staff"_s);
        QCOMPARE(e.targetId, QString::number(kReviewerId));
        QCOMPARE(e.reason, reason.value(u"reason"_s).toString());
        QVERIFY(!e.before.value(u"locked_until"_s).toString().isEmpty());
        QVERIFY(e.after.value(u"locked_until"_s).toString().isEmpty());
        QCOMPARE(e.result, u"success"_s);
        QCOMPARE(e.requestId, QString::fromLatin1(unlocked.header("x-request-id")));

        QCOMPARE(signIn(u"reviewer"_s, password()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerSignIn)
#include "tst_server_signin.moc"
