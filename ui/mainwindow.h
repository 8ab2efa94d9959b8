#pragma once

#include "ui/common/pane.h"

#include <QList>
#include <QMainWindow>

class ConnectionMonitor;
class LanguageSwitcher;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class SessionService;
class SessionStatusBar;

// The console's window: a navigation list of the panes the staff member's
// roles open, the current pane, a status bar with the session, and the menus.
// It assembles panes; it knows none of them. Window and pane view state are
// kept in the QSettings it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SessionService &session, ConnectionMonitor &connection, LanguageSwitcher &languages,
               QSettings &settings, QList<PaneDescriptor> panes, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<Pane *> panes() const { return m_panes; }
    Pane *currentPane() const;
    bool showPane(const QString &id);
    // Shows the pane and one of its objects (Pane::openRequested).
    bool openInPane(const QString &paneId, const QString &objectId);
    void saveSettings();

signals:
    // File › Quit or the window closed: the composition root ends the program.
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void rebuildPanes();
    void savePaneStates();
    void rebuildOrganizationMenu();
    void fitNavigation();
    void paneSelected(int row);
    void updateTitle();
    void showShortcuts();
    void showAbout();

    SessionService &m_session;
    ConnectionMonitor &m_connection;
    LanguageSwitcher &m_languages;
    QSettings &m_settings;
    QList<PaneDescriptor> m_descriptors;
    QList<Pane *> m_panes;

    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_noPanes;
    SessionStatusBar *m_status;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_organizationMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_organizationGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_paneGroup = nullptr;
    QAction *m_paneSeparator = nullptr;
};
