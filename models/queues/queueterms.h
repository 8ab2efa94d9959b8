#pragma once

#include "domain/queuerecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
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
    // A submitted field's value as a reviewer reads it: roles in words, images by
    // whether there is one, an empty field as "not given".
    static QString fieldValue(const QString &field, const QJsonValue &value);
    static bool isImageField(const QString &field);
    // A rejection reason in the console's language, from the reason codes the
    // server lists; the code itself when it is not among them.
    static QString reason(const QString &code, const QList<ReasonCode> &codes);
    // An entry of an item's audit trail ("workspace_application.claim"); the
    // decision's status, when given, says which decision.
    static QString auditAction(const QString &action, const QString &decidedStatus);

    static QString columnApplicant();
    static QString columnCompany(QueueKind kind);
    static QString columnRole();
    static QString columnSubmitted();
    static QString columnDue();
    static QString columnStatus();
    static QString columnClaimedBy();
};
