// Support actions on an in-process server: each with its rules — If-Match
// (428/412), a mandatory reason, the account's status (409), audit rows with
// names as well as ids and no secret — and the SMS quota right at its edges.
#include "accountfixture.h"
#include "accounts/supportactions.h"
#include "auth/passwordhasher.h"
#include "auth/tokens.h"
#include "inprocessserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QJsonObject kReason{{u"reason"_s, u"Caller verified by phone, ticket 5120"_s}};

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

} // namespace

class TestServerAccountsActions : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<AccountFixture> m_f;
    QString m_support;
    int m_serial = 100;

    qint64 account(const QString &status = u"active"_s, bool withMobile = true)
    {
        NewAccount a;
        ++m_serial;
        a.username = u"action_user%1"_s.arg(m_serial);
        a.email = u"action%1@example.com"_s.arg(m_serial);
        a.mobile = withMobile ? AccountFixture::mobile(m_serial) : QString();
        a.displayName = u"操作测试%1"_s.arg(m_serial);
        a.status = status;
        if (status == u"locked") {
            a.lockedUntil = m_server->clock().nowMs() + 7 * 24 * kHour;
            a.lockReason = u"suspicious_sign_in"_s;
        }
        if (status == u"disabled")
            a.disabledReason = u"Spam"_s;
        return m_f->add(a);
    }

    HttpReply act(qint64 id, const QString &action, QJsonObject body = kReason,
                  QByteArray ifMatch = {})
    {
        if (ifMatch.isEmpty())
            ifMatch = m_f->etag(m_support, id);
        return m_f->post(m_support, u"/api/v1/accounts/%1/%2"_s.arg(id).arg(action), body, ifMatch);
    }

    QJsonObject detail(qint64 id)
    {
        return m_f->get(m_support, u"/api/v1/accounts/%1"_s.arg(id)).json();
    }

    AuditEntry lastAudit()
    {
        const QList<AuditEntry> rows = m_server->auditRows();
        return rows.isEmpty() ? AuditEntry() : rows.last();
    }

    void expectAuditedWithNames(const QString &action, qint64 id)
    {
        const AuditEntry e = lastAudit();
        QCOMPARE(e.action, action);
        QCOMPARE(e.actorName, u"张伟"_s);
        QCOMPARE(e.actorRole, u"support_agent"_s);
        QCOMPARE(e.targetType, u"account"_s);
        QCOMPARE(e.targetId, QString::number(id));
        QVERIFY2(e.targetName.contains(u"操作测试"_s), qPrintable(e.targetName));
        QCOMPARE(e.reason, kReason.value(u"reason"_s).toString());
        QVERIFY(!e.requestId.isEmpty());
    }

    void refreshToken() { m_support = m_f->token(u"support"_s); }

private slots:
    void initTestCase()
    {
        InProcessServer::Options o;
        QString error;
        QVERIFY2(m_backend.apply(o, &error), qPrintable(error));
        o.demoSize = 300;
        o.auth.accessTokenMs = 24LL * 3600 * 1000;
        m_server = std::make_unique<InProcessServer>(o);
        QVERIFY(m_server->start());
        m_f = std::make_unique<AccountFixture>(*m_server);
        refreshToken();
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.reset();
    }

    void everyActionWantsIfMatchAndAReason()
    {
        const qint64 id = account(u"locked"_s);
        const QByteArray etag = m_f->etag(m_support, id);
        QCOMPARE(etag, "\"1\"");
        for (const QString &action :
             {u"unlock"_s, u"disable"_s, u"end-sessions"_s, u"reset-password"_s,
              u"reset-sms-quota"_s, u"resend-activation"_s, u"enable"_s}) {
            HttpReply r =
                    m_f->post(m_support, u"/api/v1/accounts/%1/%2"_s.arg(id).arg(action), kReason);
            QCOMPARE(r.status, 428);
            QCOMPARE(r.code(), u"precondition_required"_s);
            QJsonObject complete = kReason;
            if (action == u"reset-password")
                complete.insert(u"method"_s, u"temporary_password"_s);
            r = act(id, action, complete, "\"7\"");
            QCOMPARE(r.status, 412);
            QCOMPARE(r.code(), u"precondition_failed"_s);
            QCOMPARE(r.json().value(u"current"_s).toObject().value(u"version"_s).toInt(), 1);
            QCOMPARE(r.header("etag"), etag);
            r = act(id, action, QJsonObject{}, etag);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"errors"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"field"_s)
                             .toString(),
                     u"reason"_s);
            QJsonObject privileged = kReason;
            privileged.insert(u"status"_s, u"active"_s);
            r = act(id, action, privileged, etag);
            QCOMPARE(r.status, 400);
            const QJsonArray errors = r.json().value(u"errors"_s).toArray();
            QVERIFY(std::any_of(errors.begin(), errors.end(), [](const QJsonValue &e) {
                return e.toObject().value(u"field"_s).toString() == u"status"
                        && e.toObject().value(u"code"_s).toString() == u"privileged_field";
            }));
        }
        // Nothing of that changed the account.
        QCOMPARE(m_f->etag(m_support, id), etag);
        QCOMPARE(m_f->post(m_support, u"/api/v1/accounts/999999999/unlock"_s, kReason, "\"1\"")
                         .status,
                 404);
    }

    void unlockShowsTheLocksReason()
    {
        const qint64 id = account(u"locked"_s);
        const QJsonObject lock = detail(id).value(u"lock"_s).toObject();
        QCOMPARE(lock.value(u"reason"_s).toString(), u"suspicious_sign_in"_s);
        QVERIFY(lock.value(u"in_effect"_s).toBool());
        const HttpReply r = act(id, u"unlock"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("etag"), "\"2\"");
        const QJsonObject answer = r.json();
        QCOMPARE(answer.value(u"account"_s).toObject().value(u"status"_s).toString(), u"active"_s);
        QVERIFY(answer.value(u"account"_s).toObject().value(u"lock"_s).isNull());
        QCOMPARE(answer.value(u"result"_s)
                         .toObject()
                         .value(u"previous_lock"_s)
                         .toObject()
                         .value(u"reason"_s)
                         .toString(),
                 u"suspicious_sign_in"_s);
        expectAuditedWithNames(u"account.unlock"_s, id);
        QCOMPARE(lastAudit().before.value(u"lock"_s).toObject().value(u"reason"_s).toString(),
                 u"suspicious_sign_in"_s);
        const HttpReply again = act(id, u"unlock"_s);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"account_status_conflict"_s);
        QCOMPARE(again.json().value(u"account_status"_s).toString(), u"active"_s);
    }

    void twoAgentsOneWins()
    {
        const qint64 id = account(u"locked"_s);
        const QByteArray etag = m_f->etag(m_support, id);
        QCOMPARE(act(id, u"unlock"_s, kReason, etag).status, 200);
        const HttpReply second = act(id, u"unlock"_s, kReason, etag);
        QCOMPARE(second.status, 412);
        QCOMPARE(second.json().value(u"current"_s).toObject().value(u"status"_s).toString(),
                 u"active"_s);
    }

    void temporaryPasswordIsShownOnceAndMustBeChanged()
    {
        const qint64 id = account();
        const qint64 open = m_f->addSession(id, true);
        Q_UNUSED(open);
        QJsonObject body = kReason;
        body.insert(u"method"_s, u"temporary_password"_s);
        body.insert(u"end_sessions"_s, true);
        const HttpReply r = act(id, u"reset-password"_s, body);
        QCOMPARE(r.status, 200);
        const QJsonObject result = r.json().value(u"result"_s).toObject();
        const QString password = result.value(u"temporary_password"_s).toString();
        QCOMPARE(password.size(), 16);
        QVERIFY(std::any_of(password.begin(), password.end(), [](QChar c) { return c.isDigit(); }));
        QVERIFY(result.value(u"must_change_password"_s).toBool());
        QCOMPARE(result.value(u"sessions_ended"_s).toInt(), 1);
        QVERIFY(r.json().value(u"account"_s)
                        .toObject()
                        .value(u"password"_s)
                        .toObject()
                        .value(u"must_change"_s)
                        .toBool());
        QCOMPARE(r.json().value(u"account"_s).toObject().value(u"open_sessions"_s).toInt(), 0);

        // Stored as an Argon2id hash only; the account must change it at next sign-in.
        const QString where = u" FROM accounts WHERE id = "_s + QString::number(id);
        QCOMPARE(m_f->scalar(u"SELECT must_change_password"_s + where), 1);
        const QString hash = m_f->text(u"SELECT password_hash"_s + where);
        QVERIFY(hash.startsWith(u"$argon2id$"_s));
        QVERIFY(!hash.contains(password));
        QVERIFY(PasswordHasher().verify(hash, password));
        // Never in the audit, never again in a read.
        expectAuditedWithNames(u"account.reset_password"_s, id);
        QVERIFY(!AuditLog::canonical(lastAudit()).contains(password.toUtf8()));
        QVERIFY(!m_f->get(m_support, u"/api/v1/accounts/%1"_s.arg(id))
                         .body.contains(password.toUtf8()));
        QVERIFY(!m_f->get(m_support, u"/api/v1/accounts/%1/audit"_s.arg(id))
                         .body.contains(password.toUtf8()));

        // A second reset is another random password, never a default.
        const HttpReply again = act(id, u"reset-password"_s, body);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json().value(u"result"_s).toObject().value(u"temporary_password"_s).toString()
                != password);
    }

    void resetLinkExpiresAndOnlyItsDigestIsKept()
    {
        const qint64 id = account();
        QJsonObject body = kReason;
        body.insert(u"method"_s, u"reset_link"_s);
        const HttpReply r = act(id, u"reset-password"_s, body);
        QCOMPARE(r.status, 200);
        const QJsonObject result = r.json().value(u"result"_s).toObject();
        const QString link = result.value(u"reset_link"_s).toString();
        const QString base = QString::fromUtf16(SupportActions::kResetLinkBase);
        QVERIFY(link.startsWith(base));
        const QString token = link.sliced(base.size());
        QCOMPARE(m_f->text(u"SELECT password_reset_token_hash FROM accounts WHERE id = "_s
                           + QString::number(id)),
                 Tokens::digest(token));
        QCOMPARE(QDateTime::fromString(result.value(u"expires_at"_s).toString(), Qt::ISODateWithMs)
                         .toMSecsSinceEpoch(),
                 m_server->clock().nowMs() + SupportActions::kResetLinkMs);
        QVERIFY(!AuditLog::canonical(lastAudit()).contains(token.toUtf8()));
        QVERIFY(!r.json().value(u"account"_s)
                         .toObject()
                         .value(u"password"_s)
                         .toObject()
                         .value(u"reset_link_expires_at"_s)
                         .isNull());
        QJsonObject bad = kReason;
        bad.insert(u"method"_s, u"default_password"_s);
        QCOMPARE(act(id, u"reset-password"_s, bad).status, 400);
    }

    void resetPasswordRefusesUnactivatedAndDisabled()
    {
        QJsonObject body = kReason;
        body.insert(u"method"_s, u"temporary_password"_s);
        for (const QString &status : {u"unactivated"_s, u"disabled"_s}) {
            const HttpReply r = act(account(status), u"reset-password"_s, body);
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), u"account_status_conflict"_s);
            QVERIFY(!r.body.contains("temporary_password\":\""));
        }
    }

    void disableEndsSessionsAndEnableRestores()
    {
        const qint64 id = account();
        m_f->addSession(id, true);
        m_f->addSession(id, false);
        const HttpReply off = act(id, u"disable"_s);
        QCOMPARE(off.status, 200);
        const QJsonObject d = off.json().value(u"account"_s).toObject();
        QCOMPARE(d.value(u"status"_s).toString(), u"disabled"_s);
        QCOMPARE(d.value(u"disabled_reason"_s).toString(), kReason.value(u"reason"_s).toString());
        QCOMPARE(off.json().value(u"result"_s).toObject().value(u"sessions_ended"_s).toInt(), 1);
        expectAuditedWithNames(u"account.disable"_s, id);
        QCOMPARE(act(id, u"disable"_s).status, 409);
        const HttpReply on = act(id, u"enable"_s);
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json().value(u"account"_s).toObject().value(u"status"_s).toString(),
                 u"active"_s);
        QVERIFY(on.json().value(u"account"_s).toObject().value(u"disabled_reason"_s).isNull());
        expectAuditedWithNames(u"account.enable"_s, id);
        QCOMPARE(act(id, u"enable"_s).code(), u"account_status_conflict"_s);
    }

    void endSessionsEndsTheOpenOnes()
    {
        const qint64 id = account();
        m_f->addSession(id, true);
        m_f->addSession(id, true);
        m_f->addSession(id, false);
        QCOMPARE(detail(id).value(u"open_sessions"_s).toInt(), 2);
        const HttpReply r = act(id, u"end-sessions"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"result"_s).toObject().value(u"sessions_ended"_s).toInt(), 2);
        QCOMPARE(r.json().value(u"account"_s).toObject().value(u"open_sessions"_s).toInt(), 0);
        expectAuditedWithNames(u"account.end_sessions"_s, id);
    }

    void resendActivationSendsACodeWithinTheQuota()
    {
        const qint64 id = account(u"unactivated"_s);
        HttpReply r = act(id, u"resend-activation"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"result"_s).toObject().value(u"sms_result"_s).toString(),
                 u"sent"_s);
        QVERIFY(!r.json().value(u"account"_s).toObject().value(u"activation_sent_at"_s).isNull());
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM sms_sends WHERE purpose = 'activate' AND "
                             u"result = 'sent'"
                             " AND account_id = "_s
                             + QString::number(id)),
                 1);
        expectAuditedWithNames(u"account.resend_activation"_s, id);
        // Again within the minute: the quota refuses, the attempt is recorded, the account is
        // unchanged.
        const QByteArray etag = m_f->etag(m_support, id);
        m_server->clock().advance(30 * kSecond);
        r = act(id, u"resend-activation"_s, kReason, etag);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), u"sms_quota_exceeded"_s);
        QCOMPARE(r.json().value(u"limit"_s).toString(), u"minute"_s);
        QCOMPARE(r.header("retry-after"), "30");
        QCOMPARE(m_f->etag(m_support, id), etag);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM sms_sends WHERE result = 'limited_minute'"
                             " AND account_id = "_s
                             + QString::number(id)),
                 1);
        QCOMPARE(lastAudit().result, u"limited_minute"_s);
        QCOMPARE(act(account(), u"resend-activation"_s).code(), u"account_status_conflict"_s);
        QCOMPARE(act(account(u"unactivated"_s, false), u"resend-activation"_s).code(),
                 u"account_has_no_mobile"_s);
    }

    void smsQuotaAtItsEdges()
    {
        // 09:00 in Beijing, so the whole test stays within one natural day.
        m_server->clock().set(QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC));
        refreshToken();
        const qint64 id = account();
        const qint64 t0 = m_server->clock().nowMs();
        const auto send = [&](qint64 at) {
            m_server->clock().set(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
            return m_f->post(m_support, u"/api/v1/accounts/%1/sms-sends"_s.arg(id), kReason);
        };
        QCOMPARE(send(t0).status, 201);
        // The second code within a minute.
        HttpReply r = send(t0 + 59 * kSecond);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"limit"_s).toString(), u"minute"_s);
        QCOMPARE(r.json().value(u"next_allowed_at"_s).toString(),
                 QDateTime::fromMSecsSinceEpoch(t0 + kMinute, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(send(t0 + kMinute).status, 201);
        QCOMPARE(send(t0 + 2 * kMinute).status, 201);
        // The fourth within an hour.
        r = send(t0 + 3 * kMinute);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"limit"_s).toString(), u"hour"_s);
        QCOMPARE(r.json().value(u"next_allowed_at"_s).toString(),
                 QDateTime::fromMSecsSinceEpoch(t0 + kHour, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(send(t0 + kHour - kSecond).status, 429);
        QCOMPARE(send(t0 + kHour).status, 201);
        QCOMPARE(send(t0 + kHour + 2 * kMinute).status, 201);
        // The sixth within a day: refused until midnight in Beijing (16:00 UTC).
        r = send(t0 + 3 * kHour);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"limit"_s).toString(), u"day"_s);
        const QDateTime midnight(QDate(2026, 11, 22), QTime(16, 0), Qt::UTC);
        QCOMPARE(r.json().value(u"next_allowed_at"_s).toString(),
                 midnight.toString(Qt::ISODateWithMs));

        // The detail shows where the number stands, and every attempt with its result.
        const QJsonObject sms = detail(id).value(u"sms"_s).toObject();
        QCOMPARE(sms.value(u"sent_today"_s).toInt(), 5);
        QCOMPARE(sms.value(u"blocked_by"_s).toString(), u"day"_s);
        QCOMPARE(sms.value(u"next_allowed_at"_s).toString(), midnight.toString(Qt::ISODateWithMs));
        const QJsonArray recent = sms.value(u"recent"_s).toArray();
        QCOMPARE(recent.size(), 9);
        QCOMPARE(recent.first().toObject().value(u"result"_s).toString(), u"limited_day"_s);
        QVERIFY(!QJsonDocument(sms).toJson().contains("code\""));

        // Support resets the quota: the next code goes at once.
        r = act(id, u"reset-sms-quota"_s);
        QCOMPARE(r.status, 200);
        expectAuditedWithNames(u"account.reset_sms_quota"_s, id);
        QCOMPARE(lastAudit().before.value(u"sent_today"_s).toInt(), 5);
        QCOMPARE(r.json().value(u"account"_s)
                         .toObject()
                         .value(u"sms"_s)
                         .toObject()
                         .value(u"sent_today"_s)
                         .toInt(),
                 0);
        QCOMPARE(send(m_server->clock().nowMs()).status, 201);
        // … and the count starts again from there.
        QCOMPARE(send(m_server->clock().nowMs() + kSecond).status, 429);
        QCOMPARE(m_f->post(m_support,
                           u"/api/v1/accounts/%1/sms-sends"_s.arg(account(u"active"_s, false)),
                           kReason)
                         .code(),
                 u"account_has_no_mobile"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAccountsActions)
#include "tst_server_accounts_actions.moc"
