#pragma once

#include "domain/identifierkind.h"

#include <QCoreApplication>
#include <QString>

// Translated words for the codes the support desk's routes send (statuses,
// lock reasons, sign-in methods, SMS results, permission sets …). An unknown
// code is shown as it is.
class AccountTerms
{
    Q_DECLARE_TR_FUNCTIONS(AccountTerms)

public:
    static QString status(const QString &code);
    static QString accountType(const QString &code);
    static QString lockReason(const QString &code);
    static QString identifierKind(IdentifierKind kind);
    static QString identifierKind(const QString &code);
    static QString matched(const QString &code);
    static QString loginMethod(const QString &code);
    static QString signInResult(const QString &code);
    static QString realnameLevel(int level);
    static QString noRealname();
    static QString fourElementState(const QString &code);
    static QString realnameMethod(const QString &code);
    static QString businessIneligibility(const QString &code);
    static QString smsResult(const QString &code);
    static QString smsPurpose(const QString &code);
    static QString smsLimit(const QString &code);
    static QString permissionSet(const QString &code);
    static QString organizationRole(const QString &code);
    static QString appKind(const QString &code);
    static QString revealField(const QString &code);
};
