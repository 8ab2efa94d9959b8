#pragma once

#include "domain/queuerecords.h"

#include <QString>

// The mail an applicant receives about a decision, in their language
// (seed 001: "A notification email will be sent to your account email").
struct DecisionMail
{
    QString recipient;
    QString language; // "zh_CN" or "en"
    QString subject;
    QString body;

    // reasonText is the reason code's text in the applicant's language; note is
    // what the reviewer typed.
    static DecisionMail compose(QueueKind kind, QueueStatus decision, const QString &language,
                                const QString &recipient, const QString &applicantName,
                                const QString &companyName, const QString &reasonText,
                                const QString &note);
};
