#include "ui/audit/auditlogpane.h"

#include "models/audit/auditlogmodel.h"
#include "resources/gatehouseicons.h"
#include "ui/audit/auditdetailview.h"
#include "ui/audit/auditfilterbar.h"
#include "ui/common/agetext.h"
#include "ui/common/messagebanner.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditLogPane::AuditLogPane(AuditPageSource &source, QWidget *parent)
    : Pane(parent), m_model(new AuditLogModel(source, this)), m_heading(new QLabel(this)),
      m_description(new QLabel(this)), m_filters(new AuditFilterBar(this)),
      m_banner(new MessageBanner(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_table(new QTableView(m_splitter)), m_detail(new AuditDetailView(m_splitter)),
      m_footer(new QLabel(this)), m_ageTimer(new QTimer(this)), m_findAction(new QAction(this))
{
    setObjectName(u"auditLogPane"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setStyleSheet(u"color: palette(mid);"_s);
    m_banner->setObjectName(u"auditBanner"_s);
    m_footer->setObjectName(u"auditFooter"_s);
    m_footer->setStyleSheet(u"color: palette(mid);"_s);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QList<int> widths{140, 100, 110, 200, 240, 100};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    m_splitter->setObjectName(u"auditSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_findAction->setObjectName(u"findAuditAction"_s);
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, m_filters, &AuditFilterBar::focusAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_footer);

    connect(m_filters, &AuditFilterBar::applied, this, [this](const AuditQuery &query) {
        m_detail->clear();
        m_model->setQuery(query);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPane::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPane::selectionChanged);
    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditLogPane::updateFooter);
    connect(m_model, &AuditLogModel::pageArrived, this, [this] {
        m_filters->addSuggestions(m_model->knownActions(), m_model->knownTargetTypes());
        updateBanner();
        updateFooter();
    });
    connect(m_model, &AuditLogModel::loadFailed, this, &AuditLogPane::updateBanner);
    connect(m_model, &AuditLogModel::offlineChanged, this, &AuditLogPane::updateBanner);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (m_model->isOffline())
            m_model->reload();
        else
            m_model->retry();
        updateBanner();
    });
    m_ageTimer->setInterval(30'000);
    connect(m_ageTimer, &QTimer::timeout, this, &AuditLogPane::updateBanner);
    retranslate();
}

QString AuditLogPane::id() const
{
    return u"audit"_s;
}

QString AuditLogPane::title() const
{
    return tr("Audit log");
}

QIcon AuditLogPane::icon() const
{
    return GatehouseIcons::auditLog();
}

Permission AuditLogPane::requiredPermission() const
{
    return Permission::ReadAudit;
}

void AuditLogPane::saveState(QSettings &settings) const
{
    settings.setValue(u"columns"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    const AuditQuery query = m_filters->query();
    settings.setValue(u"filter/action"_s, query.action);
    settings.setValue(u"filter/targetType"_s, query.targetType);
    settings.setValue(u"filter/targetId"_s, query.targetId);
}

void AuditLogPane::restoreState(QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(u"columns"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    AuditQuery query;
    query.action = settings.value(u"filter/action"_s).toString();
    query.targetType = settings.value(u"filter/targetType"_s).toString();
    query.targetId = settings.value(u"filter/targetId"_s).toString();
    m_filters->setQuery(query);
}

void AuditLogPane::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->setQuery(m_filters->query());
}

void AuditLogPane::refresh()
{
    m_detail->clear();
    m_model->setQuery(m_filters->query());
}

bool AuditLogPane::isLoading() const
{
    return !m_activated || m_model->isLoading();
}

void AuditLogPane::retranslate()
{
    m_heading->setText(tr("Audit log"));
    m_description->setText(tr("Everything staff did on the platform, newest first. Every entry is "
                              "hash-chained to the one before it."));
    m_findAction->setText(tr("Filter the Audit Log"));
    m_model->retranslate();
    updateBanner();
    updateFooter();
}

void AuditLogPane::selectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_detail->setRecord(m_model->record(current.row()));
    else
        m_detail->clear();
}

void AuditLogPane::updateBanner()
{
    if (m_model->isOffline()) {
        m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("Offline: the server cannot be reached. Showing the audit log as it was "
                   "%1.")
                        .arg(AgeText::ago(m_model->offlineSince())));
        m_banner->setActionText(tr("Try Again"));
        m_ageTimer->start();
        return;
    }
    m_ageTimer->stop();
    if (!m_model->errorText().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, m_model->errorText());
        m_banner->setActionText(tr("Try Again"));
        return;
    }
    m_banner->clear();
}

void AuditLogPane::updateFooter()
{
    const int rows = m_model->rowCount();
    QString text;
    if (m_model->isLoading())
        text = rows == 0 ? tr("Loading…") : tr("%n entries shown; loading more…", nullptr, rows);
    else if (m_model->hasMore())
        text = tr("%n entries shown; scroll down for older ones.", nullptr, rows);
    else if (rows == 0 && m_model->errorText().isEmpty())
        text = tr("No entries match these filters.");
    else
        text = tr("%n entries shown.", nullptr, rows);
    m_footer->setText(text);
}
