// The support desk's one search box on an in-process server: each kind of
// identifier finds its account through its own index; a wrong check digit is a
// 400 with the validator's code, not a text search; exact and prefix; keyset
// pages; "at least N" totals; masked answers; another organization's accounts
// are not found.
#include "accountfixture.h"
#include "inprocessserver.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerAccountsSearch : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<AccountFixture> m_f;
    QString m_support;  // support agent, organization 1
    QString m_global;   // administrator of organization 2
    qint64 m_alpha = 0; // the account every kind of query must find
    QString m_openid;
    QString m_unionid;

    HttpReply search(const QString &token, const QString &q,
                     const QList<std::pair<QString, QString>> &extra = {})
    {
        QString path = u"/api/v1/accounts?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q));
        for (const auto &[k, v] : extra)
            path += u'&' + k + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(v));
        return m_f->get(token, path);
    }

    static QList<qint64> ids(const HttpReply &r)
    {
        QList<qint64> list;
        const QJsonArray items = r.json().value(u"items"_s).toArray();
        for (const QJsonValue &v : items)
            list.append(v.toObject().value(u"id"_s).toInteger());
        return list;
    }

    static QJsonObject item(const HttpReply &r, qint64 id)
    {
        const QJsonArray items = r.json().value(u"items"_s).toArray();
        for (const QJsonValue &v : items) {
            if (v.toObject().value(u"id"_s).toInteger() == id)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        InProcessServer::Options o;
        QString error;
        QVERIFY2(m_backend.apply(o, &error), qPrintable(error));
        o.demoSize = 2000;
        o.auth.accessTokenMs = 24LL * 3600 * 1000;
        m_server = std::make_unique<InProcessServer>(o);
        QVERIFY(m_server->start());
        m_f = std::make_unique<AccountFixture>(*m_server);
        QCOMPARE(m_server->server().database().kind() == Database::Kind::PostgreSql,
                 m_backend.onPostgres());
        m_support = m_f->token(u"support"_s);
        m_global = m_f->token(u"admin"_s, 2);
        QVERIFY(!m_support.isEmpty() && !m_global.isEmpty());

        NewAccount a;
        a.username = u"searchtest_alpha"_s;
        a.email = u"Search.Alpha@example.com"_s;
        a.mobile = AccountFixture::mobile(1);
        a.displayName = u"搜索测试甲"_s;
        a.nameLatin = u"Sousuo Ceshijia"_s;
        m_alpha = m_f->add(a);
        m_f->addRealname(m_alpha, 3, AccountFixture::idNumber(1), u"2031-01-01"_s);
        const qint64 opa = m_f->insert(
                u"INSERT INTO open_platform_accounts (platform_org_id, owner_account_id, name, "
                u"appid,"
                " created_at) VALUES (1, :owner, '搜索测试开放平台', 'wxopen0000000001', 0) RETURNING id"_s,
                {{u":owner"_s, m_alpha}});
        const qint64 app = m_f->insert(
                u"INSERT INTO apps (platform_org_id, kind, name, appid, owner_account_id,"
                " open_platform_account_id, bound_at, created_at) VALUES (1, 'mini_program',"
                " '搜索测试小程序', 'wxapp00000000001', :owner, :opa, 1, 0) RETURNING id"_s,
                {{u":owner"_s, m_alpha}, {u":opa"_s, opa}});
        m_openid = u"oSEARCHTESTopenid00000000001"_s;
        m_unionid = u"oSEARCHTESTunionid0000000001"_s;
        QCOMPARE(m_openid.size(), 28);
        QCOMPARE(m_unionid.size(), 28);
        m_f->insert(u"INSERT INTO openids (app_id, account_id, openid, created_at)"
                    " VALUES (:app, :account, :openid, 0)"_s,
                    {{u":app"_s, app}, {u":account"_s, m_alpha}, {u":openid"_s, m_openid}});
        m_f->insert(
                u"INSERT INTO unionids (open_platform_account_id, account_id, unionid, created_at)"
                " VALUES (:opa, :account, :unionid, 0)"_s,
                {{u":opa"_s, opa}, {u":account"_s, m_alpha}, {u":unionid"_s, m_unionid}});
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.reset();
    }

    void eachKindFindsItsAccount_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("matched");
        QTest::newRow("account id") << QString() << u"account_id"_s << u"account_id"_s;
        QTest::newRow("id number")
                << AccountFixture::idNumber(1) << u"id_number"_s << u"id_number"_s;
        QTest::newRow("id number, lower x and spaces")
                << QString(AccountFixture::idNumber(1).first(6) + u' '
                           + AccountFixture::idNumber(1).sliced(6).toLower())
                << u"id_number"_s << u"id_number"_s;
        QTest::newRow("mobile") << AccountFixture::mobile(1) << u"mobile"_s << u"mobile"_s;
        QTest::newRow("mobile +86")
                << QString(u"+86 "_s + AccountFixture::mobile(1)) << u"mobile"_s << u"mobile"_s;
        QTest::newRow("email") << u"search.alpha@EXAMPLE.com"_s << u"email"_s << u"email"_s;
        QTest::newRow("email start") << u"Search.Al"_s << u"email"_s << u"email"_s;
        QTest::newRow("username") << u"searchtest_al"_s << u"username"_s << u"username"_s;
        QTest::newRow("han name") << u"搜索测试"_s << u"name"_s << u"display_name"_s;
        QTest::newRow("latin name") << u"sousuo ce"_s << u"name"_s << u"name_latin"_s;
        QTest::newRow("latin surname") << u"Sousuo"_s << u"name"_s << u"name_latin"_s;
        QTest::newRow("openid") << u"oSEARCHTESTopenid00000000001"_s << u"wechat_id"_s
                                << u"openid"_s;
        QTest::newRow("unionid") << u"oSEARCHTESTunionid0000000001"_s << u"wechat_id"_s
                                 << u"unionid"_s;
    }
    void eachKindFindsItsAccount()
    {
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(QString, matched);
        if (query.isEmpty())
            query = QString::number(m_alpha);
        const HttpReply r = search(m_support, query);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.json();
        QCOMPARE(page.value(u"recognised_as"_s).toString(), kind);
        QVERIFY2(ids(r).contains(m_alpha), r.body.constData());
        QCOMPARE(item(r, m_alpha).value(u"matched"_s).toString(), matched);
        QVERIFY(page.value(u"total"_s).toInteger() >= 1);
        QVERIFY(page.value(u"total_exact"_s).toBool());
    }

    void theDemoPlatformsAccountsAreFoundToo()
    {
        // An account the generator made, found by each of its own identifiers.
        const qint64 id = m_f->scalar(
                u"SELECT a.id FROM accounts a JOIN realname_records r ON r.account_id = a.id"
                " JOIN openids o ON o.account_id = a.id WHERE a.platform_org_id = 1"
                " AND a.username IS NOT NULL AND a.mobile IS NOT NULL ORDER BY a.id LIMIT 1"_s);
        QVERIFY(id > 0);
        const QString where = u" WHERE id = "_s + QString::number(id);
        const QStringList queries{
                m_f->text(u"SELECT username FROM accounts"_s + where),
                m_f->text(u"SELECT email FROM accounts"_s + where),
                m_f->text(u"SELECT mobile FROM accounts"_s + where),
                m_f->text(u"SELECT display_name FROM accounts"_s + where),
                m_f->text(u"SELECT name_latin FROM accounts"_s + where),
                m_f->text(u"SELECT id_number FROM realname_records WHERE account_id = "_s
                          + QString::number(id)),
                m_f->text(u"SELECT openid FROM openids WHERE account_id = "_s + QString::number(id)
                          + u" LIMIT 1"_s)};
        for (const QString &q : queries) {
            QVERIFY(!q.isEmpty());
            bool found = false;
            QString cursor;
            // A common name may need a few pages; follow them.
            for (int page = 0; page < 20 && !found; ++page) {
                QList<std::pair<QString, QString>> extra{{u"limit"_s, u"100"_s}};
                if (!cursor.isEmpty())
                    extra.append({u"cursor"_s, cursor});
                const HttpReply r = search(m_support, q, extra);
                QCOMPARE(r.status, 200);
                found = ids(r).contains(id);
                cursor = r.json().value(u"next_cursor"_s).toString();
                if (cursor.isEmpty())
                    break;
            }
            QVERIFY2(found, qPrintable(q));
        }
    }

    void aWrongCheckDigitIsReportedNotSearched()
    {
        const HttpReply r =
                search(m_support, AccountFixture::withWrongCheckDigit(AccountFixture::idNumber(1)));
        QCOMPARE(r.status, 400);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), u"validation_failed"_s);
        const QJsonObject error = r.json().value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(error.value(u"field"_s).toString(), u"q"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"id_number_wrong_check_digit"_s);
        QCOMPARE(r.json().value(u"recognised_as"_s).toString(), u"id_number"_s);

        const HttpReply date = search(m_support, u"659001198802300010"_s);
        QCOMPARE(date.status, 400);
        QCOMPARE(date.json()
                         .value(u"errors"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                 u"id_number_impossible_birth_date"_s);
        const HttpReply shortId = search(m_support, u"6590011988030700"_s);
        QCOMPARE(shortId.status, 400);
        QCOMPARE(shortId.json()
                         .value(u"errors"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                 u"id_number_wrong_length"_s);
        const HttpReply mobile = search(m_support, u"12012345678"_s);
        QCOMPARE(mobile.status, 400);
        QCOMPARE(mobile.json()
                         .value(u"errors"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                 u"mobile_not_mainland"_s);
    }

    void answersAreMaskedEvenWhenSearchedByTheFullValue()
    {
        for (const QString &token : {m_support, m_f->token(u"admin"_s), m_f->token(u"auditor"_s)}) {
            const HttpReply r = search(token, AccountFixture::idNumber(1));
            QCOMPARE(r.status, 200);
            const QJsonObject a = item(r, m_alpha);
            QCOMPARE(a.value(u"mobile"_s).toString(), u"192****0001"_s);
            QCOMPARE(a.value(u"email"_s).toString(), u"S***@example.com"_s);
            const QString id = AccountFixture::idNumber(1);
            QCOMPARE(a.value(u"id_number"_s).toString(),
                     QString(id.first(1) + QString(15, u'*') + id.last(2)));
            // Not anywhere in the body either: the query is not echoed.
            QVERIFY(!r.body.contains(id.toLatin1()));
            QVERIFY(!r.body.contains(AccountFixture::mobile(1).toLatin1()));
            QVERIFY(!r.body.contains("Search.Alpha"));
            QCOMPARE(r.header("cache-control"), "no-store");
        }
    }

    void cursorsCarryNoValue()
    {
        NewAccount second;
        second.email = u"search.alpine@example.com"_s;
        m_f->add(second);
        const HttpReply r = search(m_support, u"search.alp"_s, {{u"limit"_s, u"1"_s}});
        QCOMPARE(r.json().value(u"total"_s).toInteger(), 2);
        const QString cursor = r.json().value(u"next_cursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const QByteArray decoded =
                QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
        QVERIFY2(!decoded.contains('@') && !decoded.contains("search"), decoded.constData());
        const HttpReply next =
                search(m_support, u"search.alp"_s, {{u"limit"_s, u"1"_s}, {u"cursor"_s, cursor}});
        QCOMPARE(next.json().value(u"items"_s).toArray().size(), 1);
        QVERIFY(ids(next) != ids(r));
        QVERIFY(next.json().value(u"next_cursor"_s).isNull());
    }

    void exactOrPrefix()
    {
        const HttpReply prefix = search(m_support, u"searchtest_al"_s, {{u"match"_s, u"prefix"_s}});
        QCOMPARE(prefix.json().value(u"match"_s).toString(), u"prefix"_s);
        QVERIFY(ids(prefix).contains(m_alpha));
        const HttpReply exactPart =
                search(m_support, u"searchtest_al"_s, {{u"match"_s, u"exact"_s}});
        QCOMPARE(exactPart.status, 200);
        QCOMPARE(exactPart.json().value(u"match"_s).toString(), u"exact"_s);
        QVERIFY(ids(exactPart).isEmpty());
        const HttpReply exactWhole =
                search(m_support, u"SearchTest_Alpha"_s, {{u"match"_s, u"exact"_s}});
        QCOMPARE(ids(exactWhole), QList<qint64>{m_alpha});
        // Identifiers always match whole, whatever was asked.
        const HttpReply mobile =
                search(m_support, AccountFixture::mobile(1), {{u"match"_s, u"prefix"_s}});
        QCOMPARE(mobile.json().value(u"match"_s).toString(), u"exact"_s);
        // An exact email must be a whole address.
        const HttpReply partial = search(m_support, u"search.alpha@"_s, {{u"match"_s, u"exact"_s}});
        QCOMPARE(partial.status, 400);
        QCOMPARE(partial.json()
                         .value(u"errors"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                 u"email_bad_domain"_s);
    }

    void aLatinWordMayBeReadAsAUsername()
    {
        const HttpReply r = search(m_support, u"searchtest"_s);
        QCOMPARE(r.json().value(u"recognised_as"_s).toString(), u"name"_s);
        QCOMPARE(r.json().value(u"alternatives"_s).toArray(), QJsonArray{u"username"_s});
        QVERIFY(!ids(r).contains(m_alpha));
        const HttpReply asUsername =
                search(m_support, u"searchtest"_s, {{u"kind"_s, u"username"_s}});
        QCOMPARE(asUsername.json().value(u"recognised_as"_s).toString(), u"username"_s);
        QVERIFY(ids(asUsername).contains(m_alpha));
    }

    void pagesWalkEveryMatchOnceInOrder()
    {
        QList<qint64> made;
        for (int i = 0; i < 45; ++i) {
            NewAccount a;
            a.displayName = u"分页测试"_s + QString::number(i % 9) + QChar(u'甲' + i);
            made.append(m_f->add(a));
        }
        QList<qint64> seen;
        QStringList names;
        QString cursor;
        int pages = 0;
        do {
            QList<std::pair<QString, QString>> extra{{u"limit"_s, u"10"_s}};
            if (!cursor.isEmpty())
                extra.append({u"cursor"_s, cursor});
            const HttpReply r = search(m_support, u"分页测试"_s, extra);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"total"_s).toInteger(), 45);
            QVERIFY(r.json().value(u"total_exact"_s).toBool());
            const QJsonArray items = r.json().value(u"items"_s).toArray();
            for (const QJsonValue &v : items) {
                seen.append(v.toObject().value(u"id"_s).toInteger());
                names.append(v.toObject().value(u"display_name"_s).toString());
            }
            cursor = r.json().value(u"next_cursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 5);
        QCOMPARE(seen.size(), 45);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()), QSet<qint64>(made.begin(), made.end()));
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
    }

    void aLargeMatchSaysAtLeast()
    {
        Database &db = m_server->server().database();
        db.transaction([&] {
            for (int i = 0; i < 1005; ++i) {
                NewAccount a;
                a.displayName = u"大量同名"_s + QString::number(i);
                m_f->add(a);
            }
        });
        const HttpReply r = search(m_support, u"大量同名"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"total"_s).toInteger(), 1000);
        QVERIFY(!r.json().value(u"total_exact"_s).toBool());
        QCOMPARE(ids(r).size(), 20);
        QVERIFY(!r.json().value(u"next_cursor"_s).toString().isEmpty());
    }

    void anotherOrganizationsAccountIsNotFound()
    {
        NewAccount b;
        b.platformOrgId = 2;
        b.username = u"searchtest_global"_s;
        b.mobile = AccountFixture::mobile(2);
        b.displayName = u"Global Searchtest"_s;
        const qint64 other = m_f->add(b);
        m_f->addRealname(other, 4, AccountFixture::idNumber(2));
        for (const QString &q : {AccountFixture::mobile(2), AccountFixture::idNumber(2),
                                 QString::number(other), u"searchtest_global"_s}) {
            const HttpReply mine = search(
                    m_support, q, {{u"kind"_s, q.startsWith(u's') ? u"username"_s : QString()}});
            QCOMPARE(mine.status, 200);
            QVERIFY2(!ids(mine).contains(other), qPrintable(q));
            const HttpReply theirs = search(
                    m_global, q, {{u"kind"_s, q.startsWith(u's') ? u"username"_s : QString()}});
            QVERIFY2(ids(theirs).contains(other), qPrintable(q));
        }
        QCOMPARE(m_f->get(m_support, u"/api/v1/accounts/%1"_s.arg(other)).status, 404);
        QCOMPARE(m_f->get(m_global, u"/api/v1/accounts/%1"_s.arg(other)).status, 200);
    }

    void badParametersAreNamed()
    {
        const auto firstError = [](const HttpReply &r) {
            return r.json().value(u"errors"_s).toArray().first().toObject();
        };
        HttpReply r = m_f->get(m_support, u"/api/v1/accounts"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(firstError(r).value(u"field"_s).toString(), u"q"_s);
        r = search(m_support, u"x"_s, {{u"kind"_s, u"passport"_s}});
        QCOMPARE(firstError(r).value(u"field"_s).toString(), u"kind"_s);
        r = search(m_support, u"x"_s, {{u"match"_s, u"fuzzy"_s}});
        QCOMPARE(firstError(r).value(u"field"_s).toString(), u"match"_s);
        r = search(m_support, u"x"_s, {{u"limit"_s, u"0"_s}});
        QCOMPARE(firstError(r).value(u"field"_s).toString(), u"limit"_s);
        r = search(m_support, u"张"_s, {{u"cursor"_s, u"not-a-cursor!"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(firstError(r).value(u"field"_s).toString(), u"cursor"_s);
        r = search(m_support, QString(201, u'a'));
        QCOMPARE(firstError(r).value(u"code"_s).toString(), u"too_long"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAccountsSearch)
#include "tst_server_accounts_search.moc"
