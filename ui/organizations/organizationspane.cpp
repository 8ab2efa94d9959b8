#include "ui/organizations/organizationspane.h"

#include "models/organizations/organizationclient.h"
#include "models/organizations/organizationlistmodel.h"
#include "models/organizations/organizationterms.h"
#include "models/organizations/organizationtreemodel.h"
#include "models/organizations/organizationtreerevealer.h"
#include "services/session/sessionservice.h"
#include "ui/common/agetext.h"
#include "ui/common/messagebanner.h"
#include "ui/organizations/membersearch.h"
#include "ui/organizations/organizationdetailview.h"
#include "ui/organizations/organizationeditor.h"
#include "ui/organizations/organizationicons.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;
using Type = OrganizationTreeModel::Type;

namespace {

constexpr int kPollMs = 10'000;

QWidget *column(QWidget *parent, const QList<QWidget *> &widgets, int stretchIndex)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int i = 0; i < widgets.size(); ++i)
        layout->addWidget(widgets.at(i), i == stretchIndex ? 1 : 0);
    return box;
}

} // namespace

OrganizationsPane::OrganizationsPane(OrganizationClient &client, SessionService &session,
                                     QWidget *parent)
    : Pane(parent), m_client(client), m_session(session),
      m_list(new OrganizationListModel(client, this)),
      m_tree(new OrganizationTreeModel(client, this)),
      m_revealer(new OrganizationTreeRevealer(*m_tree, this)), m_heading(new QLabel(this)),
      m_description(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_filter(new QLineEdit(this)),
      m_listView(new QListView(this)), m_breadcrumb(new QLabel(this)),
      m_search(new MemberSearch(client, this)), m_treeView(new QTreeView(this)),
      m_detail(new OrganizationDetailView(this)),
      m_editor(new OrganizationEditor(client, *m_tree, *m_treeView, this)),
      m_footer(new QLabel(this)), m_poll(new QTimer(this)), m_filterDelay(new QTimer(this)),
      m_ageTimer(new QTimer(this)), m_findAction(new QAction(this))
{
    setObjectName(u"organizationsPane"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setStyleSheet(u"color: palette(mid);"_s);
    m_description->setWordWrap(true);
    m_banner->setObjectName(u"organizationsBanner"_s);
    m_footer->setObjectName(u"organizationsFooter"_s);
    m_footer->setStyleSheet(u"color: palette(mid);"_s);

    m_filter->setObjectName(u"organizationFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_listView->setObjectName(u"organizationList"_s);
    m_listView->setModel(m_list);
    m_listView->setUniformItemSizes(true);
    m_listView->setAlternatingRowColors(true);

    m_breadcrumb->setObjectName(u"breadcrumb"_s);
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setWordWrap(true);

    m_tree->setIcons(OrganizationIcons::department(), OrganizationIcons::member());
    m_treeView->setObjectName(u"organizationTree"_s);
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_treeView->setDefaultDropAction(Qt::MoveAction);
    m_treeView->setDropIndicatorShown(true);
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(OrganizationTreeModel::NameColumn,
                                               QHeaderView::Stretch);
    m_treeView->header()->resizeSection(OrganizationTreeModel::DetailColumn, 230);
    m_treeView->header()->resizeSection(OrganizationTreeModel::MembersColumn, 80);

    m_splitter->setObjectName(u"organizationsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(column(m_splitter, {m_filter, m_listView}, 1));
    m_splitter->addWidget(column(m_splitter, {m_breadcrumb, m_search, m_treeView}, 2));
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({240, 560, 260});

    m_findAction->setObjectName(u"findMemberAction"_s);
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] { m_search->focusField(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_footer);

    m_detail->setCanOpenAccounts(m_session.allows(Permission::ReadAccounts));
    m_editor->setAllowed(m_session.allows(Permission::EditOrganizations));
    connect(m_detail, &OrganizationDetailView::openAccountRequested, this, [this](qint64 account) {
        if (account && m_session.allows(Permission::ReadAccounts))
            emit openRequested(u"accounts"_s, QString::number(account));
    });

    connect(m_filter, &QLineEdit::textEdited, this, [this] { m_filterDelay->start(); });
    connect(m_list, &OrganizationListModel::pageArrived, this, [this] {
        if (!m_organization.id && m_list->rowCount() > 0) {
            const int row = qMax(0, m_list->rowOf(m_restoredOrganization));
            m_listView->setCurrentIndex(m_list->index(row));
        }
        updateBanner();
    });
    connect(m_list, &OrganizationListModel::loadFailed, this, &OrganizationsPane::updateBanner);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganizationsPane::organizationChosen);

    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganizationsPane::currentChanged);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, m_editor,
            &OrganizationEditor::updateActions);
    connect(m_treeView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_treeView->indexAt(pos);
        if (index.isValid() && !m_treeView->selectionModel()->isSelected(index))
            m_treeView->setCurrentIndex(index);
        else if (!index.isValid())
            m_treeView->clearSelection();
        m_editor->popupMenu(m_treeView->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &OrganizationTreeModel::moveRequested, m_editor,
            &OrganizationEditor::confirmMove);
    connect(m_tree, &OrganizationTreeModel::offlineChanged, this, [this] {
        m_editor->setOnline(!m_tree->isOffline());
        updateBanner();
    });
    connect(m_tree, &OrganizationTreeModel::loadFailed, this, &OrganizationsPane::updateBanner);
    connect(m_tree, &OrganizationTreeModel::loadingChanged, this, &OrganizationsPane::updateFooter);
    connect(m_tree, &OrganizationTreeModel::dataChanged, this, [this] { updateBreadcrumb(); });
    connect(m_tree, &OrganizationTreeModel::refreshed, this, [this] {
        updateBreadcrumb();
        currentChanged();
    });
    connect(m_editor, &OrganizationEditor::edited, this, [this] {
        m_error.clear();
        updateBanner();
        pollChanges();
    });
    connect(m_editor, &OrganizationEditor::failed, this, [this](const QString &text) {
        showError(text);
        pollChanges(); // what made it fail is in the feed
    });

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_list->setFilter(m_filter->text().trimmed()); });
    connect(m_search, &MemberSearch::hitChosen, this,
            [this](const QList<qint64> &path, qint64 memberId) {
                m_revealer->reveal(path, {Type::Member, memberId});
            });
    connect(m_revealer, &OrganizationTreeRevealer::revealed, this,
            [this](const QModelIndex &index) {
                for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                    m_treeView->expand(p);
                m_treeView->setCurrentIndex(index);
                m_treeView->scrollTo(index, QAbstractItemView::PositionAtCenter);
            });
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this](const QString &link) {
        const qint64 id = link.mid(1).toLongLong();
        if (link.startsWith(u'd') && m_tree->departmentIndex(id).isValid())
            m_treeView->setCurrentIndex(m_tree->departmentIndex(id));
        else
            m_treeView->setCurrentIndex({});
    });
    // A tree view asks for more rows only at its top level: the same for open departments.
    auto fetchVisible = [this] {
        const QModelIndex bottom =
                m_treeView->indexAt(QPoint(4, m_treeView->viewport()->height() - 2));
        for (QModelIndex p = bottom.parent(); p.isValid(); p = p.parent()) {
            if (m_tree->canFetchMore(p))
                m_tree->fetchMore(p);
        }
    };
    connect(m_treeView->verticalScrollBar(), &QScrollBar::valueChanged, this, fetchVisible);
    connect(m_tree, &OrganizationTreeModel::pageArrived, this, fetchVisible);
    connect(m_tree, &OrganizationTreeModel::pageArrived, this, &OrganizationsPane::restoreView);

    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &OrganizationsPane::pollChanges);
    m_ageTimer->setInterval(30'000);
    connect(m_ageTimer, &QTimer::timeout, this, &OrganizationsPane::updateBanner);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        m_error.clear();
        if (m_list->rowCount() == 0)
            m_list->reload();
        m_tree->retry();
        refresh();
    });
    retranslate();
}

QString OrganizationsPane::id() const
{
    return u"organizations"_s;
}

QString OrganizationsPane::title() const
{
    return tr("Organizations");
}

QIcon OrganizationsPane::icon() const
{
    return OrganizationIcons::pane();
}

Permission OrganizationsPane::requiredPermission() const
{
    return Permission::ReadOrganizations;
}

void OrganizationsPane::saveState(QSettings &settings) const
{
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"columns"_s, m_treeView->header()->saveState());
    settings.setValue(u"organization"_s,
                      m_organization.id ? m_organization.id : m_restoredOrganization);
    QStringList expanded;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_tree->rowCount(parent) && expanded.size() < 200; ++row) {
            const QModelIndex child = m_tree->index(row, 0, parent);
            if (m_tree->typeAt(child) == OrganizationTreeModel::Type::Department
                && m_treeView->isExpanded(child)) {
                expanded.append(QString::number(m_tree->nodeAt(child).id));
                walk(child);
            }
        }
    };
    walk({});
    settings.setValue(u"expanded"_s, expanded);
    settings.setValue(u"search"_s, m_search->text());
    const QModelIndex current = m_treeView->currentIndex().siblingAtColumn(0);
    const auto node = m_tree->nodeAt(current);
    settings.setValue(u"current"_s,
                      node.type == OrganizationTreeModel::Type::Member
                              ? QString(u"m"_s + QString::number(node.id))
                              : node.type == OrganizationTreeModel::Type::Department
                              ? QString(u"d"_s + QString::number(node.id))
                              : QString());
}

void OrganizationsPane::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_treeView->header()->restoreState(settings.value(u"columns"_s).toByteArray());
    m_restoredOrganization = settings.value(u"organization"_s).toLongLong();
    for (const QString &id : settings.value(u"expanded"_s).toStringList())
        m_restoreExpanded.insert(id.toLongLong());
    m_restoreCurrent = settings.value(u"current"_s).toString();
    m_restoredSearch = settings.value(u"search"_s).toString();
}

void OrganizationsPane::restoreView()
{
    if (m_organization.id != m_restoredOrganization)
        return;
    for (auto it = m_restoreExpanded.begin(); it != m_restoreExpanded.end();) {
        const QModelIndex index = m_tree->departmentIndex(*it);
        if (index.isValid()) {
            m_treeView->expand(index);
            it = m_restoreExpanded.erase(it);
        } else {
            ++it;
        }
    }
    if (m_restoreCurrent.size() > 1) {
        const qint64 id = m_restoreCurrent.mid(1).toLongLong();
        const QModelIndex index = m_tree->indexOf(
                {m_restoreCurrent.startsWith(u'm') ? Type::Member : Type::Department, id});
        if (index.isValid()) {
            m_restoreCurrent.clear();
            m_treeView->setCurrentIndex(index);
            m_treeView->scrollTo(index);
        }
    }
}

void OrganizationsPane::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_list->setFilter(m_filter->text().trimmed());
    if (isVisible())
        m_poll->start();
}

void OrganizationsPane::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    if (m_organization.id)
        openOrganizationRecord();
    m_tree->refreshAll();
}

bool OrganizationsPane::isLoading() const
{
    return !m_activated || m_list->isLoading() || m_tree->isLoading() || m_revealer->isBusy()
            || m_search->isSearching()
            || (m_list->rowCount() > 0 && !m_organization.id && m_error.isEmpty());
}

bool OrganizationsPane::openObject(const QString &objectId)
{
    bool ok = false;
    const qint64 id = objectId.toLongLong(&ok);
    if (!ok || id <= 0)
        return false;
    if (!m_activated) {
        m_restoredOrganization = id;
        activate();
        return true;
    }
    const int row = m_list->rowOf(id);
    if (row >= 0)
        m_listView->setCurrentIndex(m_list->index(row));
    else
        openOrganization(id);
    return true;
}

void OrganizationsPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (m_activated)
        m_poll->start();
}

void OrganizationsPane::hideEvent(QHideEvent *event)
{
    m_poll->stop();
    Pane::hideEvent(event);
}

void OrganizationsPane::organizationChosen()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    openOrganization(current.data(OrganizationListModel::IdRole).toLongLong());
}

void OrganizationsPane::openOrganization(qint64 id)
{
    if (id == m_organization.id)
        return;
    const int row = m_list->rowOf(id);
    m_organization = row >= 0 ? m_list->organization(row) : OrganizationSummary{};
    m_organization.id = id;
    m_since = m_organization.treeVersion;
    m_error.clear();
    m_search->setOrganization(id, m_organization.name);
    m_editor->setOrganization(m_organization);
    m_tree->setOrganization(id);
    m_detail->showOrganization(m_organization);
    openOrganizationRecord();
    if (!m_restoredSearch.isEmpty()) {
        // The last search, run again on the first organization shown, its first hit opened.
        m_search->searchAndOpenFirst(std::exchange(m_restoredSearch, QString()));
    }
    updateBreadcrumb();
    updateFooter();
    updateBanner();
}

void OrganizationsPane::openOrganizationRecord()
{
    const qint64 id = m_organization.id;
    m_client.fetchOrganization(id, this, [this, id](const OrganizationResult &result) {
        if (id != m_organization.id || !result.ok)
            return;
        organizationArrived(result.organization);
    });
}

void OrganizationsPane::organizationArrived(const OrganizationSummary &organization)
{
    const qint64 since = m_since;
    m_organization = organization;
    m_since = since ? qMin(since, organization.treeVersion) : organization.treeVersion;
    m_editor->updateOrganization(organization);
    m_list->update(organization);
    if (!m_treeView->currentIndex().isValid())
        m_detail->showOrganization(organization);
    updateBreadcrumb();
    updateFooter();
}

void OrganizationsPane::pollChanges()
{
    if (!m_organization.id || !m_since)
        return;
    if (m_polling) {
        m_pollAgain = true;
        return;
    }
    m_polling = true;
    m_pollAgain = false;
    const qint64 id = m_organization.id;
    m_client.fetchChanges(id, m_since, this, [this, id](const ChangesResult &result) {
        m_polling = false;
        const bool again = std::exchange(m_pollAgain, false);
        if (id != m_organization.id) {
            if (again)
                pollChanges(); // the organization opened since waits for its first read
            return;
        }
        if (!result.ok) {
            if (result.unreachable)
                m_editor->setOnline(false);
            updateBanner();
            return;
        }
        m_editor->setOnline(!m_tree->isOffline());
        m_editor->setOrganizationVersion(result.version);
        // Back after being offline: what the cache showed is read again.
        if (m_tree->isOffline())
            m_tree->refreshAll();
        QList<qint64> parents;
        for (const OrganizationChange &change : result.changes) {
            for (qint64 parent : change.parentIds) {
                if (!parents.contains(parent))
                    parents.append(parent);
            }
        }
        m_since = result.treeVersion;
        if (!parents.isEmpty())
            m_tree->refreshNodes(parents);
        if (!result.changes.isEmpty())
            openOrganizationRecord(); // counts, owner, version
        if (result.more || again)
            pollChanges();
    });
}

void OrganizationsPane::currentChanged()
{
    const QModelIndex current = m_treeView->currentIndex().siblingAtColumn(0);
    const Type type = m_tree->typeAt(current);
    ++m_detailRequest;
    if (type == Type::Member) {
        const quint64 request = m_detailRequest;
        const qint64 memberId = m_tree->nodeAt(current).id;
        m_client.fetchMember(
                m_organization.id, memberId, this, [this, request](const MemberResult &result) {
                    if (request != m_detailRequest)
                        return;
                    if (result.ok)
                        m_detail->showMember(result.member, result.fromCache, result.fetchedAt);
                    else
                        m_detail->showMessage(result.errorText);
                });
    } else if (type == Type::Department) {
        m_detail->showDepartment(m_tree->nameAt(current), m_tree->pathTo(current),
                                 current.data(OrganizationTreeModel::TotalMembersRole).toInt(),
                                 current.data(OrganizationTreeModel::DirectMembersRole).toInt(),
                                 current.data(OrganizationTreeModel::ChildDepartmentsRole).toInt());
    } else if (m_organization.id) {
        m_detail->showOrganization(m_organization);
    }
    updateBreadcrumb();
    m_editor->updateActions();
}

void OrganizationsPane::updateBreadcrumb()
{
    if (!m_organization.id) {
        m_breadcrumb->clear();
        return;
    }
    const QModelIndex current = m_treeView->currentIndex().siblingAtColumn(0);
    QStringList parts{u"<a href='o'>"_s + m_organization.name.toHtmlEscaped() + u"</a>"_s};
    for (const DepartmentRef &step : m_tree->pathTo(current))
        parts.append(u"<a href='d"_s + QString::number(step.id) + u"'>"_s
                     + step.name.toHtmlEscaped() + u"</a>"_s);
    if (m_tree->typeAt(current) == Type::Member)
        parts.append(u"<b>"_s + m_tree->nameAt(current).toHtmlEscaped() + u"</b>"_s);
    m_breadcrumb->setText(parts.join(u" › "_s));
}

QLineEdit *OrganizationsPane::searchField() const
{
    return m_search->field();
}

QListWidget *OrganizationsPane::searchResults() const
{
    return m_search->results();
}

void OrganizationsPane::showError(const QString &text)
{
    m_error = text;
    updateBanner();
}

void OrganizationsPane::updateBanner()
{
    if (m_tree->isOffline() || m_list->isOffline()) {
        const QDateTime since =
                m_tree->isOffline() ? m_tree->offlineSince() : m_list->offlineSince();
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Offline: the server cannot be reached. Showing the parts of "
                                 "the tree opened before, as they were %1. Edits are off.")
                                      .arg(AgeText::ago(since)));
        m_banner->setActionText(tr("Try Again"));
        m_ageTimer->start();
        return;
    }
    m_ageTimer->stop();
    const QString error = !m_error.isEmpty() ? m_error
            : !m_tree->errorText().isEmpty() ? m_tree->errorText()
                                             : m_list->errorText();
    if (!error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        m_banner->setActionText(tr("Reload"));
        return;
    }
    m_banner->clear();
}

void OrganizationsPane::updateFooter()
{
    if (!m_organization.id) {
        m_footer->setText(m_list->isLoading() ? tr("Loading…") : QString());
        return;
    }
    // Parts joined by a middle dot, which reads the same in every language.
    QString text = OrganizationTerms::typeName(m_organization.type) + u" · "_s
            + tr("%n member(s)", nullptr, int(m_organization.memberCount)) + u" · "_s
            + tr("%n department(s)", nullptr, int(m_organization.departmentCount));
    if (m_organization.memberLimit)
        text += u" · "_s + tr("at most %n member(s)", nullptr, m_organization.memberLimit);
    if (m_tree->isLoading())
        text += u" · "_s + tr("Loading…");
    m_footer->setText(text);
}

void OrganizationsPane::retranslate()
{
    m_heading->setText(tr("Organizations"));
    m_description->setText(tr("Team organizations, their departments and members. Drag members "
                              "and departments to move them; every change can be undone with "
                              "Ctrl+Z while this pane is open."));
    m_filter->setPlaceholderText(tr("Filter organizations by name"));
    m_search->retranslate();
    m_findAction->setText(tr("Search Members"));
    m_detail->retranslate();
    m_editor->retranslate();
    m_list->retranslate();
    m_tree->retranslate();
    updateBreadcrumb();
    updateBanner();
    updateFooter();
}
