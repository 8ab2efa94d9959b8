#pragma once

#include "demo/democompanies.h"
#include "demo/demonames.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

class Database;

enum class DemoAccountStatus : quint8 { Unactivated, Active, Locked, Disabled };

// What later generator parts need to know about an account, in a few bytes:
// a million of them stay in memory for the whole run.
struct DemoAccount
{
    qint64 createdAt = 0;
    qint64 activatedAt = 0; // 0: never activated
    quint64 mobile = 0;     // 11 digits as a number; 0: none
    PersonName name;
    quint8 platformOrg = 1;
    DemoAccountStatus status = DemoAccountStatus::Active;
    bool corporate = false;
    bool createdByAgent = false;
    quint8 realnameLevel = 0; // 0: no real-name record

    bool activated() const { return activatedAt != 0; }
};

struct DemoStaffMember
{
    qint64 id = 0;
    QString name;
};

struct DemoOrganization
{
    qint64 ownerId = 0;
    qint64 createdAt = 0;
    quint8 platformOrg = 1;
    bool corporate = false;
    int memberLimit = 0; // 0: none
    int members = 0;
    QString name;
};

// The shared state of one generation run: settings, the fixed time anchor,
// and the facts each generator part leaves for the parts after it. Row ids are
// 1-based; vectors are indexed by id - 1.
struct DemoWorld
{
    DemoWorld(Database &database, quint32 seedValue, int accountCount);

    Database &db;
    quint32 seed = 0;
    int size = 0;
    qint64 anchor = 0; // "now" of the demo platform, ms since the epoch
    NamePools names;

    std::vector<DemoAccount> accounts;
    QList<QString> usernames; // null where the account has none
    QList<QString> emails;

    // Reviewers of each platform organization (1, 2), for decisions and claims.
    QHash<int, QList<DemoStaffMember>> reviewers;
    // Images per platform organization (1, 2): an image belongs to one, like
    // everything else, and only its staff may see it.
    QList<qint64> logoImages[3];
    QList<qint64> licenceImages[3];

    std::vector<DemoOrganization> organizations;
    // The team organization an account owns and would verify, by account id - 1; 0: none.
    std::vector<qint64> ownTeam;
    // The company behind each corporate account's team, by account id.
    QHash<qint64, DemoCompany> companyOf;
    CompanyFactory companies;
    quint64 nextCompanySerial = 0;

    const DemoAccount &account(qint64 id) const { return accounts[size_t(id - 1)]; }
    static QString mobileText(quint64 mobile)
    {
        return mobile ? QString::number(mobile) : QString();
    }
};
