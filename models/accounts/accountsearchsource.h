#pragma once

#include "domain/accountrecords.h"
#include "domain/identifierkind.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// What the agent asked the one search box for.
struct AccountSearchQuery
{
    QString text;
    // Empty: the server recognises the text as the console does; otherwise the
    // kind the agent chose (a single Latin word read as a username …).
    IdentifierKind kind = IdentifierKind::Empty;
    bool exact = false;
    int limit = 20;

    bool operator==(const AccountSearchQuery &other) const = default;
};

// One page of search results, or why there is none.
struct AccountSearchPage
{
    bool ok = false;
    QList<AccountSummary> items;
    qint64 total = 0;
    bool totalExact = true; // false: "at least total"
    QString nextCursor;     // empty on the last page
    QString recognisedAs;   // the server's reading of the text
    QStringList alternatives;
    QString errorText; // translated (ErrorText)
    QString fieldCode; // the validator's code when the server refused the text
};

// How search pages arrive, so the model never talks to the network and tests
// can answer from memory, slowly or out of order.
class AccountSearchSource
{
public:
    virtual ~AccountSearchSource() = default;

    // Answers at most once, later, and only while context is alive. The
    // returned function cancels the request: after it, done is never called.
    virtual std::function<void()>
    fetchPage(const AccountSearchQuery &query, const QString &cursor, QObject *context,
              std::function<void(const AccountSearchPage &)> done) = 0;
};
