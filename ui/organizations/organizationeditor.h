#pragma once

#include "domain/organizationrecords.h"
#include "models/organizations/organizationedit.h"
#include "models/organizations/organizationtreemodel.h"

#include <QObject>
#include <QPointer>

class OrganizationClient;
class OrganizationEditHistory;
class QAction;
class QMenu;
class QMessageBox;
class QTreeView;
class QWidget;

// Every change the Organizations pane makes to a tree: the actions (context
// menu and keyboard, disabled with the reason when the role or the connection
// does not allow them), their dialogs (opened window-modal, never a nested
// loop), the confirmation of a drop, and undo / redo while the pane is open.
// Edits go one at a time; the pane hears edited() and reads the changes feed.
class OrganizationEditor : public QObject
{
    Q_OBJECT

public:
    OrganizationEditor(OrganizationClient &client, OrganizationTreeModel &model, QTreeView &tree,
                       QWidget *dialogParent);

    void setOrganization(const OrganizationSummary &organization);
    void setOrganizationVersion(int version) { m_organization.version = version; }
    // The same organization as read again (owner, version): the history stays.
    void updateOrganization(const OrganizationSummary &organization);
    void setAllowed(bool allowed);
    void setOnline(bool online);
    void updateActions();
    void retranslate();

    QList<QAction *> actions() const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *moveToAction() const { return m_moveTo; }
    QAction *renameAction() const { return m_rename; }
    QAction *newDepartmentAction() const { return m_newDepartment; }
    void popupMenu(const QPoint &globalPos);
    // A drop on the tree: asks before anything moves.
    void confirmMove(const QList<OrganizationTreeModel::NodeRef> &nodes, qint64 departmentId);
    void moveSelectedTo(qint64 departmentId);
    OrganizationEditHistory &history() const { return *m_history; }

signals:
    void edited();
    void failed(const QString &errorText, const EditOutcome &outcome);

private:
    struct Selected
    {
        QList<QModelIndex> departments;
        QList<QModelIndex> members;
        int count() const { return int(departments.size() + members.size()); }
    };
    Selected selection() const;
    QModelIndex single() const;
    qint64 parentIdOf(const QModelIndex &index) const;
    int versionOf(const QString &type, const QModelIndex &index) const;
    int containerVersion(qint64 departmentId) const;
    OrganizationEdit memberEdit(OrganizationEdit::Kind kind, const QModelIndex &index) const;
    OrganizationEdit departmentEdit(OrganizationEdit::Kind kind, const QModelIndex &index) const;
    void queue(const OrganizationEdit &edit, const QString &text, quint64 group = 0);
    void sendNext();
    void move(const QList<QModelIndex> &indexes, qint64 departmentId);

    void newDepartment();
    void rename();
    void chooseMoveTarget();
    void deleteDepartment();
    void addMember();
    void editTitle();
    void setRole(MemberRole role);
    void removeMember();
    void transferOwnership();

    OrganizationClient &m_client;
    OrganizationTreeModel &m_model;
    QTreeView &m_tree;
    QWidget *m_dialogParent;
    OrganizationEditHistory *m_history;
    OrganizationSummary m_organization;
    bool m_allowed = false;
    bool m_online = true;
    struct Queued
    {
        OrganizationEdit edit;
        QString text;
        quint64 group = 0;
    };
    QList<Queued> m_queue;
    bool m_sending = false;

    QAction *m_undo;
    QAction *m_redo;
    QAction *m_newDepartment;
    QAction *m_rename;
    QAction *m_moveTo;
    QAction *m_delete;
    QAction *m_addMember;
    QAction *m_editTitle;
    QAction *m_makeAdministrator;
    QAction *m_makeMember;
    QAction *m_remove;
    QAction *m_transfer;
};
