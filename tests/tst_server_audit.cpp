// The audit log (RELIABILITY 16), against an in-process gatehouse-server: one
// row per action with who, as what, when, which request, on what, before and
// after, and how it ended; no secret in any row; a hash chain that verifies;
// 100 tampering attempts on a copy of the store all detected; and rows that
// cannot be changed or deleted through SQL.
#include "domain/jsontime.h"
#include "httptestclient.h"
#include "inprocessserver.h"
#include "serverapi.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kReviewerId = 2;

QList<AuditEntry> readRows(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id, platform_org_id, at, actor_id, actor_name, actor_role, request_id, action, "
           u"target_type,"
           " target_id, target_name, before_json, after_json, reason, result, prev_hash, hash FROM "
           "audit_log"
           " ORDER BY id"_s);
    QList<AuditEntry> rows;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.platformOrgId = q.value(1).toLongLong();
        e.at = q.value(2).toLongLong();
        e.actorId = q.value(3).toLongLong();
        e.actorName = q.value(4).toString();
        e.actorRole = q.value(5).toString();
        e.requestId = q.value(6).toString();
        e.action = q.value(7).toString();
        e.targetType = q.value(8).toString();
        e.targetId = q.value(9).toString();
        e.targetName = q.value(10).toString();
        e.before = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
        e.reason = q.value(13).toString();
        e.result = q.value(14).toString();
        e.prevHash = q.value(15).toString();
        e.hash = q.value(16).toString();
        rows.append(e);
    }
    return rows;
}

// One way of changing history, and where verification must notice it.
struct Tamper
{
    QString description;
    QStringList statements;
    qint64 brokenAt = 0;
};

QString quoted(const QString &s)
{
    return u'\'' + QString(s).replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

class TestServerAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    QStringList m_secrets; // every token the server handed out, and the password

    ManualClock &clock() { return m_server->clock(); }
    QList<AuditEntry> rows() { return m_server->auditRows(); }

    // Runs an action; checks it wrote exactly one row, and returns that row.
    AuditEntry onlyNewRow(const std::function<HttpReply()> &action, HttpReply *reply = nullptr)
    {
        const qsizetype before = rows().size();
        const HttpReply r = action();
        if (reply)
            *reply = r;
        const QList<AuditEntry> after = rows();
        if (after.size() != before + 1) {
            qWarning() << "expected one new audit row, got" << after.size() - before << r.status
                       << r.body;
            return {};
        }
        // The request id in the row is the one the client was told.
        if (after.last().requestId != QString::fromLatin1(r.header("x-request-id")))
            qWarning() << "request id differs" << after.last().requestId
                       << r.header("x-request-id");
        return after.last();
    }

    void remember(const ServerApi::Session &s) { m_secrets << s.accessToken << s.refreshToken; }
    void remember(const HttpReply &r)
    {
        const QJsonObject o = r.json();
        for (const QString &key : {u"access_token"_s, u"refresh_token"_s, u"selection_token"_s}) {
            if (o.contains(key))
                m_secrets << o.value(key).toString();
        }
    }

    // A history of every kind of action, for the later tests to look at.
    void act()
    {
        const QString pw = m_server->password();
        const ServerApi::Session admin = ServerApi::openSession(*m_client, u"admin"_s, pw, 1);
        remember(admin);
        for (int i = 0; i < 5; ++i)
            ServerApi::signIn(*m_client, u"reviewer"_s, u"wrong-%1"_s.arg(i));
        const HttpReply choice = ServerApi::signIn(*m_client, u"emily.chen"_s, pw);
        remember(choice);
        remember(m_client->postJson(
                u"/api/v1/auth/organization"_s,
                {{u"selection_token"_s, choice.json().value(u"selection_token"_s).toString()},
                 {u"organization_id"_s, 2}}));
        const QByteArray etag =
                ServerApi::getAs(*m_client, admin.accessToken, u"/api/v1/staff/2"_s).header("etag");
        ServerApi::postAs(*m_client, admin.accessToken, u"/api/v1/staff/2/unlock"_s,
                          {{u"reason"_s, u"Ticket 17"_s}}, {{"If-Match", etag}});
        const ServerApi::Session support = ServerApi::openSession(*m_client, u"support"_s, pw);
        remember(support);
        const HttpReply refreshed = ServerApi::refresh(*m_client, support.refreshToken);
        remember(refreshed);
        ServerApi::postAs(*m_client, refreshed.json().value(u"access_token"_s).toString(),
                          u"/api/v1/auth/sign-out"_s, {});
        const HttpReply switched = ServerApi::postAs(*m_client, admin.accessToken,
                                                     u"/api/v1/auth/switch-organization"_s,
                                                     {{u"organization_id"_s, 2}});
        remember(switched);
        ServerApi::refresh(*m_client, support.refreshToken); // reused: the family is revoked
        m_secrets << pw;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<InProcessServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
        m_secrets.clear();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void oneRowPerAction()
    {
        const QString pw = m_server->password();
        HttpReply reply;
        clock().advance(1234);
        AuditEntry e =
                onlyNewRow([&] { return ServerApi::signIn(*m_client, u"admin"_s, pw, 1); }, &reply);
        QCOMPARE(e.action, u"auth.sign_in"_s);
        QCOMPARE(e.actorId, 1);
        QCOMPARE(e.actorName, u"王芳"_s);
        QCOMPARE(e.actorRole, u"administrator"_s);
        QCOMPARE(e.platformOrgId, 1);
        QCOMPARE(e.at, clock().nowMs());
        QCOMPARE(e.targetType, u"staff"_s);
        QCOMPARE(e.targetId, u"1"_s);
        QCOMPARE(e.result, u"success"_s);
        const QString access = reply.json().value(u"access_token"_s).toString();
        const QString refresh = reply.json().value(u"refresh_token"_s).toString();

        clock().advance(1000);
        e = onlyNewRow([&] { return ServerApi::signIn(*m_client, u"reviewer"_s, u"nope"_s); });
        QCOMPARE(e.result, u"failed"_s);
        QCOMPARE(e.before.value(u"failed_sign_ins"_s).toInt(), 0);
        QCOMPARE(e.after.value(u"failed_sign_ins"_s).toInt(), 1);

        const QByteArray etag =
                ServerApi::getAs(*m_client, access, u"/api/v1/staff/2"_s).header("etag");
        e = onlyNewRow([&] {
            return ServerApi::postAs(*m_client, access, u"/api/v1/staff/2/unlock"_s,
                                     {{u"reason"_s, u"Asked by phone"_s}}, {{"If-Match", etag}});
        });
        QCOMPARE(e.action, u"staff.unlock"_s);
        QCOMPARE(e.reason, u"Asked by phone"_s);
        QCOMPARE(e.targetId, QString::number(kReviewerId));
        QCOMPARE(e.targetName, u"reviewer"_s);
        QCOMPARE(e.before.value(u"failed_sign_ins"_s).toInt(), 1);
        QCOMPARE(e.after.value(u"failed_sign_ins"_s).toInt(), 0);

        e = onlyNewRow([&] { return ServerApi::refresh(*m_client, refresh); }, &reply);
        QCOMPARE(e.action, u"auth.refresh"_s);
        QCOMPARE(e.targetType, u"session"_s);
        const QString access2 = reply.json().value(u"access_token"_s).toString();

        e = onlyNewRow(
                [&] {
                    return ServerApi::postAs(*m_client, access2,
                                             u"/api/v1/auth/switch-organization"_s,
                                             {{u"organization_id"_s, 2}});
                },
                &reply);
        QCOMPARE(e.action, u"auth.switch_organization"_s);
        QCOMPARE(e.platformOrgId, 2);
        const QString access3 = reply.json().value(u"access_token"_s).toString();

        e = onlyNewRow([&] {
            return ServerApi::postAs(*m_client, access3, u"/api/v1/auth/sign-out"_s, {});
        });
        QCOMPARE(e.action, u"auth.sign_out"_s);
        QCOMPARE(e.actorRole, u"administrator"_s);

        e = onlyNewRow([&] { return ServerApi::refresh(*m_client, refresh); });
        QCOMPARE(e.action, u"auth.refresh_reuse"_s);
        QCOMPARE(e.result, u"denied"_s);

        // Reading changes nothing, and refusals before any change write nothing.
        const ServerApi::Session auditor = ServerApi::openSession(*m_client, u"auditor"_s, pw, 1);
        const qsizetype count = rows().size();
        ServerApi::getAs(*m_client, auditor.accessToken, u"/api/v1/audit"_s);
        ServerApi::getAs(*m_client, auditor.accessToken, u"/api/v1/audit/verify"_s);
        ServerApi::getAs(*m_client, auditor.accessToken, u"/api/v1/me"_s);
        ServerApi::getAs(*m_client, auditor.accessToken, u"/api/v1/staff"_s); // 403
        QCOMPARE(rows().size(), count);
    }

    void noSecretInAnyRowOrFile()
    {
        act();
        QVERIFY(m_secrets.size() >= 8);
        const QList<AuditEntry> all = rows();
        QVERIFY(all.size() >= 14);
        for (const AuditEntry &e : all) {
            const QByteArray row =
                    AuditLog::canonical(e) + e.hash.toLatin1() + e.prevHash.toLatin1();
            for (const QString &secret : std::as_const(m_secrets)) {
                QVERIFY2(!row.contains(secret.toUtf8()), row.constData());
                // Not even the part after the prefix.
                QVERIFY2(!row.contains(secret.mid(4, 20).toUtf8()), row.constData());
            }
            QVERIFY2(!row.contains("wrong-"), row.constData());
        }
        // Nowhere in the store's files either: tokens are kept as digests only.
        m_server->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QDirIterator files(QFileInfo(m_server->databasePath()).absolutePath(), QDir::Files);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }

    void theChainVerifies()
    {
        act();
        const AuditChainCheck check = m_server->server().auditLog().verify();
        QVERIFY(check.intact);
        QCOMPARE(check.rowsChecked, rows().size());
        const QList<AuditEntry> all = rows();
        QString prev(64, u'0');
        for (const AuditEntry &e : all) {
            QCOMPARE(e.prevHash, prev);
            // hash = SHA-256(prev_hash ‖ row), checked independently of AuditLog::verify.
            const QByteArray expected =
                    QCryptographicHash::hash(
                            QByteArray(e.prevHash.toLatin1() + AuditLog::canonical(e)),
                            QCryptographicHash::Sha256)
                            .toHex();
            QCOMPARE(e.hash.toLatin1(), expected);
            prev = e.hash;
        }
        const ServerApi::Session auditor =
                ServerApi::openSession(*m_client, u"auditor"_s, m_server->password(), 1);
        const QJsonObject verify =
                ServerApi::getAs(*m_client, auditor.accessToken, u"/api/v1/audit/verify"_s).json();
        QVERIFY(verify.value(u"intact"_s).toBool());
        QCOMPARE(verify.value(u"rows_checked"_s).toInteger(), rows().size());
        QVERIFY(verify.value(u"first_broken_id"_s).isNull());
    }

    void hundredTamperingAttemptsAreDetected()
    {
        act();
        const QList<AuditEntry> original = rows();
        const qint64 last = original.last().id;
        QVERIFY(last >= 14);

        // A consistent copy of the store to tamper with.
        const QString copyPath = m_server->tempPath(u"tampered.sqlite"_s);
        m_server->exec(u"VACUUM INTO "_s + quoted(copyPath));
        QString error;
        std::unique_ptr<Database> copy = Database::fromUrl(u"sqlite:"_s + copyPath, &error);
        QVERIFY2(copy && copy->open(&error), qPrintable(error));
        AuditLog copyLog(*copy, clock());
        QVERIFY(copyLog.verify().intact);

        const QStringList fields{u"platform_org_id"_s, u"at"_s,          u"actor_id"_s,
                                 u"actor_name"_s,      u"actor_role"_s,  u"request_id"_s,
                                 u"action"_s,          u"target_type"_s, u"target_id"_s,
                                 u"target_name"_s,     u"before_json"_s, u"after_json"_s,
                                 u"reason"_s,          u"result"_s};
        const auto newValue = [](const QString &field, qint64 id) {
            if (field == u"platform_org_id" || field == u"at" || field == u"actor_id")
                return u"COALESCE(%1, 0) + 1"_s.arg(field);
            if (field == u"before_json" || field == u"after_json")
                return u"'{\"locked_until\":\"\",\"tampered\":%1}'"_s.arg(id);
            return u"%1 || 'x'"_s.arg(field);
        };
        const QString dropTriggers =
                u"DROP TRIGGER audit_log_no_update"_s; // the delete trigger goes where a row is
                                                       // deleted
        QList<Tamper> attempts;
        for (int i = 0; attempts.size() < 100; ++i) {
            const qint64 id = 1 + (i * 7) % last;            // spread over the log
            const qint64 notLast = 1 + (i * 5) % (last - 1); // a row with a successor
            const QString field = fields[i % fields.size()];
            switch (i % 6) {
            case 0: // change a field, leave the hash
            case 1:
                attempts.append({u"edit %1 of row %2"_s.arg(field).arg(id),
                                 {dropTriggers,
                                  u"UPDATE audit_log SET %1 = %2 WHERE id = %3"_s
                                          .arg(field, newValue(field, id))
                                          .arg(id)},
                                 id});
                break;
            case 2: { // change a field and give the row a correct hash of its own
                AuditEntry forged = original[notLast - 1];
                forged.result = u"success (edited)"_s;
                forged.reason = u"nothing to see"_s;
                const QString hash = AuditLog::chainHash(forged.prevHash, forged);
                attempts.append(
                        {u"edit and re-hash row %1"_s.arg(notLast),
                         {dropTriggers,
                          u"UPDATE audit_log SET result = %1, reason = %2, hash = %3 WHERE id = %4"_s
                                  .arg(quoted(forged.result), quoted(forged.reason), quoted(hash))
                                  .arg(notLast)},
                         notLast + 1});
                break;
            }
            case 3: { // change a field and hash the row without the chain
                AuditEntry forged = original[id - 1];
                forged.actorName = u"someone else"_s;
                const QString hash =
                        QString::fromLatin1(QCryptographicHash::hash(AuditLog::canonical(forged),
                                                                     QCryptographicHash::Sha256)
                                                    .toHex());
                attempts.append(
                        {u"edit and hash without the chain, row %1"_s.arg(id),
                         {dropTriggers,
                          u"UPDATE audit_log SET actor_name = 'someone else', hash = %1 WHERE id = %2"_s
                                  .arg(quoted(hash))
                                  .arg(id)},
                         id});
                break;
            }
            case 4: // delete a row from the middle
                attempts.append({u"delete row %1"_s.arg(notLast),
                                 {u"DROP TRIGGER audit_log_no_delete"_s,
                                  u"DELETE FROM audit_log WHERE id = %1"_s.arg(notLast)},
                                 notLast + 1});
                break;
            default: // break the link to the previous row
                attempts.append({u"relink row %1"_s.arg(id),
                                 {dropTriggers,
                                  u"UPDATE audit_log SET prev_hash = %1 WHERE id = %2"_s
                                          .arg(quoted(QString(64, u'f')))
                                          .arg(id)},
                                 id});
                break;
            }
        }
        QCOMPARE(attempts.size(), 100);

        int detected = 0;
        for (const Tamper &t : std::as_const(attempts)) {
            copy->execDirect(u"BEGIN"_s);
            for (const QString &sql : t.statements)
                copy->execDirect(sql);
            const AuditChainCheck check = copyLog.verify();
            copy->execDirect(u"ROLLBACK"_s);
            QVERIFY2(!check.intact, qPrintable(t.description));
            QVERIFY2(check.firstBrokenId == t.brokenAt,
                     qPrintable(t.description
                                + u": first broken %1, expected %2"_s.arg(check.firstBrokenId)
                                          .arg(t.brokenAt)));
            ++detected;
        }
        QCOMPARE(detected, 100);
        // Rolled back, the copy is whole again: the attempts were what broke it.
        QVERIFY(copyLog.verify().intact);
        QCOMPARE(readRows(*copy).size(), original.size());
    }

    void tamperingWithTheLiveStoreShowsInTheApi()
    {
        act();
        const ServerApi::Session auditor =
                ServerApi::openSession(*m_client, u"auditor"_s, m_server->password(), 1);
        const auto verify = [&] {
            return ServerApi::getAs(*m_client, auditor.accessToken, u"/api/v1/audit/verify"_s)
                    .json();
        };
        QVERIFY(verify().value(u"intact"_s).toBool());

        // A second connection to the server's own file, as an intruder would have.
        const QString name = u"intruder"_s;
        {
            QSqlDatabase intruder = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            intruder.setDatabaseName(m_server->databasePath());
            QVERIFY(intruder.open());
            QSqlQuery q(intruder);
            const qint64 last = rows().last().id;
            for (qint64 id = 1; id <= 10; ++id) {
                const qint64 target = 1 + (id * 3) % last;
                QVERIFY2(q.exec(u"DROP TRIGGER audit_log_no_update"_s),
                         qPrintable(q.lastError().text()));
                QVERIFY(q.exec(
                        u"UPDATE audit_log SET reason = reason || ' (amended)' WHERE id = %1"_s.arg(
                                target)));
                const QJsonObject broken = verify();
                QVERIFY(!broken.value(u"intact"_s).toBool());
                QCOMPARE(broken.value(u"first_broken_id"_s).toInteger(), target);
                // Put it back exactly; the chain is whole again.
                QVERIFY(q.exec(
                        u"UPDATE audit_log SET reason = substr(reason, 1, length(reason) - 10) WHERE id = %1"_s
                                .arg(target)));
                QVERIFY(q.exec(
                        u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                        " SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s));
                QVERIFY(verify().value(u"intact"_s).toBool());
            }
            intruder.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void rowsCannotBeChangedOrDeleted()
    {
        act();
        Database &db = m_server->server().database();
        const QList<AuditEntry> before = rows();
        for (const QString &sql :
             {u"UPDATE audit_log SET reason = 'rewritten'"_s,
              u"UPDATE audit_log SET hash = prev_hash WHERE id = 1"_s, u"DELETE FROM audit_log"_s,
              u"DELETE FROM audit_log WHERE id = 3"_s}) {
            bool refused = false;
            try {
                db.execDirect(sql);
            } catch (const StoreError &e) {
                refused = QString::fromUtf8(e.what()).contains(u"append-only"_s);
            }
            QVERIFY2(refused, qPrintable(sql));
        }
        QCOMPARE(rows().size(), before.size());
        QCOMPARE(rows().last().hash, before.last().hash);
        // Appending still works, and continues the chain.
        QVERIFY(ServerApi::openSession(*m_client, u"admin"_s, m_server->password(), 1).isValid());
        QCOMPARE(rows().last().prevHash, before.last().hash);
        QVERIFY(m_server->server().auditLog().verify().intact);
    }

    void textTheStoreCannotHoldStillVerifies()
    {
        AuditEntry e;
        e.action = u"test.odd_text"_s;
        e.actorName = u"lone \xd800 surrogate"_s;
        e.actorRole = u"nul \x0000 inside"_s;
        e.targetType = u"staff"_s;
        e.targetId = u"\xdc00"_s;
        e.targetName = u"emoji 😀 and 𠀀 stay"_s;
        e.reason = u"trailing high "_s + QChar(0xd83d);
        e.result = u"success"_s;
        e.before = {{u"key \xd800"_s, u"value \xdfff"_s}};
        e.after = {{u"list"_s, QJsonArray{u"a\xd800"_s, 1}}};
        m_server->server().database().transaction([&] { m_server->server().auditLog().append(e); });
        QVERIFY(m_server->server().auditLog().verify().intact);
        const AuditEntry stored = rows().last();
        QCOMPARE(stored.targetName, u"emoji 😀 and 𠀀 stay"_s);
        QCOMPARE(stored.actorName, u"lone \xfffd surrogate"_s);
    }

    void listingPagesAndFilters()
    {
        act();
        const ServerApi::Session auditor =
                ServerApi::openSession(*m_client, u"auditor"_s, m_server->password(), 1);
        const QString token = auditor.accessToken;
        // Newest first, by cursor, every row once.
        QList<qint64> seen;
        QString cursor;
        do {
            const HttpReply page = ServerApi::getAs(
                    *m_client, token,
                    u"/api/v1/audit?limit=4"_s
                            + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().value(u"items"_s).toArray();
            QVERIFY(items.size() <= 4);
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                const qint64 id = o.value(u"id"_s).toInteger();
                QVERIFY(seen.isEmpty() || id < seen.last());
                seen.append(id);
                for (const QString &key :
                     {u"at"_s, u"actor"_s, u"request_id"_s, u"action"_s, u"target"_s, u"before"_s,
                      u"after"_s, u"reason"_s, u"result"_s, u"hash"_s})
                    QVERIFY2(o.contains(key), qPrintable(key));
                QVERIFY(JsonTime::parse(o.value(u"at"_s).toString()).isValid());
            }
            const QJsonValue next = page.json().value(u"next_cursor"_s);
            cursor = next.isNull() ? QString() : next.toString();
        } while (!cursor.isEmpty());
        // Organization 1 sees its rows and the unscoped ones (sign-in attempts), not organization
        // 2's.
        qsizetype visible = 0;
        const QList<AuditEntry> all = rows();
        for (const AuditEntry &e : all)
            visible += e.platformOrgId == 0 || e.platformOrgId == 1;
        QCOMPARE(seen.size(), visible);
        QVERIFY(visible < all.size());

        const QJsonArray unlocks =
                ServerApi::getAs(*m_client, token, u"/api/v1/audit?action=staff.unlock"_s)
                        .json()
                        .value(u"items"_s)
                        .toArray();
        QCOMPARE(unlocks.size(), 1);
        QCOMPARE(unlocks.first().toObject().value(u"reason"_s).toString(), u"Ticket 17"_s);
        const QJsonArray aboutReviewer =
                ServerApi::getAs(*m_client, token, u"/api/v1/audit?target_type=staff&target_id=2"_s)
                        .json()
                        .value(u"items"_s)
                        .toArray();
        QCOMPARE(aboutReviewer.size(), 6); // five failures (the last one locking) and the unlock
    }
};

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
