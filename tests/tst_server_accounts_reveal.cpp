// Personal data on the support desk (RELIABILITY 11): masked in every answer
// for every role — search, detail, action answers, audit rows, real-name
// lists —; revealed only to a role allowed to, with a reason, audited without
// the values, never cached, and at most RevealService::kPerHour times an hour.
#include "accountfixture.h"
#include "accounts/revealservice.h"
#include "inprocessserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kEmail = u"Reveal.Target@example.org"_s;

} // namespace

class TestServerAccountsReveal : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<AccountFixture> m_f;
    qint64 m_account = 0;
    QString m_mobile;
    QString m_idNumber;

    QList<QByteArray> clearValues() const
    {
        return {m_mobile.toLatin1(),         m_idNumber.toLatin1(), kEmail.toLatin1(),
                kEmail.toLower().toLatin1(), "Reveal.Target",       "reveal.target"};
    }

    void expectNoClearValue(const QByteArray &body, const QString &where)
    {
        for (const QByteArray &value : clearValues())
            QVERIFY2(!body.contains(value),
                     qPrintable(where + u" holds "_s + QString::fromLatin1(value)));
    }

    HttpReply reveal(const QString &token, const QJsonObject &body, qint64 account = 0)
    {
        return m_f->post(token, u"/api/v1/accounts/%1/reveal"_s.arg(account ? account : m_account),
                         body);
    }

    static QJsonObject revealBody(const QStringList &fields,
                                  const QString &reason = u"Caller verified, ticket 7"_s)
    {
        QJsonObject o{{u"fields"_s, QJsonArray::fromStringList(fields)}};
        if (!reason.isNull())
            o.insert(u"reason"_s, reason);
        return o;
    }

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
        m_mobile = AccountFixture::mobile(11);
        m_idNumber = AccountFixture::idNumber(11);
        NewAccount a;
        a.username = u"reveal_target"_s;
        a.email = kEmail;
        a.mobile = m_mobile;
        a.displayName = u"揭示测试"_s;
        a.status = u"locked"_s;
        a.lockedUntil = m_server->clock().nowMs() + 3'600'000;
        a.lockReason = u"too_many_failed_sign_ins"_s;
        m_account = m_f->add(a);
        m_f->addRealname(m_account, 4, m_idNumber, QString());
        m_f->insert(u"INSERT INTO sms_sends (account_id, mobile, sent_at, purpose, result)"
                    " VALUES (:id, :m, :at, 'sign_in', 'sent')"_s,
                    {{u":id"_s, m_account},
                     {u":m"_s, m_mobile},
                     {u":at"_s, m_server->clock().nowMs() - 600'000}});
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.reset();
    }

    void maskedInEveryReadForEveryRole()
    {
        for (const QString &login : {u"support"_s, u"admin"_s, u"auditor"_s, u"desk"_s}) {
            const QString token = m_f->token(login);
            QVERIFY(!token.isEmpty());
            const HttpReply detail = m_f->get(token, u"/api/v1/accounts/%1"_s.arg(m_account));
            QCOMPARE(detail.status, 200);
            expectNoClearValue(detail.body, login + u" detail"_s);
            const QJsonObject d = detail.json();
            QCOMPARE(d.value(u"mobile"_s).toString(),
                     QString(m_mobile.first(3) + u"****"_s + m_mobile.last(4)));
            QCOMPARE(d.value(u"email"_s).toString(), u"R***@example.org"_s);
            QCOMPARE(d.value(u"realname"_s).toObject().value(u"id_number"_s).toString(),
                     QString(m_idNumber.first(1) + QString(15, u'*') + m_idNumber.last(2)));
            QCOMPARE(d.value(u"sms"_s).toObject().value(u"mobile"_s).toString(),
                     d.value(u"mobile"_s).toString());

            for (const QString &q : {m_mobile, m_idNumber, kEmail, u"reveal_target"_s}) {
                const HttpReply found = m_f->get(
                        token,
                        u"/api/v1/accounts?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)));
                QCOMPARE(found.status, 200);
                QCOMPARE(found.json().value(u"items"_s).toArray().size(), 1);
                expectNoClearValue(found.body, login + u" search "_s + q);
            }
            const HttpReply levels =
                    m_f->get(token, u"/api/v1/realname/records?level=4&limit=500"_s);
            QCOMPARE(levels.status, 200);
            expectNoClearValue(levels.body, login + u" real-name list"_s);
        }
    }

    void maskedInActionAnswersAndAuditRows()
    {
        const QString support = m_f->token(u"support"_s);
        const HttpReply unlock =
                m_f->post(support, u"/api/v1/accounts/%1/unlock"_s.arg(m_account),
                          {{u"reason"_s, u"Verified by phone"_s}}, m_f->etag(support, m_account));
        QCOMPARE(unlock.status, 200);
        expectNoClearValue(unlock.body, u"unlock answer"_s);
        const HttpReply test = m_f->post(support, u"/api/v1/accounts/%1/sms-sends"_s.arg(m_account),
                                         {{u"reason"_s, u"Checking delivery"_s}});
        QCOMPARE(test.status, 201);
        expectNoClearValue(test.body, u"sms-send answer"_s);
        const QString auditor = m_f->token(u"auditor"_s);
        const HttpReply trail = m_f->get(auditor, u"/api/v1/accounts/%1/audit"_s.arg(m_account));
        QCOMPARE(trail.status, 200);
        QVERIFY(trail.json().value(u"items"_s).toArray().size() >= 2);
        expectNoClearValue(trail.body, u"account audit trail"_s);
        expectNoClearValue(m_f->get(auditor, u"/api/v1/audit?limit=500"_s).body, u"audit log"_s);
    }

    void revealNeedsThePermission()
    {
        for (const QString &login : {u"auditor"_s, u"reviewer"_s, u"orgadmin"_s}) {
            const HttpReply r = reveal(m_f->token(login), revealBody({u"mobile"_s}));
            QCOMPARE(r.status, 403);
            QCOMPARE(r.code(), u"permission_denied"_s);
            QVERIFY(!r.body.contains(m_mobile.toLatin1()));
        }
    }

    void revealNeedsAReasonAndKnownFields()
    {
        const QString support = m_f->token(u"support"_s);
        const auto firstError = [](const HttpReply &r) {
            return r.json().value(u"errors"_s).toArray().first().toObject();
        };
        HttpReply r = reveal(support, revealBody({u"mobile"_s}, QString()));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstError(r).value(u"field"_s).toString(), u"reason"_s);
        r = reveal(support, revealBody({u"mobile"_s}, u"   "_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstError(r).value(u"code"_s).toString(), u"empty"_s);
        r = reveal(support, QJsonObject{{u"reason"_s, u"why"_s}});
        QCOMPARE(firstError(r).value(u"field"_s).toString(), u"fields"_s);
        r = reveal(support, revealBody({}));
        QCOMPARE(firstError(r).value(u"code"_s).toString(), u"empty"_s);
        r = reveal(support, revealBody({u"password"_s}));
        QCOMPARE(firstError(r).value(u"code"_s).toString(), u"not_allowed"_s);
        r = reveal(support, revealBody({u"mobile"_s, u"mobile"_s}));
        QCOMPARE(firstError(r).value(u"code"_s).toString(), u"not_allowed"_s);
        QJsonObject extra = revealBody({u"mobile"_s});
        extra.insert(u"values"_s, QJsonObject{});
        QCOMPARE(firstError(reveal(support, extra)).value(u"code"_s).toString(),
                 u"privileged_field"_s);
        QCOMPARE(reveal(support, revealBody({u"mobile"_s}), 999999999).status, 404);
    }

    void revealIsAuditedWithoutTheValuesAndNeverCached()
    {
        const QString support = m_f->token(u"support"_s);
        const qint64 before =
                m_f->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'account.reveal'"_s);
        const HttpReply r = reveal(support,
                                   revealBody({u"id_number"_s, u"mobile"_s, u"email"_s},
                                              u"User on the phone, ticket 4411"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("cache-control"), "no-store");
        const QJsonObject values = r.json().value(u"values"_s).toObject();
        QCOMPARE(values.value(u"id_number"_s).toString(), m_idNumber);
        QCOMPARE(values.value(u"mobile"_s).toString(), m_mobile);
        QCOMPARE(values.value(u"email"_s).toString(), kEmail);
        const QDateTime expires = QDateTime::fromString(r.json().value(u"expires_at"_s).toString(),
                                                        Qt::ISODateWithMs);
        QCOMPARE(expires.toMSecsSinceEpoch(),
                 m_server->clock().nowMs() + RevealService::kVisibleMs);

        const QList<AuditEntry> rows = m_server->auditRows();
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'account.reveal'"_s),
                 before + 1);
        const AuditEntry &row = rows.last();
        QCOMPARE(row.action, u"account.reveal"_s);
        QCOMPARE(row.targetId, QString::number(m_account));
        QVERIFY(row.targetName.contains(u"揭示测试"_s));
        QCOMPARE(row.actorName, u"张伟"_s);
        QCOMPARE(row.reason, u"User on the phone, ticket 4411"_s);
        QCOMPARE(row.after.value(u"fields"_s).toArray(),
                 (QJsonArray{u"id_number"_s, u"mobile"_s, u"email"_s}));
        const QByteArray stored = AuditLog::canonical(row);
        expectNoClearValue(stored, u"the reveal's audit row"_s);

        // Asking again is a new reveal, audited again: nothing was kept to answer from.
        QCOMPARE(reveal(support, revealBody({u"mobile"_s})).status, 200);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'account.reveal'"_s),
                 before + 2);
        // And the detail is masked as before.
        expectNoClearValue(m_f->get(support, u"/api/v1/accounts/%1"_s.arg(m_account)).body,
                           u"detail after reveal"_s);
    }

    void anotherOrganizationsAccountCannotBeRevealed()
    {
        NewAccount b;
        b.platformOrgId = 2;
        b.mobile = AccountFixture::mobile(12);
        const qint64 other = m_f->add(b);
        const HttpReply r = reveal(m_f->token(u"support"_s), revealBody({u"mobile"_s}), other);
        QCOMPARE(r.status, 404);
        QVERIFY(!r.body.contains(AccountFixture::mobile(12).toLatin1()));
        // Its own organization's administrator may.
        QCOMPARE(reveal(m_f->token(u"admin"_s, 2), revealBody({u"mobile"_s}), other).status, 200);
    }

    void revealsAreRateLimitedPerStaffMember()
    {
        // desk has the support agent role and has revealed nothing yet.
        const QString desk = m_f->token(u"desk"_s);
        for (int i = 0; i < RevealService::kPerHour; ++i) {
            const HttpReply r = reveal(desk, revealBody({u"mobile"_s}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"reveals_left_this_hour"_s).toInt(),
                     RevealService::kPerHour - i - 1);
            m_server->clock().advance(60'000);
        }
        const HttpReply limited = reveal(desk, revealBody({u"mobile"_s}));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.code(), u"reveal_limit_reached"_s);
        QVERIFY(!limited.body.contains(m_mobile.toLatin1()));
        // The first of the twenty leaves the window 60 minutes after it was made.
        const int retryAfter = limited.header("retry-after").toInt();
        QCOMPARE(retryAfter, 60 * 60 - RevealService::kPerHour * 60);
        // Another staff member is not affected.
        QCOMPARE(reveal(m_f->token(u"support"_s), revealBody({u"mobile"_s})).status, 200);
        m_server->clock().advance(qint64(retryAfter) * 1000);
        QCOMPARE(reveal(desk, revealBody({u"mobile"_s})).status, 200);
        // The refusal was audited too, as such.
        const QList<AuditEntry> rows = m_server->auditRows();
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const AuditEntry &e) {
            return e.action == u"account.reveal" && e.result == u"rate_limited";
        }));
    }
};

QTEST_GUILESS_MAIN(TestServerAccountsReveal)
#include "tst_server_accounts_reveal.moc"
