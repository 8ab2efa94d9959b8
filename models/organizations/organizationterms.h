#pragma once

#include "domain/organizationrecords.h"

#include <QCoreApplication>
#include <QString>

// The words for organization codes: member roles, organization types.
class OrganizationTerms
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationTerms)

public:
    static QString roleName(MemberRole role);
    static QString typeName(OrganizationType type);
};
