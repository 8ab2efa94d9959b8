#pragma once

#include <QList>
#include <QString>

class Clock;
class Database;
class PasswordHasher;
struct DemoWorld;

// Generates a deterministic, realistic demo platform: the same seed and size
// give the same data, on any day (timestamps hang off an anchor derived from
// the seed, never the wall clock). Two platform organizations and eight staff
// members with fixed roles, then accounts, teams, review queues and the open
// platform in proportion to the size. See docs/demo.md for what is generated.
class DemoGenerator
{
public:
    struct Settings
    {
        int accounts = 2000;
        quint32 seed = 20261121;
        QString staffPassword;
    };

    // The clock is accepted for symmetry with the server's other services but
    // deliberately unused: the data must not depend on when it was generated.
    DemoGenerator(Database &db, const PasswordHasher &hasher, const Clock &clock,
                  Settings settings);

    bool isEmpty();
    void generate();

private:
    void generatePlatforms(qint64 anchor);
    void generateStaff(DemoWorld &world);
    void resetIdentitySequences();

    struct ForeignKey
    {
        QString table;
        QString name;
        QString definition;
    };
    QList<ForeignKey> suspendForeignKeys();
    void restoreForeignKeys(const QList<ForeignKey> &keys);

    Database &m_db;
    const PasswordHasher &m_hasher;
    Settings m_settings;
};
