#pragma once

#include <QString>

class Clock;
class Database;
class PasswordHasher;

// Generates a deterministic, realistic demo platform: the same seed and size
// give the same data. Sizes from a few thousand accounts (starts in about a
// second) to millions. See docs/demo.md for what is generated.
class DemoGenerator
{
public:
    struct Settings
    {
        int accounts = 2000;
        quint32 seed = 20261121;
        QString staffPassword;
    };

    DemoGenerator(Database &db, const PasswordHasher &hasher, const Clock &clock, Settings settings);

    bool isEmpty();
    void generate();

private:
    void generatePlatforms();
    void generateStaff();

    Database &m_db;
    const PasswordHasher &m_hasher;
    const Clock &m_clock;
    Settings m_settings;
};
