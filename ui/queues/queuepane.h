#pragma once

#include "domain/queuerecords.h"
#include "ui/common/pane.h"

#include <QDateTime>

class ClaimKeeper;
class Clock;
class DecisionFlow;
class MessageBanner;
class QLabel;
class QSplitter;
class QTimer;
class QToolBar;
class QueueActions;
class QueueDetailView;
class QueueFilterBar;
class QueueItemClient;
class QueueModel;
class QueuePageSource;
class QueueSnapshots;
class QueueTable;
class SessionService;

// A review queue: workspace applications or enterprise verifications, one
// class for both. The list is a QueueModel paged and sorted by the server and
// refreshed live (new arrivals and others' claims appear without losing the
// selection or the scroll position); the filter bar maps to the server's
// filters; the detail panel shows the open item in full; the toolbar and
// shortcuts claim, release, approve, reject, decide and open the next item,
// or decide a selection. Offline, the last snapshot of the list and the
// cached details are shown, marked with their age, and decisions wait.
class QueuePane : public Pane
{
    Q_OBJECT

public:
    QueuePane(QueueKind kind, QueuePageSource &pages, QueueItemClient &client,
              SessionService &session, const Clock &clock, QWidget *parent = nullptr);
    ~QueuePane() override;

    static QString paneId(QueueKind kind);
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    Permission requiredPermission() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void activate() override;
    void refresh() override;
    bool isLoading() const override;

    QueueKind kind() const { return m_kind; }
    QueueModel *model() const { return m_model; }
    QueueTable *table() const { return m_table; }
    QueueDetailView *detail() const { return m_detail; }
    QueueFilterBar *filterBar() const { return m_filters; }
    MessageBanner *banner() const { return m_banner; }
    QueueActions *actions() const { return m_actions.get(); }
    DecisionFlow *flow() const { return m_flow; }
    ClaimKeeper *claims() const { return m_claims; }
    QLabel *footer() const { return m_footer; }
    // Live refresh period while the pane is visible (tests shorten it).
    void setRefreshInterval(int ms);
    bool isShowingSnapshot() const;

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void connectModel();
    void connectActions();
    void applyFilters();
    void sortChanged(int column, Qt::SortOrder order);
    void currentRowChanged();
    void openItem(const QueueItemSummary &summary);
    void loadDetail(qint64 id);
    void itemChanged(const QueueItemDetail &current);
    void applyOwnChange(const QueueItemSummary &summary);
    void summaryChanged(const QueueItemSummary &summary);
    void nextOpened(const QueueItemDetail &detail);
    void liveRefresh();
    void startRefresh();
    void updateActions();
    void updateBanner();
    void updateFooter();
    QueueItemSummary currentSummary() const;
    QueueFilter currentFilter() const;
    bool mayDecide() const;

    QueueKind m_kind;
    QueuePageSource &m_pages;
    QueueItemClient &m_client;
    SessionService &m_session;
    const Clock &m_clock;
    QueueModel *m_model;
    ClaimKeeper *m_claims;
    DecisionFlow *m_flow;
    QueueSnapshots *m_snapshots;
    std::unique_ptr<QueueActions> m_actions;

    QLabel *m_heading;
    QLabel *m_description;
    QueueFilterBar *m_filters;
    QToolBar *m_toolbar;
    MessageBanner *m_banner;
    QSplitter *m_splitter;
    QueueTable *m_table;
    QueueDetailView *m_detail;
    QLabel *m_footer;
    QTimer *m_refreshTimer;
    QTimer *m_ageTimer;

    QueueFilter m_sort; // sort column and order (the rest comes from the filter bar)
    QList<ReasonCode> m_reasonCodes;
    QString m_notice;
    int m_noticeKind = 0;
    QDateTime m_lastContact; // the list's last answer from the server
    qint64 m_openId = 0;
    quint64 m_detailGeneration = 0;
    bool m_detailFromCache = false;
    bool m_detailLoading = false;
    bool m_refreshInFlight = false; // a live refresh's changes are being applied
    bool m_keepOpenItem = false;    // our own change moves the view's current row: stay
    bool m_activated = false;
};
