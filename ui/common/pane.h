#pragma once

#include "domain/role.h"

#include <QIcon>
#include <QWidget>

#include <functional>

class QSettings;

// One page of the main window, listed in its navigation. A pane owns its
// widgets and its model, loads when first shown, keeps its view state in the
// settings group MainWindow opens for it, and retranslates itself when the
// language changes. See docs/adding-a-pane.md.
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Stable name for settings and for --screenshot; never translated.
    virtual QString id() const = 0;
    virtual QString title() const = 0; // translated
    virtual QIcon icon() const = 0;
    virtual Permission requiredPermission() const = 0;

    // Inside the pane's own settings group.
    virtual void saveState(QSettings &settings) const = 0;
    virtual void restoreState(QSettings &settings) = 0;

    // The pane became the visible one: load what it shows if it has not yet.
    virtual void activate() { }
    // View › Refresh.
    virtual void refresh() { }
    // Still fetching what it shows (screenshots wait for this).
    virtual bool isLoading() const { return false; }
    // Show one of its objects (an account id for the Accounts pane), asked by
    // another pane through openRequested. False when it has no such object.
    virtual bool openObject(const QString &objectId)
    {
        Q_UNUSED(objectId);
        return false;
    }

signals:
    // Another pane should show one of its objects: a real-name row or an
    // organization member opens the account in the Accounts pane. MainWindow
    // switches to that pane, or says the staff member's roles do not open it.
    void openRequested(const QString &paneId, const QString &objectId);

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
};

// How MainWindow learns about a pane without knowing its services: the
// composition root registers one descriptor per pane, and only panes whose
// permission the staff member holds in the current organization are built.
struct PaneDescriptor
{
    Permission permission;
    std::function<Pane *()> create;
};
