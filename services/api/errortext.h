#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

struct ApiResult;
struct Problem;

// Errors become words in one place: network errors, HTTP statuses and problem
// codes map to one translated sentence saying what happened and what to do.
// Sentences are built when asked, so they follow the current translator and
// QLocale (times are shown 24-hour in the default locale).
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // The one to use: picks the most precise of the problem code, the TLS
    // errors, the HTTP status and the network error.
    static QString forResult(const ApiResult &result);

    static QString forProblem(const Problem &problem, int retryAfterSeconds = -1,
                              const QString &requestId = {});
    static QString forProblemCode(const QString &code, int httpStatus);
    static QString forFieldCode(const QString &field, const QString &code);
    static QString forNetworkError(QNetworkReply::NetworkError error);
    static QString forHttpStatus(int httpStatus, const QString &requestId = {});
    static QString forTlsErrors(const QList<QSslError::SslError> &errors);
    static QString forTimeout();
    static QString forUnreadableAnswer();

    // A field's name as staff read it ("ID number"), for messages and form labels.
    static QString fieldLabel(const QString &field);
    // Whether a code has its own sentence (tests use it to catch untranslated codes).
    static bool knowsProblemCode(const QString &code);
    static bool knowsFieldCode(const QString &code);
};
