#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Translated words for the codes the audit log stores; an unknown code is shown as it is.
class AuditTerms
{
    Q_DECLARE_TR_FUNCTIONS(AuditTerms)

public:
    static QString action(const QString &code);
    static QString result(const QString &code);
    static QString targetType(const QString &code);
    // A result that means something did not happen as asked (shown in red).
    static bool isFailure(const QString &resultCode);
    // The codes this console has words for, for the filters' drop-downs.
    static QStringList knownActions();
    static QStringList knownTargetTypes();
};
