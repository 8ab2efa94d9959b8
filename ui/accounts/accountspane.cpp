#include "ui/accounts/accountspane.h"

#include "models/accounts/accountsearchmodel.h"
#include "services/session/sessionservice.h"
#include "ui/accounts/accountsearchbox.h"
#include "ui/accounts/accountview.h"
#include "ui/common/messagebanner.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPixmap personIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2f, 0x6f, 0xb5));
    const qreal s = size;
    painter.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.36));
    QPainterPath body;
    body.moveTo(s * 0.12, s * 0.94);
    body.cubicTo(s * 0.12, s * 0.5, s * 0.88, s * 0.5, s * 0.88, s * 0.94);
    body.closeSubpath();
    painter.drawPath(body);
    return pixmap;
}

} // namespace

AccountsPane::AccountsPane(AccountSearchSource &search, AccountDetailClient &client,
                           SessionService &session, const Clock &clock, QWidget *parent)
    : Pane(parent), m_model(new AccountSearchModel(search, clock, this)),
      m_heading(new QLabel(this)), m_description(new QLabel(this)),
      m_search(new AccountSearchBox(clock, this)), m_banner(new MessageBanner(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_table(new QTableView(m_splitter)),
      m_view(new AccountView(
              client, [&session](Permission permission) { return session.allows(permission); },
              m_splitter)),
      m_footer(new QLabel(this)), m_findAction(new QAction(this))
{
    setObjectName(u"accountsPane"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setStyleSheet(u"color: palette(mid);"_s);
    m_description->setWordWrap(true);
    m_banner->setObjectName(u"accountsBanner"_s);
    m_footer->setObjectName(u"accountsFooter"_s);
    m_footer->setStyleSheet(u"color: palette(mid);"_s);

    m_table->setObjectName(u"accountsTable"_s);
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
    const QList<int> widths{100, 130, 105, 150, 140, 70, 120};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    m_splitter->setObjectName(u"accountsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    m_findAction->setObjectName(u"findAccountAction"_s);
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, m_search, &AccountSearchBox::focusSearch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_search);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_footer);

    connect(m_search, &AccountSearchBox::searchRequested, this, &AccountsPane::search);
    connect(m_search, &AccountSearchBox::resultsWanted, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPane::selectionChanged);
    connect(m_model, &AccountSearchModel::loadingChanged, this, &AccountsPane::updateFooter);
    connect(m_model, &AccountSearchModel::pageArrived, this, [this] {
        updateBanner();
        updateFooter();
    });
    connect(m_model, &AccountSearchModel::loadFailed, this, &AccountsPane::updateBanner);
    connect(m_model, &AccountSearchModel::recognitionChanged, this, &AccountsPane::updateBanner);
    connect(m_banner, &MessageBanner::actionTriggered, m_model, &AccountSearchModel::retry);
    retranslate();
}

QString AccountsPane::id() const
{
    return u"accounts"_s;
}

QString AccountsPane::title() const
{
    return tr("Accounts");
}

QIcon AccountsPane::icon() const
{
    QIcon icon;
    for (int size : {24, 48})
        icon.addPixmap(personIcon(size));
    return icon;
}

Permission AccountsPane::requiredPermission() const
{
    return Permission::ReadAccounts;
}

void AccountsPane::saveState(QSettings &settings) const
{
    settings.setValue(u"columns"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    // Only how the agent searches, never what: a search text may be an ID
    // number or a mobile, and settings are not the place for personal data.
    settings.setValue(u"exact"_s, m_search->query().exact);
    // A name (not an identifier) may be kept, so the last search comes back.
    const AccountSearchQuery query = m_search->query();
    const RecognisedQuery recognised = m_model->recognised();
    const bool keepable =
            recognised.kind == IdentifierKind::Name || recognised.kind == IdentifierKind::Username;
    settings.setValue(u"lastSearch"_s, keepable ? query.text : QString());
}

void AccountsPane::restoreState(QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(u"columns"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    AccountSearchQuery query;
    query.exact = settings.value(u"exact"_s, false).toBool();
    query.text = settings.value(u"lastSearch"_s).toString();
    m_search->setQuery(query);
}

void AccountsPane::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    if (!m_search->query().text.isEmpty())
        search(m_search->query());
    m_search->focusWithoutSelecting();
}

void AccountsPane::refresh()
{
    search(m_search->query());
    m_view->reload();
}

bool AccountsPane::isLoading() const
{
    return !m_activated || m_model->isLoading() || m_view->isLoading();
}

bool AccountsPane::openObject(const QString &objectId)
{
    bool ok = false;
    const qint64 accountId = objectId.toLongLong(&ok);
    if (!ok || accountId <= 0)
        return false;
    m_activated = true;
    // The account by its id, in the list too, so the agent sees what is open.
    AccountSearchQuery query;
    query.text = objectId;
    query.kind = IdentifierKind::AccountId;
    m_search->setQuery(query);
    search(query);
    m_view->showAccount(accountId);
    return true;
}

void AccountsPane::search(const AccountSearchQuery &query)
{
    AccountSearchQuery wanted = query;
    wanted.limit = 50;
    if (wanted == m_model->query() && !m_model->errorText().isEmpty())
        return m_model->retry();
    m_model->setQuery(wanted);
}

void AccountsPane::selectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_view->showAccount(m_model->summary(current.row()).id);
}

void AccountsPane::updateBanner()
{
    if (!m_model->rejectionText().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, m_model->rejectionText());
        m_banner->setActionText(QString());
        return;
    }
    if (!m_model->errorText().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, m_model->errorText());
        m_banner->setActionText(tr("Try Again"));
        return;
    }
    m_banner->clear();
}

void AccountsPane::updateFooter()
{
    const int rows = m_model->rowCount();
    const AccountSearchQuery query = m_model->query();
    QString text;
    if (query.text.isEmpty())
        text = tr("Type to search; results follow as you type.");
    else if (!m_model->rejectionText().isEmpty())
        text = tr("Not searched: correct the text first.");
    else if (m_model->isLoading() && rows == 0)
        text = tr("Searching…");
    else if (rows == 0)
        text = m_model->errorText().isEmpty() ? tr("No account matches.") : QString();
    else if (!m_model->totalExact())
        text = tr("Showing %1 of at least %2 accounts; narrow the search to see fewer.")
                       .arg(rows)
                       .arg(m_model->total());
    else if (m_model->hasMore())
        text = tr("Showing %1 of %2 accounts; scroll down for more.")
                       .arg(rows)
                       .arg(m_model->total());
    else
        text = tr("Showing all %n account(s).", nullptr, rows);
    m_footer->setText(text);
}

void AccountsPane::retranslate()
{
    m_heading->setText(tr("Accounts"));
    m_description->setText(tr("Find an account by what the user tells you: ID number, mobile "
                              "number, email, username, name, OpenID or account id. Personal "
                              "data stays masked unless you reveal it with a reason."));
    m_findAction->setText(tr("Search Accounts"));
    m_search->retranslate();
    m_model->retranslate();
    updateBanner();
    updateFooter();
}
