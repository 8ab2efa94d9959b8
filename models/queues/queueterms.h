#pragma once

#include "domain/queuerecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The words of the review queues, translated when asked for (so a language
// switch takes effect on the next paint). Terms follow the glossary.
class QueueTerms
{
    Q_DECLARE_TR_FUNCTIONS(QueueTerms)

public:
    static QString queueTitle(QueueKind kind);
    static QString status(QueueStatus status);
    static QString role(const QString &code);
    // "2 business days left", "Due today", "Overdue by 1 business day".
    static QString due(int businessDaysLeft, bool overdue);
    static QString you();
    static QString claimUntil(const QString &name, const QDateTime &until);
    static QString fieldLabel(const QString &field);

    static QString columnApplicant();
    static QString columnCompany(QueueKind kind);
    static QString columnRole();
    static QString columnSubmitted();
    static QString columnDue();
    static QString columnStatus();
    static QString columnClaimedBy();
};
