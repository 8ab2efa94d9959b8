#pragma once

#include "domain/role.h"

#include <QCoreApplication>
#include <QString>

// The translated names of staff roles, for every place a person reads them.
class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    static QString name(Role role);
    static QString list(const RoleSet &roles); // "Reviewer, Support agent"
    // A comma-separated list of role codes as the audit log stores them; codes
    // that are not roles ("staff", "anonymous") get their own words.
    static QString fromCodes(const QString &commaSeparatedCodes);

private:
    static QString separator();
};
