#pragma once

#include "store/database.h"

#include <QUrl>

class PostgresDatabase final : public Database
{
public:
    PostgresDatabase(const QUrl &url, const QString &connectionName);

    Kind kind() const override { return Kind::PostgreSql; }
    bool open(QString *error) override;
    QString expandSqlTokens(QString sql) const override;
    void restrictPrivileges() override;
    void setBulkLoad(bool on) override;

    // The role the server works as once migrations have run: it may insert and
    // read audit rows, never update or delete them.
    static constexpr char16_t kApplicationRole[] = u"gatehouse_app";

private:
    QUrl m_url;
    bool m_restricted = false;
};
