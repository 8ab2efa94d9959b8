#pragma once

#include "domain/accountrecords.h"
#include "domain/identifierkind.h"

#include <QList>
#include <QString>

class Database;

struct AccountSearchPage
{
    QList<AccountSummary> items;
    qint64 total = 0; // exact, or a floor when totalExact is false
    bool totalExact = true;
    QString nextCursor; // empty on the last page
};

// The support desk's one search box on the server: each recognised kind of
// query goes to the index made for it (id, mobile, ID number, OpenID/UnionID
// by equality; email, username and names by an index range [prefix, next
// prefix) in byte order), paged by keyset (key, id). A total is counted up to
// kCountCap matches; beyond that the answer says "at least kCountCap".
class AccountSearch
{
public:
    static constexpr int kCountCap = 1000;
    static constexpr int kMaxLimit = 100;

    explicit AccountSearch(Database &db);

    // false when the cursor is not one this search gave out.
    bool search(qint64 orgId, const RecognisedQuery &query, bool exact, int limit,
                const QString &cursor, AccountSearchPage *page);

    // The same query as a plain scan (LIKE '%x%' over the column, no index): the
    // benchmark's baseline. Answers the first page only.
    AccountSearchPage scanBaseline(qint64 orgId, const RecognisedQuery &query, int limit);

    // The smallest string greater than every string that starts with prefix,
    // in code point order (which is UTF-8 byte order).
    static QString nextPrefix(const QString &prefix);

private:
    struct KeyColumn
    {
        QString expression; // lower(a.username) COLLATE "C" …
        QString matched;    // what the result says was matched
    };
    KeyColumn keyColumn(const RecognisedQuery &query) const;
    bool searchByKey(qint64 orgId, const RecognisedQuery &query, bool exact, int limit,
                     const QString &cursor, AccountSearchPage *page);
    bool searchById(qint64 orgId, const RecognisedQuery &query, int limit, const QString &cursor,
                    AccountSearchPage *page);
    void searchWeChatId(qint64 orgId, const QString &value, AccountSearchPage *page);
    qint64 countUpToCap(const QString &fromWhere, const QVariantMap &binds, bool *exact);

    Database &m_db;
};
