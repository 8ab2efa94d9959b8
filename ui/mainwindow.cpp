#include "ui/mainwindow.h"

#include "resources/gatehouseicons.h"
#include "services/session/sessionservice.h"
#include "ui/common/languageswitcher.h"
#include "ui/common/shortcutsdialog.h"
#include "ui/sessionstatusbar.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace {

const QString kGeometry = u"mainWindow/geometry"_s;
const QString kState = u"mainWindow/state"_s;
const QString kSplitter = u"mainWindow/splitter"_s;
const QString kCurrentPane = u"mainWindow/currentPane"_s;

QString paneGroup(const QString &id)
{
    return u"panes/"_s + id;
}

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

MainWindow::MainWindow(SessionService &session, ConnectionMonitor &connection,
                       LanguageSwitcher &languages, QSettings &settings,
                       QList<PaneDescriptor> panes, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_connection(connection), m_languages(languages),
      m_settings(settings), m_descriptors(std::move(panes)), m_splitter(new QSplitter(this)),
      m_navigation(new QListWidget(m_splitter)), m_stack(new QStackedWidget(m_splitter)),
      m_noPanes(new QLabel(m_stack)), m_status(new SessionStatusBar(session, connection, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(GatehouseIcons::application());
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setStyleSheet(
            u"QListWidget#navigation { background: #f3f5f8; border-right: 1px solid #dde1e7; "
            u"padding-top: 8px; }"
            "QListWidget#navigation { outline: 0; }"
            "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; margin: 1px "
            "6px; color: #25303d; }"
            "QListWidget#navigation::item:selected { background: #dce8f8; color: #123e75; }"
            "QListWidget#navigation::item:hover:!selected { background: #e8edf3; }"_s);
    m_stack->setObjectName(u"paneStack"_s);
    m_noPanes->setObjectName(u"noPanesLabel"_s);
    m_noPanes->setAlignment(Qt::AlignCenter);
    m_noPanes->setWordWrap(true);
    m_noPanes->setMargin(40);
    m_stack->addWidget(m_noPanes);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 1000});
    setCentralWidget(m_splitter);
    setStatusBar(m_status);

    createActions();
    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::paneSelected);
    connect(&m_session, &SessionService::organizationChanged, this, [this] {
        rebuildOrganizationMenu();
        rebuildPanes();
        updateTitle();
    });
    connect(&m_session, &SessionService::switchFailed, this, [this](const ApiResult &result) {
        statusBar()->showMessage(result.errorText, 15'000);
    });
    connect(&m_session, &SessionService::rememberUnavailable, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 15'000); });
    connect(&m_languages, &LanguageSwitcher::languageChanged, this,
            [this](const QString &language) {
                for (QAction *action : m_languageGroup->actions())
                    action->setChecked(action->data().toString() == language);
            });

    // The first time, a comfortable size that still fits the screen; after
    // that, where the staff member left it (restoreGeometry keeps it on screen).
    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray())) {
        QSize first(1280, 800);
        if (const QScreen *screen = this->screen())
            first = first.boundedTo(screen->availableGeometry().size());
        resize(first);
    }
    restoreState(m_settings.value(kState).toByteArray());
    m_splitter->restoreState(m_settings.value(kSplitter).toByteArray());
    rebuildOrganizationMenu();
    rebuildPanes();
    retranslate();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::createActions()
{
    m_signOut = new QAction(this);
    m_signOut->setObjectName(u"signOutAction"_s);
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_signOut, &QAction::triggered, &m_session, &SessionService::signOut);
    m_quit = new QAction(this);
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcuts(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quitRequested);
    m_refresh = new QAction(this);
    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcuts(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (Pane *pane = currentPane())
            pane->refresh();
    });
    m_shortcuts = new QAction(this);
    m_shortcuts->setObjectName(u"shortcutsAction"_s);
    m_shortcuts->setShortcuts(QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = new QAction(this);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageSwitcher::languages()) {
        auto *action = new QAction(LanguageSwitcher::nativeName(language), m_languageGroup);
        action->setObjectName(u"languageAction_"_s + language);
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_languages.language());
        connect(action, &QAction::triggered, this,
                [this, language] { m_languages.setLanguage(language); });
    }
    m_organizationGroup = new QActionGroup(this);
    m_paneGroup = new QActionGroup(this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_organizationMenu = m_fileMenu->addMenu(QString());
    m_organizationMenu->setObjectName(u"switchOrganizationMenu"_s);
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_paneSeparator = m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_organizationMenu->setTitle(tr("S&witch Organization"));
    m_signOut->setText(tr("Sign &Out"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Gatehouse"));
    m_noPanes->setText(
            tr("None of the console's panes is open to your roles in this organization. "
               "Ask an administrator for a role, or switch to another organization from the "
               "File menu."));
    for (int row = 0; row < m_panes.size(); ++row) {
        m_navigation->item(row)->setText(m_panes.at(row)->title());
        m_paneGroup->actions().at(row)->setText(m_panes.at(row)->title());
    }
    fitNavigation();
    rebuildOrganizationMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
    emit quitRequested();
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

bool MainWindow::showPane(const QString &id)
{
    for (int row = 0; row < m_panes.size(); ++row) {
        if (m_panes.at(row)->id() == id) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::openInPane(const QString &paneId, const QString &objectId)
{
    if (!showPane(paneId)) {
        statusBar()->showMessage(tr("Your roles in this organization do not open that pane."),
                                 8000);
        return false;
    }
    return currentPane()->openObject(objectId);
}

void MainWindow::paneSelected(int row)
{
    if (row < 0 || row >= m_panes.size())
        return;
    Pane *pane = m_panes.at(row);
    m_stack->setCurrentWidget(pane);
    m_paneGroup->actions().at(row)->setChecked(true);
    pane->activate();
    updateTitle();
}

void MainWindow::savePaneStates()
{
    for (const Pane *pane : std::as_const(m_panes)) {
        m_settings.beginGroup(paneGroup(pane->id()));
        pane->saveState(m_settings);
        m_settings.endGroup();
    }
    if (const Pane *pane = currentPane())
        m_settings.setValue(kCurrentPane, pane->id());
}

void MainWindow::saveSettings()
{
    m_settings.setValue(kGeometry, saveGeometry());
    m_settings.setValue(kState, saveState());
    m_settings.setValue(kSplitter, m_splitter->saveState());
    savePaneStates();
}

void MainWindow::rebuildPanes()
{
    savePaneStates();
    const QString wanted = m_settings.value(kCurrentPane).toString();
    m_navigation->blockSignals(true);
    m_navigation->clear();
    m_navigation->blockSignals(false);
    for (QAction *action : m_paneGroup->actions())
        delete action;
    qDeleteAll(m_panes);
    m_panes.clear();

    for (const PaneDescriptor &descriptor : std::as_const(m_descriptors)) {
        if (!m_session.allows(descriptor.permission))
            continue;
        Pane *pane = descriptor.create();
        Q_ASSERT(pane->requiredPermission() == descriptor.permission);
        m_settings.beginGroup(paneGroup(pane->id()));
        pane->restoreState(m_settings);
        m_settings.endGroup();
        m_stack->addWidget(pane);
        m_panes.append(pane);
        connect(pane, &Pane::openRequested, this, &MainWindow::openInPane);
        auto *item = new QListWidgetItem(pane->icon(), pane->title());
        item->setData(Qt::UserRole, pane->id());
        m_navigation->blockSignals(true);
        m_navigation->addItem(item);
        m_navigation->blockSignals(false);
        auto *action = new QAction(pane->icon(), pane->title(), m_paneGroup);
        action->setObjectName(u"paneAction_"_s + pane->id());
        action->setCheckable(true);
        const int row = int(m_panes.size()) - 1;
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this,
                [this, row] { m_navigation->setCurrentRow(row); });
        m_viewMenu->insertAction(m_paneSeparator, action);
    }

    fitNavigation();
    m_navigation->setVisible(!m_panes.isEmpty());
    m_refresh->setEnabled(!m_panes.isEmpty());
    if (m_panes.isEmpty()) {
        m_stack->setCurrentWidget(m_noPanes);
        updateTitle();
        return;
    }
    int row = 0;
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i)->id() == wanted)
            row = i;
    }
    m_navigation->setCurrentRow(row);
}

void MainWindow::fitNavigation()
{
    // Wide enough for the longest title in the current language, never scrolling
    // sideways; the splitter keeps the list at least this wide.
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        widest = std::max(
                widest,
                m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    }
    m_navigation->setMinimumWidth(std::max(170, widest + m_navigation->iconSize().width() + 64));
}

void MainWindow::rebuildOrganizationMenu()
{
    m_organizationMenu->clear();
    for (QAction *action : m_organizationGroup->actions())
        delete action;
    const QList<PlatformOrganization> organizations = m_session.grant().organizations;
    const qint64 current = m_session.organization().id;
    for (const PlatformOrganization &organization : organizations) {
        auto *action = new QAction(organization.displayName(chineseUi()), m_organizationGroup);
        action->setCheckable(true);
        action->setChecked(organization.id == current);
        action->setData(organization.id);
        const qint64 id = organization.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (id != m_session.organization().id)
                m_session.switchOrganization(id);
        });
        m_organizationMenu->addAction(action);
    }
    m_organizationMenu->setEnabled(organizations.size() > 1);
}

void MainWindow::updateTitle()
{
    const QString organization = m_session.organization().displayName(chineseUi());
    setWindowTitle(tr("Gatehouse — %1").arg(organization));
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions{m_signOut, m_quit, m_refresh, m_shortcuts};
    actions.append(m_paneGroup->actions());
    if (Pane *pane = currentPane())
        actions.append(pane->actions());
    auto *dialog = new ShortcutsDialog(actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Gatehouse"),
            tr("<h3>Gatehouse %1</h3>"
               "<p>The administration console of a mini-program open platform: workspace "
               "applications, enterprise verifications, accounts, organizations and the "
               "audit log.</p>"
               "<p>Built with Qt %2.</p>")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}
