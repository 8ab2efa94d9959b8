#pragma once

#include "organizations/organizationstore.h"

class Database;

// Member search within one organization: a name prefix (张, 张伟, zhang w), a
// username prefix, or a whole e-mail address. Two plans, so that neither a
// five-member team in a platform of a million accounts nor a 100k-member
// organization scans what it need not: a small organization's members are
// read and filtered; a large one walks the accounts' own indexes in name order
// and stops at the first hits that are members.
class MemberSearch
{
public:
    // Up to scanMembersUpTo members, the members are read and filtered.
    MemberSearch(Database &db, OrganizationStore &store, qint64 scanMembersUpTo = kScanMembersUpTo);

    struct Result
    {
        QList<StoredMember> hits; // by display name, each with its path
        bool more = false;
    };
    Result search(qint64 platformOrgId, const OrganizationSummary &organization,
                  const QString &text, int limit);

    static constexpr qint64 kScanMembersUpTo = 5000;

private:
    enum class Plan { ScanMembers, WalkAccounts };
    QList<StoredMember> run(Plan plan, const QString &where, const QString &order,
                            qint64 platformOrgId, qint64 organizationId, const QVariantMap &binds,
                            int limit);

    Database &m_db;
    OrganizationStore &m_store;
    qint64 m_scanMembersUpTo;
};
