#pragma once

#include <QString>

// A database of its own in the PostgreSQL fixture (GATEHOUSE_TEST_PG_URL, set
// by CTest for POSTGRES tests), created on construction and dropped on
// destruction, so PostgreSQL tests never see each other's rows.
class PostgresTestDatabase
{
public:
    PostgresTestDatabase();
    ~PostgresTestDatabase();
    PostgresTestDatabase(const PostgresTestDatabase &) = delete;
    PostgresTestDatabase &operator=(const PostgresTestDatabase &) = delete;

    // The fixture's URL; empty when the test runs outside CTest.
    static QString fixtureUrl();

    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString url() const { return m_url; } // postgresql://gatehouse@127.0.0.1:<port>/<name>

private:
    bool adminExec(const QString &sql);

    QString m_name;
    QString m_url;
    QString m_error;
};
