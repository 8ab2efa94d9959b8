#pragma once

#include <QString>

class Database;

// What an approval does beyond the item itself, inside the decision's
// transaction: a workspace for an application, a corporate team for a
// verification.
class Provisioner
{
public:
    explicit Provisioner(Database &db);

    // The workspace is named after the company; without a logo it gets the first
    // character of the name on a solid colour (seed 001).
    qint64 provisionWorkspace(qint64 orgId, qint64 applicationId, qint64 ownerAccountId,
                              const QString &companyName, qint64 logoImageId, qint64 now);
    // The team becomes corporate with no member limit; the applicant's account too.
    void upgradeToCorporate(qint64 organizationId, qint64 applicantAccountId);

    static QString avatarColour(const QString &companyName);

private:
    Database &m_db;
};
