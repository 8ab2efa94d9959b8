#pragma once

#include "store/database.h"

class SqliteDatabase final : public Database
{
public:
    SqliteDatabase(const QString &path, const QString &connectionName);

    Kind kind() const override { return Kind::Sqlite; }
    bool open(QString *error) override;
    QString expandSqlTokens(QString sql) const override;
    void setBulkLoad(bool on) override;

protected:
    QString beginStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

private:
    QString m_path;
};
