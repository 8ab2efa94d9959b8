#pragma once

#include <QCoreApplication>
#include <QString>

// Words for the codes the real-name routes send: account status, the
// four-element check's state, why an account may not take part in business
// registration, and the levels themselves. Unknown codes are shown as they are.
class RealnameTerms
{
    Q_DECLARE_TR_FUNCTIONS(RealnameTerms)

public:
    static QString level(int level);
    static QString noRecord();
    static QString accountStatus(const QString &code);
    static QString fourElementState(const QString &code);
    static QString ineligibleReason(const QString &code);
    static bool isProblemState(const QString &fourElementCode);
};
