#pragma once

#include <QAbstractTableModel>
#include <QString>

// A table filled a page at a time from a server cursor, as views scroll
// (canFetchMore/fetchMore): the state every such model keeps — loading, at the
// end, failed, offline, the next cursor and the generation that tells a stale
// answer from the current one — and the signals its pane listens to. A
// subclass keeps its rows and asks for the next page in requestPage().
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_atEnd; }
    QString errorText() const { return m_errorText; }
    // Some rows come from the offline cache.
    bool isOffline() const { return m_offline; }

signals:
    void loadingChanged(bool loading);
    void pageArrived(int rowsAdded);
    void loadFailed(const QString &errorText);
    void offlineChanged(bool offline);

protected:
    // Asks the source for the page after m_cursor (the first when empty).
    virtual void requestPage() = 0;
    void setLoading(bool loading);

    QString m_cursor; // the next page's cursor
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
    bool m_failed = false;
    bool m_offline = false;
    QString m_errorText;
};
