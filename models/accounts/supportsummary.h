#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The text "Copy support summary" puts on the clipboard for a ticket: who the
// account is and what state it is in, built only from the masked detail the
// server sent. It never takes revealed values, so a clear ID number or mobile
// cannot reach a ticket by this route.
class SupportSummary
{
    Q_DECLARE_TR_FUNCTIONS(SupportSummary)

public:
    static QString build(const QJsonObject &maskedDetail);
};
