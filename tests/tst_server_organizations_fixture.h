#pragma once

// What the organization tests share: an in-process gatehouse-server (SQLite,
// or PostgreSQL when the test is built with GATEHOUSE_TEST_ON_POSTGRES) with
// accounts and organizations of the test's own in both platform
// organizations, and the calls the tests make.
#include "httptestclient.h"
#include "inprocessserver.h"
#include "postgrestestdatabase.h"
#include "serverapi.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class OrganizationFixture
{
public:
    bool start()
    {
        InProcessServer::Options options;
#ifdef GATEHOUSE_TEST_ON_POSTGRES
        m_postgres = std::make_unique<PostgresTestDatabase>();
        if (!m_postgres->isValid()) {
            qWarning().noquote() << m_postgres->error();
            return false;
        }
        options.databaseUrl = m_postgres->url();
#endif
        m_server = std::make_unique<InProcessServer>(options);
        if (!m_server->start())
            return false;
        m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
        return true;
    }

    InProcessServer &server()
    {
        return *m_server;
    }
    Database &db()
    {
        return m_server->server().database();
    }
    HttpTestClient &client()
    {
        return *m_client;
    }

    // An access token of a demo staff member in a platform organization.
    QString signIn(const QString &login, qint64 platformOrg = 1)
    {
        const ServerApi::Session s =
                ServerApi::openSession(*m_client, login, m_server->password(), platformOrg);
        return s.accessToken;
    }

    qint64 addAccount(qint64 platformOrg, const QString &displayName, const QString &nameLatin,
                      const QString &username)
    {
        QSqlQuery &q = db().prepare(
                u"INSERT INTO accounts (platform_org_id, username, email, mobile, display_name,"
                " name_latin, account_type, status, created_at) VALUES (:p, :u, :e, :m, :d, :l,"
                " 'individual', 'active', 0) RETURNING id"_s);
        q.bindValue(u":p"_s, platformOrg);
        q.bindValue(u":u"_s, username);
        q.bindValue(u":e"_s, QString(username + u"@example.com"_s));
        q.bindValue(u":m"_s, QString(u"1380000"_s + QString::number(1000 + m_accounts++)));
        q.bindValue(u":d"_s, displayName);
        q.bindValue(u":l"_s, nameLatin.isEmpty() ? QVariant() : QVariant(nameLatin));
        db().exec(q);
        q.next();
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return id;
    }

    // An organization with its owner as its one member, written straight to the
    // store the way the demo generator does (counts left for the server).
    qint64 addOrganization(qint64 platformOrg, const QString &name, bool corporate, int memberLimit,
                           qint64 ownerAccount)
    {
        QSqlQuery &o = db().prepare(
                u"INSERT INTO organizations (platform_org_id, name, org_type, member_limit,"
                " owner_account_id, created_at) VALUES (:p, :n, :t, :l, :a, 0) RETURNING id"_s);
        o.bindValue(u":p"_s, platformOrg);
        o.bindValue(u":n"_s, name);
        o.bindValue(u":t"_s, corporate ? u"corporate"_s : u"individual"_s);
        o.bindValue(u":l"_s, memberLimit ? QVariant(memberLimit) : QVariant());
        o.bindValue(u":a"_s, ownerAccount);
        db().exec(o);
        o.next();
        const qint64 id = o.value(0).toLongLong();
        o.finish();
        QSqlQuery &m = db().prepare(
                u"INSERT INTO organization_members (organization_id, account_id, role, joined_at)"
                " VALUES (:o, :a, 'owner', 0)"_s);
        m.bindValue(u":o"_s, id);
        m.bindValue(u":a"_s, ownerAccount);
        db().exec(m);
        return id;
    }

    HttpReply get(const QString &token, const QString &path)
    {
        m_client->setBearer(token);
        HttpReply r = m_client->get(path);
        m_client->setBearer({});
        return r;
    }

    // A write with a JSON body (none for DELETE) and If-Match when version > 0.
    HttpReply send(const QString &token, const QByteArray &method, const QString &path,
                   const QJsonObject &body = {}, int version = 0)
    {
        m_client->setBearer(token);
        HttpTestClient::Headers headers;
        if (version > 0)
            headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
        const bool hasBody = method != "DELETE";
        HttpReply r = m_client->send(
                method, path,
                hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
                hasBody ? QByteArray("application/json") : QByteArray(), headers);
        m_client->setBearer({});
        return r;
    }

    static int etag(const HttpReply &r)
    {
        QByteArray e = r.header("etag");
        e.replace('"', "");
        return e.toInt();
    }

    static QString orgPath(qint64 org, const QString &rest = {})
    {
        return u"/api/v1/organizations/"_s + QString::number(org) + rest;
    }

private:
    std::unique_ptr<PostgresTestDatabase> m_postgres;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    int m_accounts = 0;
};
