#pragma once

#include "domain/identifierkind.h"
#include "models/accounts/accountsearchsource.h"

#include <QAbstractTableModel>

#include <functional>

class Clock;

// Search results of the one account box, a page at a time (fetchMore as the
// view scrolls), with the server's total or "at least N". What was typed is
// recognised here first with the same function the server uses: an ID number
// with a wrong check digit, an impossible birth date, a malformed mobile or
// email becomes a message and is never sent as a text search. A new query
// cancels the one in flight, and an answer for an older query is dropped, so
// a slow answer is never drawn over a newer one.
class AccountSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        MobileColumn,
        EmailColumn,
        IdNumberColumn,
        StatusColumn,
        RealnameColumn,
        MatchedColumn,
        ColumnCount
    };
    enum Role { AccountIdRole = Qt::UserRole + 1, RawValueRole };

    AccountSearchModel(AccountSearchSource &source, const Clock &clock, QObject *parent = nullptr);
    ~AccountSearchModel() override;

    void setQuery(const AccountSearchQuery &query);
    AccountSearchQuery query() const { return m_query; }
    // What the console made of the text (the same reading as the server's).
    RecognisedQuery recognised() const { return m_recognised; }
    // The translated reason the text was not searched (wrong check digit …), or empty.
    QString rejectionText() const { return m_rejection; }
    QString errorText() const { return m_errorText; }
    QStringList alternatives() const { return m_alternatives; }

    bool isLoading() const { return static_cast<bool>(m_cancel); }
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    qint64 total() const { return m_total; }
    bool totalExact() const { return m_totalExact; }
    AccountSummary summary(int row) const { return m_rows.at(row); }
    int rowOf(qint64 accountId) const;
    void retry();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged();
    void pageArrived();
    void loadFailed();
    void recognitionChanged();

private:
    void request(const QString &cursor);
    void pageReceived(quint64 generation, const AccountSearchPage &page);
    void cancelInFlight();

    AccountSearchSource &m_source;
    const Clock &m_clock;
    AccountSearchQuery m_query;
    RecognisedQuery m_recognised;
    QString m_rejection;
    QString m_errorText;
    QStringList m_alternatives;
    QList<AccountSummary> m_rows;
    QString m_nextCursor;
    QString m_failedCursor;
    qint64 m_total = 0;
    bool m_totalExact = true;
    bool m_failed = false;
    quint64 m_generation = 0;
    std::function<void()> m_cancel;
};
