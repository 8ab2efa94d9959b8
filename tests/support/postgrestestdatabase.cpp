#include "postgrestestdatabase.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

QString PostgresTestDatabase::fixtureUrl()
{
    return qEnvironmentVariable("GATEHOUSE_TEST_PG_URL");
}

PostgresTestDatabase::PostgresTestDatabase()
{
    const QString admin = fixtureUrl();
    if (admin.isEmpty()) {
        m_error = u"GATEHOUSE_TEST_PG_URL is not set; run PostgreSQL tests through CTest"_s;
        return;
    }
    m_name = u"gh_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    if (!adminExec(u"CREATE DATABASE "_s + m_name))
        return;
    QUrl u(admin);
    u.setPath(u'/' + m_name);
    m_url = u.toString();
}

PostgresTestDatabase::~PostgresTestDatabase()
{
    if (!m_url.isEmpty())
        adminExec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
}

bool PostgresTestDatabase::adminExec(const QString &sql)
{
    const QUrl u(fixtureUrl());
    const QString connection = u"pg-admin-"_s + m_name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().sliced(1));
        db.setUserName(u.userName());
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                m_error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
