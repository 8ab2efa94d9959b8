#include "ui/queues/queuepane.h"

#include "domain/clock.h"
#include "models/queues/claimkeeper.h"
#include "models/queues/queueitemclient.h"
#include "models/queues/queuemodel.h"
#include "models/queues/queuepagesource.h"
#include "models/queues/queuesnapshots.h"
#include "models/queues/queueterms.h"
#include "services/cache/cachestore.h"
#include "services/session/sessionservice.h"
#include "ui/common/agetext.h"
#include "ui/common/messagebanner.h"
#include "ui/queues/bulkdecisiondialog.h"
#include "ui/queues/decisiondialog.h"
#include "ui/queues/decisionflow.h"
#include "ui/queues/queueactions.h"
#include "ui/queues/queuedetailview.h"
#include "ui/queues/queuefilterbar.h"
#include "ui/queues/queuetable.h"
#include "ui/queues/queuevisuals.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLiveRefreshMs = 10'000;

} // namespace

QueuePane::QueuePane(QueueKind kind, QueuePageSource &pages, QueueItemClient &client,
                     SessionService &session, const Clock &clock, QWidget *parent)
    : Pane(parent), m_kind(kind), m_pages(pages), m_client(client), m_session(session),
      m_clock(clock), m_model(new QueueModel(kind, clock, this)),
      m_claims(new ClaimKeeper(client, kind, this)),
      m_flow(new DecisionFlow(kind, client, *m_claims, this)),
      m_snapshots(new QueueSnapshots(
              kind, *m_model, client, pages, [this] { return currentFilter(); }, this)),
      m_actions(std::make_unique<QueueActions>(this)), m_heading(new QLabel(this)),
      m_description(new QLabel(this)), m_filters(new QueueFilterBar(kind, this)),
      m_toolbar(new QToolBar(this)), m_banner(new MessageBanner(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_table(new QueueTable(m_model, m_splitter)),
      m_detail(new QueueDetailView(kind, client, m_splitter)), m_footer(new QLabel(this)),
      m_refreshTimer(new QTimer(this)), m_ageTimer(new QTimer(this))
{
    setObjectName(kind == QueueKind::WorkspaceApplications ? u"applicationsQueuePane"_s
                                                           : u"verificationsQueuePane"_s);
    m_model->setSource(&m_pages);
    m_model->setStaffId(m_session.staff().id);
    m_model->setCalendar(BusinessCalendar::chinaDefault());
    m_detail->setStaffId(m_session.staff().id);
    m_flow->setStaffId(m_session.staff().id);
    m_sort.sort = QueueSortColumn::Due;
    QueueFilter initial;
    initial.statuses = {QueueStatus::UnderReview};
    m_filters->setFilter(initial);

    buildLayout();
    connectModel();
    connectActions();

    m_refreshTimer->setInterval(kLiveRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &QueuePane::liveRefresh);
    m_ageTimer->setInterval(30'000);
    connect(m_ageTimer, &QTimer::timeout, this, &QueuePane::updateBanner);
    retranslate();
}

QueuePane::~QueuePane()
{
    m_claims->leave();
}

void QueuePane::buildLayout()
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setStyleSheet(u"color: palette(mid);"_s);
    m_description->setWordWrap(true);
    m_banner->setObjectName(u"queueBanner"_s);
    m_footer->setObjectName(u"queueFooter"_s);
    m_footer->setStyleSheet(u"color: palette(mid);"_s);
    m_toolbar->setObjectName(u"queueToolbar"_s);
    m_actions->populate(m_toolbar);

    m_splitter->setObjectName(u"queueSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    // The list gets the room; the detail wraps and scrolls within its own.
    m_detail->setMinimumWidth(300);
    m_splitter->setSizes({900, 350});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_filters);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_footer);
}

void QueuePane::connectModel()
{
    connect(m_filters, &QueueFilterBar::changed, this, &QueuePane::applyFilters);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &QueuePane::sortChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePane::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_openId || m_model->rowOfId(m_openId) < 0)
            updateActions();
    });
    connect(m_model, &QueueModel::loadingChanged, this, &QueuePane::updateFooter);
    connect(m_model, &QueueModel::totalChanged, this, &QueuePane::updateFooter);
    connect(m_model, &QueueModel::pageArrived, this, [this] {
        m_lastContact = QDateTime::currentDateTimeUtc();
        m_snapshots->scheduleSave();
        updateBanner();
        updateFooter();
        // The item opened before a reload comes back with its page: select it again.
        if (m_openId && !m_table->currentIndex().isValid() && m_model->rowOfId(m_openId) >= 0)
            m_table->selectItem(m_openId);
    });
    connect(m_model, &QueueModel::loadFailed, this, [this](const QString &, bool offline) {
        if (offline)
            m_snapshots->fallBack();
        updateBanner();
        updateFooter();
    });
    connect(m_snapshots, &QueueSnapshots::snapshotShown, this, [this] {
        if (m_openId)
            m_table->selectItem(m_openId);
        updateBanner();
        updateFooter();
        updateActions();
    });
    connect(m_snapshots, &QueueSnapshots::serverBack, this, &QueuePane::refresh);
    connect(m_model, &QueueModel::offlineChanged, this, [this] {
        updateBanner();
        updateActions();
    });
    // Live refresh: anchor the top visible row so arrivals above it do not move what
    // the reviewer is reading; then bring the open item's detail up to date.
    const auto hold = [this] {
        if (m_refreshInFlight)
            m_table->holdPosition();
    };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_model, &QueueModel::refreshed, this, [this] {
        if (!m_model->isOffline())
            m_lastContact = QDateTime::currentDateTimeUtc();
        m_table->restorePosition();
        m_refreshInFlight = false;
        m_snapshots->scheduleSave();
        updateFooter();
        updateBanner();
        if (!m_openId)
            return;
        const int row = m_model->rowOfId(m_openId);
        if (row < 0)
            return;
        const QueueItemSummary now = m_model->summary(row);
        m_detail->updateSummary(now);
        if (m_detail->hasDetail() && now.version != m_detail->detail().summary.version)
            loadDetail(m_openId); // decided meanwhile
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_openId && !m_refreshInFlight)
            updateActions();
    });
}

void QueuePane::connectActions()
{
    connect(m_actions->claim, &QAction::triggered, this, [this] {
        m_notice.clear();
        m_flow->claim(currentSummary());
    });
    connect(m_actions->release, &QAction::triggered, this, [this] {
        m_notice.clear();
        m_flow->release(currentSummary());
    });
    const auto decide = [this](DecisionKind decision, bool thenNext) {
        m_notice.clear();
        updateBanner();
        const QList<QueueItemSummary> selected = m_table->selectedItems();
        if (selected.size() > 1 && !thenNext) {
            m_flow->decideMany(selected, decision);
            return;
        }
        const QueueItemSummary item = currentSummary();
        if (!item.id)
            return;
        const QString language = m_detail->hasDetail() && m_detail->itemId() == item.id
                ? m_detail->detail().applicantLanguage
                : QString();
        m_flow->decide(item, language, decision, thenNext);
    };
    connect(m_actions->approve, &QAction::triggered, this,
            [decide] { decide(DecisionKind::Approve, false); });
    connect(m_actions->reject, &QAction::triggered, this,
            [decide] { decide(DecisionKind::Reject, false); });
    connect(m_actions->approveAndNext, &QAction::triggered, this,
            [decide] { decide(DecisionKind::Approve, true); });
    connect(m_actions->rejectAndNext, &QAction::triggered, this,
            [decide] { decide(DecisionKind::Reject, true); });
    connect(m_actions->openNext, &QAction::triggered, m_flow, &DecisionFlow::openNext);
    connect(m_actions->find, &QAction::triggered, m_filters, &QueueFilterBar::focusSearch);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_actions->claim->isEnabled())
            m_actions->claim->trigger();
    });

    connect(m_flow, &DecisionFlow::itemChanged, this, &QueuePane::itemChanged);
    connect(m_flow, &DecisionFlow::summaryChanged, this, &QueuePane::summaryChanged);
    connect(m_flow, &DecisionFlow::nextOpened, this, &QueuePane::nextOpened);
    connect(m_flow, &DecisionFlow::sendingChanged, this, &QueuePane::updateActions);
    connect(m_flow, &DecisionFlow::notice, this,
            [this](MessageBanner::Kind kind, const QString &text) {
                m_notice = text;
                m_noticeKind = int(kind);
                updateBanner();
            });
    connect(m_claims, &ClaimKeeper::renewFailed, this, [this](qint64, const ApiResult &result) {
        m_notice = tr("Your claim could not be renewed: %1").arg(result.errorText);
        m_noticeKind = int(MessageBanner::Kind::Warning);
        updateBanner();
        startRefresh();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        m_notice.clear();
        refresh();
    });
}

QString QueuePane::paneId(QueueKind kind)
{
    return kind == QueueKind::WorkspaceApplications ? u"queue-applications"_s
                                                    : u"queue-verifications"_s;
}

QString QueuePane::id() const
{
    return paneId(m_kind);
}

QString QueuePane::title() const
{
    return QueueTerms::queueTitle(m_kind);
}

QIcon QueuePane::icon() const
{
    return QueueVisuals::paneIcon(m_kind);
}

Permission QueuePane::requiredPermission() const
{
    return Permission::ReadQueues;
}

bool QueuePane::mayDecide() const
{
    return m_session.allows(Permission::DecideQueues);
}

QueueFilter QueuePane::currentFilter() const
{
    QueueFilter f = m_filters->filter();
    f.sort = m_sort.sort;
    f.descending = m_sort.descending;
    return f;
}

void QueuePane::saveState(QSettings &settings) const
{
    settings.setValue(u"columns"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"filter"_s, currentFilter().toQuery().toString(QUrl::FullyEncoded));
}

void QueuePane::restoreState(QSettings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->blockSignals(true);
    header->restoreState(settings.value(u"columns"_s).toByteArray());
    header->blockSignals(false);
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    if (!settings.contains(u"filter"_s))
        return;
    QList<FieldProblem> problems;
    const QueueFilter saved =
            QueueFilter::fromQuery(QUrlQuery(settings.value(u"filter"_s).toString()), &problems);
    if (!problems.isEmpty())
        return; // from another version: start from the defaults
    m_filters->setFilter(saved);
    m_sort.sort = saved.sort;
    m_sort.descending = saved.descending;
    header->blockSignals(true);
    header->setSortIndicator(int(saved.sort),
                             saved.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    header->blockSignals(false);
}

void QueuePane::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->setFilter(currentFilter());
    m_client.fetchReasonCodes(m_kind, this, [this](const ReasonCodesResult &result) {
        if (!result.ok)
            return;
        m_reasonCodes = result.codes;
        m_detail->setReasonCodes(m_reasonCodes);
        m_flow->setReasonCodes(m_reasonCodes);
    });
    m_client.fetchCalendar(
            this, [this](const BusinessCalendar &calendar) { m_model->setCalendar(calendar); });
    if (isVisible())
        m_refreshTimer->start();
    updateActions();
}

void QueuePane::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    if (m_model->isLocal()) {
        m_model->setFilter(currentFilter()); // try the server again
    } else {
        startRefresh();
    }
    if (m_openId)
        loadDetail(m_openId);
}

bool QueuePane::isLoading() const
{
    return !m_activated || m_model->isLoading() || m_detailLoading;
}

bool QueuePane::isShowingSnapshot() const
{
    return m_model->isLocal();
}

void QueuePane::setRefreshInterval(int ms)
{
    m_refreshTimer->setInterval(ms);
}

void QueuePane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (m_activated)
        m_refreshTimer->start();
}

void QueuePane::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    Pane::hideEvent(event);
}

void QueuePane::applyFilters()
{
    const QueueFilter f = currentFilter();
    if (m_model->isLocal())
        m_model->setLocalFilter(f);
    else
        m_model->setFilter(f);
    updateFooter();
}

void QueuePane::sortChanged(int column, Qt::SortOrder order)
{
    m_sort.sort = QueueSortColumn(column);
    m_sort.descending = order == Qt::DescendingOrder;
    if (m_activated)
        m_model->sort(column, order);
}

void QueuePane::startRefresh()
{
    m_model->refresh();
    // refresh() may reload instead (no answer yet) or find one in flight.
    m_refreshInFlight = m_refreshInFlight || m_model->isRefreshing();
}

void QueuePane::liveRefresh()
{
    if (m_model->isLocal())
        m_snapshots->probe(); // offline: is the server back?
    else
        startRefresh();
}

QueueItemSummary QueuePane::currentSummary() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return m_model->summary(current.row());
    if (m_detail->hasDetail() && m_detail->itemId() == m_openId)
        return m_detail->detail().summary;
    return {};
}

void QueuePane::currentRowChanged()
{
    if (m_keepOpenItem)
        return;
    if (m_refreshInFlight && m_openId && m_model->rowOfId(m_openId) < 0) {
        // Someone else's decision took the open item out of the list: keep showing
        // it, as it is now, rather than jump to whatever row moved up.
        QTimer::singleShot(0, this, [this] {
            m_table->clearCurrent();
            loadDetail(m_openId);
            updateActions();
        });
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        updateActions();
        return;
    }
    const QueueItemSummary summary = m_model->summary(current.row());
    if (summary.id != m_openId)
        openItem(summary);
    updateActions();
}

void QueuePane::openItem(const QueueItemSummary &summary)
{
    m_notice.clear();
    updateBanner();
    m_openId = summary.id;
    const bool claimLive = summary.claimedById && summary.claimExpiresAt > m_clock.nowMs();
    m_claims->open(summary.id, claimLive && summary.claimedById == m_session.staff().id);
    m_detail->showSummary(summary);
    loadDetail(summary.id);
}

void QueuePane::loadDetail(qint64 id)
{
    const quint64 generation = ++m_detailGeneration;
    m_detailLoading = true;
    m_client.fetchDetail(m_kind, id, this, [this, id, generation](const QueueDetailResult &result) {
        if (generation != m_detailGeneration || id != m_openId)
            return; // another item was opened meanwhile
        m_detailLoading = false;
        if (!result.ok) {
            m_detail->showLoadError(result.errorText);
            return;
        }
        m_detailFromCache = result.fromCache;
        m_detail->setDetail(result.detail, result.fromCache, result.fetchedAt);
        if (!result.fromCache && m_model->rowOfId(id) >= 0)
            applyOwnChange(result.detail.summary);
        updateActions();
    });
}

void QueuePane::applyOwnChange(const QueueItemSummary &summary)
{
    // A decided item leaves an "under review" list; the view then makes its
    // neighbour current, but the reviewer is still looking at what they decided.
    m_keepOpenItem = true;
    m_model->applyChanges({summary});
    m_keepOpenItem = false;
    if (summary.id == m_openId && m_model->rowOfId(m_openId) < 0) {
        m_table->clearCurrent();
    }
}

void QueuePane::itemChanged(const QueueItemDetail &current)
{
    m_client.storeDetail(current);
    applyOwnChange(current.summary);
    if (current.summary.id == m_openId) {
        m_detail->setDetail(current, false, QDateTime::currentDateTimeUtc());
        if (current.summary.status != QueueStatus::UnderReview)
            m_claims->dropped(current.summary.id);
    }
    m_snapshots->scheduleSave();
    updateActions();
}

void QueuePane::summaryChanged(const QueueItemSummary &summary)
{
    applyOwnChange(summary);
    if (summary.id == m_openId)
        m_detail->updateSummary(summary);
    updateActions();
}

void QueuePane::nextOpened(const QueueItemDetail &detail)
{
    m_client.storeDetail(detail);
    m_model->applyChanges({detail.summary});
    m_openId = detail.summary.id;
    m_claims->open(detail.summary.id, true);
    m_detail->showSummary(detail.summary);
    m_detail->setDetail(detail, false, QDateTime::currentDateTimeUtc());
    m_table->selectItem(detail.summary.id);
    updateActions();
}

void QueuePane::updateActions()
{
    QueueActions::State state;
    state.mayDecide = mayDecide();
    state.offline = m_model->isOffline() || m_model->isLocal() || m_detailFromCache;
    state.busy = m_flow->isSending();
    // Roles, not summaries: a select-all over a long list stays cheap.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    state.selected = int(selected.size());
    for (const QModelIndex &index : selected) {
        if (index.data(QueueModel::StatusCodeRole).toString() == u"under_review"
            && !index.data(QueueModel::ClaimedByOtherRole).toBool())
            ++state.decidable;
    }
    const qint64 me = m_session.staff().id;
    const qint64 now = m_clock.nowMs();
    QueueItemSummary current = currentSummary();
    if (current.id && m_detail->hasDetail() && m_detail->itemId() == current.id
        && m_model->rowOfId(current.id) < 0)
        current = m_detail->detail().summary;
    if (current.id && state.selected == 0)
        state.selected = 1;
    const bool live = current.claimedById && current.claimExpiresAt > now;
    state.underReview = current.status == QueueStatus::UnderReview;
    state.claimedByMe = live && current.claimedById == me;
    state.claimedByOther = live && current.claimedById != me;
    state.claimer = current.claimedByName;
    m_actions->update(state);
}

void QueuePane::updateBanner()
{
    if (m_model->isLocal()) {
        m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("Offline: the server cannot be reached. Showing this queue as it was %1; "
                   "claims and decisions wait until the server is back.")
                        .arg(AgeText::ago(m_model->snapshotTime())));
        m_banner->setActionText(tr("Try Again"));
        m_ageTimer->start();
        return;
    }
    if (m_model->isOffline() && m_model->rowCount() > 0 && m_lastContact.isValid()) {
        // A live refresh found nobody there: the rows are the last ones the server sent.
        m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("Offline: the server cannot be reached. Showing this queue as it was %1; "
                   "claims and decisions wait until the server is back.")
                        .arg(AgeText::ago(m_lastContact)));
        m_banner->setActionText(tr("Try Again"));
        m_ageTimer->start();
        return;
    }
    m_ageTimer->stop();
    if (m_model->isOffline() || !m_model->errorText().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              m_model->isOffline()
                                      ? tr("%1 Nothing of this queue is kept offline yet.")
                                                .arg(m_model->errorText())
                                      : m_model->errorText());
        m_banner->setActionText(tr("Try Again"));
        return;
    }
    if (!m_notice.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind(m_noticeKind), m_notice);
        m_banner->setActionText(QString());
        return;
    }
    m_banner->clear();
}

void QueuePane::updateFooter()
{
    m_footer->setText(m_table->countText());
}

void QueuePane::retranslate()
{
    m_heading->setText(QueueTerms::queueTitle(m_kind));
    m_description->setText(
            m_kind == QueueKind::WorkspaceApplications
                    ? tr("Technical merchants apply for a workspace; the company name becomes "
                         "its name. Review takes 1–2 business days; the applicant is mailed the "
                         "result.")
                    : tr("Individual users upgrade to corporate with their company's details "
                         "and business licence; approval makes their team corporate."));
    m_toolbar->setWindowTitle(tr("Review actions"));
    m_actions->retranslate();
    m_model->retranslate();
    updateActions();
    updateBanner();
    updateFooter();
}
