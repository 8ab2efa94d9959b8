#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

struct ApiResult;

// Errors become words in one place: network errors, HTTP statuses and problem
// codes map to one translated sentence saying what happened and what to do.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forResult(const ApiResult &result);
    static QString forProblemCode(const QString &code, int httpStatus);
    static QString forFieldCode(const QString &field, const QString &code);
    static QString forNetworkError(QNetworkReply::NetworkError error);
};
