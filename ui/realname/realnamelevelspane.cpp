#include "ui/realname/realnamelevelspane.h"

#include "models/realname/realnamelevelcounts.h"
#include "models/realname/realnamerecordmodel.h"
#include "ui/common/agetext.h"
#include "ui/common/messagebanner.h"
#include "ui/realname/levelchart.h"
#include "ui/realname/realnamefilterbar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Three bars, as the chart draws them.
QPixmap chartIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const double unit = size / 24.0;
    const QList<QPair<double, QColor>> bars{{0.55, QColor(0x3b, 0x7d, 0xd8)},
                                            {0.85, QColor(0x2e, 0x9d, 0x6b)},
                                            {0.35, QColor(0x9a, 0xa0, 0xa6)}};
    for (int i = 0; i < bars.size(); ++i) {
        p.setBrush(bars.at(i).second);
        p.drawRoundedRect(
                QRectF(2 * unit, (3 + i * 7) * unit, 20 * unit * bars.at(i).first, 4.5 * unit),
                unit, unit);
    }
    return pixmap;
}

} // namespace

RealnameLevelsPane::RealnameLevelsPane(RealnameSource &source, QWidget *parent)
    : Pane(parent), m_model(new RealnameRecordModel(source, this)),
      m_counts(new RealnameLevelCounts(source, this)), m_heading(new QLabel(this)),
      m_description(new QLabel(this)), m_chart(new LevelChart(*m_counts, this)),
      m_summary(new QLabel(this)), m_filters(new RealnameFilterBar(this)),
      m_banner(new MessageBanner(this)), m_table(new QTableView(this)), m_footer(new QLabel(this)),
      m_ageTimer(new QTimer(this)), m_findAction(new QAction(this))
{
    setObjectName(u"realnameLevelsPane"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setWordWrap(true);
    m_description->setStyleSheet(u"color: palette(mid);"_s);
    m_summary->setObjectName(u"realnameSummary"_s);
    m_summary->setWordWrap(true);
    m_banner->setObjectName(u"realnameBanner"_s);
    m_footer->setObjectName(u"realnameFooter"_s);
    m_footer->setStyleSheet(u"color: palette(mid);"_s);

    m_table->setObjectName(u"realnameTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    // The server offers one order (newest verification first): no sort to offer.
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_findAction->setObjectName(u"findRealnameAction"_s);
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, m_filters, &RealnameFilterBar::focusLevel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_banner);
    layout->addWidget(m_chart);
    layout->addWidget(m_summary);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    connect(m_filters, &RealnameFilterBar::applied, this, &RealnameLevelsPane::applyQuery);
    connect(m_chart, &LevelChart::levelActivated, this, [this](int level) {
        // The bar of the level already listed shows every level again.
        m_filters->setLevel(level == m_filters->query().level ? 0 : level);
    });
    connect(m_table, &QAbstractItemView::activated, this, &RealnameLevelsPane::openRow);

    connect(m_model, &RealnameRecordModel::loadingChanged, this, &RealnameLevelsPane::updateFooter);
    connect(m_model, &RealnameRecordModel::pageArrived, this, [this] {
        fitColumns();
        updateBanner();
        updateFooter();
    });
    connect(m_model, &RealnameRecordModel::loadFailed, this, [this] {
        updateBanner();
        updateFooter();
    });
    connect(m_model, &RealnameRecordModel::offlineChanged, this, &RealnameLevelsPane::updateBanner);
    connect(m_counts, &RealnameLevelCounts::countsChanged, this, [this] {
        updateSummary();
        updateBanner();
        updateFooter();
    });
    connect(m_counts, &RealnameLevelCounts::loadFailed, this, [this] {
        updateChartPlaceholder();
        updateBanner();
    });
    connect(m_counts, &RealnameLevelCounts::loadingChanged, this,
            &RealnameLevelsPane::updateChartPlaceholder);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (m_model->isOffline() || m_counts->isOffline()) {
            refresh();
        } else {
            if (!m_counts->errorText().isEmpty())
                m_counts->load();
            m_model->retry();
        }
        updateBanner();
        updateFooter();
    });
    m_ageTimer->setInterval(30'000);
    connect(m_ageTimer, &QTimer::timeout, this, &RealnameLevelsPane::updateBanner);
    retranslate();
}

QString RealnameLevelsPane::paneId()
{
    return u"realname"_s;
}

QString RealnameLevelsPane::id() const
{
    return paneId();
}

QString RealnameLevelsPane::title() const
{
    return tr("Real-name levels");
}

QIcon RealnameLevelsPane::icon() const
{
    QIcon icon;
    for (int size : {24, 48})
        icon.addPixmap(chartIcon(size));
    return icon;
}

Permission RealnameLevelsPane::requiredPermission() const
{
    return Permission::ReadAccounts;
}

void RealnameLevelsPane::saveState(QSettings &settings) const
{
    settings.setValue(u"columns"_s, m_table->horizontalHeader()->saveState());
    const RealnameQuery query = m_filters->query();
    settings.setValue(u"filter/level"_s, query.level);
    settings.setValue(u"filter/eligibility"_s, int(query.eligibility));
    settings.setValue(u"filter/verifiedFrom"_s, query.verifiedFrom.toString(Qt::ISODate));
    settings.setValue(u"filter/verifiedTo"_s, query.verifiedTo.toString(Qt::ISODate));
}

void RealnameLevelsPane::restoreState(QSettings &settings)
{
    m_columnsFitted =
            m_table->horizontalHeader()->restoreState(settings.value(u"columns"_s).toByteArray());
    RealnameQuery query;
    query.level = settings.value(u"filter/level"_s).toInt();
    if (query.level != 3 && query.level != 4)
        query.level = 0;
    const int eligibility = settings.value(u"filter/eligibility"_s).toInt();
    if (eligibility >= 0 && eligibility <= int(RealnameQuery::Eligibility::NotEligible))
        query.eligibility = RealnameQuery::Eligibility(eligibility);
    query.verifiedFrom =
            QDate::fromString(settings.value(u"filter/verifiedFrom"_s).toString(), Qt::ISODate);
    query.verifiedTo =
            QDate::fromString(settings.value(u"filter/verifiedTo"_s).toString(), Qt::ISODate);
    m_filters->setQuery(query);
    m_chart->setSelectedLevel(m_filters->query().level);
    if (m_activated)
        applyQuery(m_filters->query());
}

void RealnameLevelsPane::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    refresh();
}

void RealnameLevelsPane::refresh()
{
    m_counts->load();
    applyQuery(m_filters->query());
}

bool RealnameLevelsPane::isLoading() const
{
    return !m_activated || m_model->isLoading() || m_counts->isLoading();
}

void RealnameLevelsPane::applyQuery(const RealnameQuery &query)
{
    m_chart->setSelectedLevel(query.level);
    m_model->setQuery(query);
    updateFooter();
}

void RealnameLevelsPane::fitColumns()
{
    // Once, to the first rows and the headers in the current language, unless
    // the staff member's own widths were restored.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_table->resizeColumnsToContents();
    for (int column = 0; column < RealnameRecordModel::ColumnCount - 1; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 8, 240));
}

void RealnameLevelsPane::openRow(const QModelIndex &index)
{
    const qint64 accountId = m_model->accountId(index.row());
    if (accountId > 0)
        emit openRequested(u"accounts"_s, QString::number(accountId));
}

void RealnameLevelsPane::retranslate()
{
    m_heading->setText(tr("Real-name levels"));
    m_description->setText(
            tr("How the accounts divide over the real-name levels. Click a bar to list that "
               "level; double-click a record or press Enter to open its account."));
    m_findAction->setText(tr("Filter the Real-Name Records"));
    m_model->retranslate();
    m_counts->retranslate();
    updateChartPlaceholder();
    updateSummary();
    updateBanner();
    updateFooter();
}

void RealnameLevelsPane::updateChartPlaceholder()
{
    if (m_counts->isLoading() || !m_activated)
        m_chart->setPlaceholder(tr("Counting the real-name levels…"));
    else if (!m_counts->errorText().isEmpty())
        m_chart->setPlaceholder(tr("The real-name levels could not be counted."));
    else
        m_chart->setPlaceholder(QString());
}

void RealnameLevelsPane::updateSummary()
{
    if (!m_counts->hasCounts()) {
        m_summary->clear();
        return;
    }
    const RealnameCounts &c = m_counts->counts();
    const QLocale locale;
    const QString share = c.level4 > 0
            ? locale.toString(100.0 * double(c.eligible) / double(c.level4), 'f', 1)
            : locale.toString(0.0, 'f', 1);
    QString text =
            tr("%1 of %2 accounts hold a real-name record; %Ln are eligible for "
               "business registration (%3% of level 4).",
               nullptr, int(c.eligible))
                    .arg(locale.toString(c.withRecord()), locale.toString(c.accounts), share);
    if (c.asOf.isValid())
        text = tr("%1 Counted at %2.", "the sentences before; when the server counted")
                       .arg(text, locale.toString(c.asOf.toLocalTime(), u"yyyy-MM-dd HH:mm"_s));
    m_summary->setText(text);
    m_summary->setToolTip(tr("Eligible for business registration: level 4, four-element check "
                             "passed and ID card valid today."));
}

void RealnameLevelsPane::updateBanner()
{
    if (m_model->isOffline() || m_counts->isOffline()) {
        QDateTime oldest = m_model->isOffline() ? m_model->fetchedAt() : QDateTime();
        if (m_counts->isOffline() && (!oldest.isValid() || m_counts->fetchedAt() < oldest))
            oldest = m_counts->fetchedAt();
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Offline: the server cannot be reached. Showing the real-name "
                                 "levels as they were %1.")
                                      .arg(AgeText::ago(oldest)));
        m_banner->setActionText(tr("Try Again"));
        m_ageTimer->start();
        return;
    }
    m_ageTimer->stop();
    const QString error =
            !m_model->errorText().isEmpty() ? m_model->errorText() : m_counts->errorText();
    if (!error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        m_banner->setActionText(tr("Try Again"));
        return;
    }
    m_banner->clear();
}

QString RealnameLevelsPane::totalText() const
{
    const QLocale locale;
    if (m_model->isTotalExact())
        return locale.toString(m_model->total());
    // Past the server's count cap, the level counts still know some totals exactly.
    const RealnameQuery q = m_model->query();
    if (m_counts->hasCounts() && !q.hasDateRange()) {
        if (q.eligibility == RealnameQuery::Eligibility::Any)
            return locale.toString(q.level ? m_counts->countForLevel(q.level)
                                           : m_counts->counts().withRecord());
        if (q.eligibility == RealnameQuery::Eligibility::Eligible && q.level != 3)
            return locale.toString(m_counts->counts().eligible);
    }
    return tr("more than %1").arg(locale.toString(m_model->total()));
}

void RealnameLevelsPane::updateFooter()
{
    const int rows = m_model->rowCount();
    QString text;
    if (m_model->isLoading() && rows == 0)
        text = tr("Loading…");
    else if (rows == 0 && !m_model->errorText().isEmpty())
        text = tr("No records shown.");
    else if (rows == 0)
        text = tr("No records match these filters.");
    else if (m_model->isOffline())
        text = tr("Showing %1 of %2 records, kept offline.")
                       .arg(QLocale().toString(rows), totalText());
    else if (m_model->isLoading())
        text = tr("Showing %1 of %2 records; loading more…")
                       .arg(QLocale().toString(rows), totalText());
    else if (m_model->hasMore())
        text = tr("Showing %1 of %2 records; scroll down for more.")
                       .arg(QLocale().toString(rows), totalText());
    else
        text = tr("Showing all %n record(s).", nullptr, rows);
    m_footer->setText(text);
}
