#include "ui/organizations/organizationeditor.h"

#include "models/organizations/organizationclient.h"
#include "models/organizations/organizationedithistory.h"
#include "ui/organizations/movetodialog.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Kind = OrganizationEdit::Kind;
using Type = OrganizationTreeModel::Type;

namespace {

QAction *paneAction(QWidget *owner, const QString &objectName, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(owner);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

OrganizationEditor::OrganizationEditor(OrganizationClient &client, OrganizationTreeModel &model,
                                       QTreeView &tree, QWidget *dialogParent)
    : QObject(dialogParent), m_client(client), m_model(model), m_tree(tree),
      m_dialogParent(dialogParent), m_history(new OrganizationEditHistory(client, this)),
      m_undo(paneAction(dialogParent, u"undoOrganizationEdit"_s, QKeySequence::Undo)),
      m_redo(paneAction(dialogParent, u"redoOrganizationEdit"_s, QKeySequence::Redo)),
      m_newDepartment(paneAction(dialogParent, u"newDepartmentAction"_s,
                                 QKeySequence(Qt::CTRL | Qt::Key_N))),
      m_rename(paneAction(dialogParent, u"renameDepartmentAction"_s, QKeySequence(Qt::Key_F2))),
      m_moveTo(paneAction(dialogParent, u"moveToAction"_s,
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M))),
      m_delete(paneAction(dialogParent, u"deleteDepartmentAction"_s, QKeySequence::Delete)),
      m_addMember(paneAction(dialogParent, u"addMemberAction"_s)),
      m_editTitle(paneAction(dialogParent, u"editTitleAction"_s)),
      m_makeAdministrator(paneAction(dialogParent, u"makeAdministratorAction"_s)),
      m_makeMember(paneAction(dialogParent, u"makeMemberAction"_s)),
      m_remove(paneAction(dialogParent, u"removeMemberAction"_s)),
      m_transfer(paneAction(dialogParent, u"transferOwnershipAction"_s))
{
    connect(m_undo, &QAction::triggered, m_history, &OrganizationEditHistory::undo);
    connect(m_redo, &QAction::triggered, m_history, &OrganizationEditHistory::redo);
    connect(m_newDepartment, &QAction::triggered, this, &OrganizationEditor::newDepartment);
    connect(m_rename, &QAction::triggered, this, &OrganizationEditor::rename);
    connect(m_moveTo, &QAction::triggered, this, &OrganizationEditor::chooseMoveTarget);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!selection().members.isEmpty())
            removeMember();
        else
            deleteDepartment();
    });
    connect(m_addMember, &QAction::triggered, this, &OrganizationEditor::addMember);
    connect(m_editTitle, &QAction::triggered, this, &OrganizationEditor::editTitle);
    connect(m_makeAdministrator, &QAction::triggered, this,
            [this] { setRole(MemberRole::Administrator); });
    connect(m_makeMember, &QAction::triggered, this, [this] { setRole(MemberRole::Member); });
    connect(m_remove, &QAction::triggered, this, &OrganizationEditor::removeMember);
    connect(m_transfer, &QAction::triggered, this, &OrganizationEditor::transferOwnership);
    connect(m_history, &OrganizationEditHistory::changed, this, &OrganizationEditor::updateActions);
    connect(m_history, &OrganizationEditHistory::finished, this,
            [this](bool ok, const QString &errorText, const EditOutcome &outcome) {
                if (outcome.ok && outcome.record.contains(u"tree_version"_s)
                    && outcome.record.contains(u"owner"_s)) // a transfer
                    updateOrganization(OrganizationSummary::fromJson(outcome.record));
                if (ok) {
                    emit edited();
                } else {
                    m_queue.clear();
                    emit failed(errorText, outcome);
                }
                m_sending = false;
                sendNext();
            });
    retranslate();
}

QList<QAction *> OrganizationEditor::actions() const
{
    return {m_undo,      m_redo,      m_newDepartment,     m_rename,     m_moveTo, m_delete,
            m_addMember, m_editTitle, m_makeAdministrator, m_makeMember, m_remove, m_transfer};
}

void OrganizationEditor::setOrganization(const OrganizationSummary &organization)
{
    m_organization = organization;
    m_queue.clear();
    m_history->clear();
    updateActions();
}

void OrganizationEditor::updateOrganization(const OrganizationSummary &organization)
{
    if (organization.id == m_organization.id)
        m_organization = organization;
}

void OrganizationEditor::setAllowed(bool allowed)
{
    m_allowed = allowed;
    m_model.setEditable(allowed && m_online);
    updateActions();
}

void OrganizationEditor::setOnline(bool online)
{
    m_online = online;
    m_model.setEditable(m_allowed && online);
    updateActions();
}

OrganizationEditor::Selected OrganizationEditor::selection() const
{
    Selected selected;
    if (!m_tree.selectionModel())
        return selected;
    const QModelIndexList rows = m_tree.selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows) {
        const QModelIndex source = index;
        if (m_model.typeAt(source) == Type::Department)
            selected.departments.append(source);
        else if (m_model.typeAt(source) == Type::Member)
            selected.members.append(source);
    }
    return selected;
}

QModelIndex OrganizationEditor::single() const
{
    const Selected s = selection();
    if (s.count() != 1)
        return {};
    return s.departments.isEmpty() ? s.members.constFirst() : s.departments.constFirst();
}

void OrganizationEditor::updateActions()
{
    const Selected s = selection();
    const bool can = m_allowed && m_online && m_organization.id;
    const bool idle = !m_sending && !m_history->isBusy();
    QString why;
    if (!m_allowed)
        why = tr("Your roles here do not include editing organizations.");
    else if (!m_online)
        why = tr("Edits need the server, which cannot be reached now.");
    const QModelIndex one = single();
    const bool oneDepartment = one.isValid() && m_model.typeAt(one) == Type::Department;
    const bool oneMember = one.isValid() && m_model.typeAt(one) == Type::Member;
    const MemberRole role = oneMember
            ? MemberRole(one.data(OrganizationTreeModel::MemberRoleRole).toInt())
            : MemberRole::Member;
    auto set = [&](QAction *action, bool enabled, const QString &tip) {
        action->setEnabled(can && idle && enabled);
        action->setToolTip(why.isEmpty() ? tip : why);
    };
    set(m_newDepartment, s.members.isEmpty() && s.departments.size() <= 1,
        tr("Create a department in the selected one, or at the top level."));
    set(m_rename, oneDepartment, tr("Rename the selected department."));
    set(m_moveTo, s.count() > 0,
        tr("Move the selected departments and members to another "
           "department."));
    set(m_delete, oneDepartment || (s.count() == 1 && oneMember && role != MemberRole::Owner),
        tr("Delete the selected department, or remove the selected member."));
    set(m_addMember, s.members.isEmpty() && s.departments.size() <= 1,
        tr("Add an account of this platform organization as a member."));
    set(m_editTitle, oneMember, tr("Change the selected member's title."));
    set(m_makeAdministrator, oneMember && role == MemberRole::Member,
        tr("Make the selected member an administrator of the organization."));
    set(m_makeMember, oneMember && role == MemberRole::Administrator,
        tr("Make the selected administrator an ordinary member."));
    set(m_remove, oneMember && role != MemberRole::Owner,
        tr("Remove the selected member from the organization."));
    set(m_transfer, oneMember && role != MemberRole::Owner,
        tr("Make the selected member the organization's owner."));
    m_undo->setEnabled(can && idle && m_history->canUndo());
    m_redo->setEnabled(can && idle && m_history->canRedo());
    m_undo->setText(m_history->canUndo() ? tr("&Undo %1").arg(m_history->undoText()) : tr("&Undo"));
    m_redo->setText(m_history->canRedo() ? tr("&Redo %1").arg(m_history->redoText()) : tr("&Redo"));
    m_undo->setToolTip(why.isEmpty() ? tr("Undo the last change made in this pane.") : why);
    m_redo->setToolTip(why.isEmpty() ? tr("Make the undone change again.") : why);
}

void OrganizationEditor::retranslate()
{
    m_newDepartment->setText(tr("&New Department…"));
    m_rename->setText(tr("Re&name…"));
    m_moveTo->setText(tr("&Move To…"));
    m_delete->setText(tr("&Delete…"));
    m_addMember->setText(tr("&Add Member…"));
    m_editTitle->setText(tr("Change &Title…"));
    m_makeAdministrator->setText(tr("Make Ad&ministrator"));
    m_makeMember->setText(tr("Make Ordinary Me&mber"));
    m_remove->setText(tr("&Remove from Organization…"));
    m_transfer->setText(tr("Trans&fer Ownership…"));
    updateActions();
}

void OrganizationEditor::popupMenu(const QPoint &globalPos)
{
    auto *menu = new QMenu(m_dialogParent);
    menu->setObjectName(u"organizationContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const Selected s = selection();
    if (s.members.isEmpty()) {
        menu->addAction(m_newDepartment);
        menu->addAction(m_addMember);
        menu->addAction(m_rename);
    } else {
        menu->addAction(m_editTitle);
        menu->addAction(m_makeAdministrator);
        menu->addAction(m_makeMember);
        menu->addAction(m_transfer);
    }
    menu->addAction(m_moveTo);
    menu->addSeparator();
    menu->addAction(s.members.isEmpty() ? m_delete : m_remove);
    menu->addSeparator();
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->popup(globalPos);
}

qint64 OrganizationEditor::parentIdOf(const QModelIndex &index) const
{
    return m_model.nodeAt(index.parent()).id;
}

int OrganizationEditor::versionOf(const QString &type, const QModelIndex &index) const
{
    return m_history->knownVersion(
            OrganizationEdits::versionKey(
                    type, index.data(OrganizationTreeModel::NodeIdRole).toLongLong()),
            index.data(OrganizationTreeModel::VersionRole).toInt());
}

int OrganizationEditor::containerVersion(qint64 departmentId) const
{
    if (!departmentId)
        return m_history->knownVersion(
                OrganizationEdits::versionKey(u"organization"_s, m_organization.id),
                m_organization.version);
    const QModelIndex index = m_model.departmentIndex(departmentId);
    return versionOf(u"department"_s, index);
}

OrganizationEdit OrganizationEditor::memberEdit(Kind kind, const QModelIndex &index) const
{
    OrganizationEdit edit;
    edit.kind = kind;
    edit.organizationId = m_organization.id;
    edit.nodeId = index.data(OrganizationTreeModel::NodeIdRole).toLongLong();
    edit.accountId = index.data(OrganizationTreeModel::AccountIdRole).toLongLong();
    edit.ifMatch = versionOf(u"member"_s, index);
    edit.previousParentId = parentIdOf(index);
    edit.previousRole = MemberRole(index.data(OrganizationTreeModel::MemberRoleRole).toInt());
    edit.previousTitle = index.data(OrganizationTreeModel::TitleRole).toString();
    edit.role = edit.previousRole;
    edit.title = edit.previousTitle;
    edit.parentVersion = containerVersion(edit.previousParentId);
    return edit;
}

OrganizationEdit OrganizationEditor::departmentEdit(Kind kind, const QModelIndex &index) const
{
    OrganizationEdit edit;
    edit.kind = kind;
    edit.organizationId = m_organization.id;
    edit.nodeId = index.data(OrganizationTreeModel::NodeIdRole).toLongLong();
    edit.ifMatch = versionOf(u"department"_s, index);
    edit.previousParentId = parentIdOf(index);
    edit.previousName = index.data(OrganizationTreeModel::NameRole).toString();
    edit.previousSortKey = index.data(OrganizationTreeModel::SortKeyRole).toInt();
    edit.parentVersion = containerVersion(edit.previousParentId);
    return edit;
}

void OrganizationEditor::queue(const OrganizationEdit &edit, const QString &text, quint64 group)
{
    m_queue.append({edit, text, group});
    sendNext();
}

void OrganizationEditor::sendNext()
{
    if (m_sending || m_history->isBusy() || m_queue.isEmpty()) {
        updateActions();
        return;
    }
    m_sending = true;
    const Queued next = m_queue.takeFirst();
    m_history->apply(next.edit, next.text, next.group);
}

void OrganizationEditor::move(const QList<QModelIndex> &indexes, qint64 departmentId)
{
    QList<QPersistentModelIndex> nodes;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && parentIdOf(index) != departmentId)
            nodes.append(index);
    }
    // One drop, one undo.
    const quint64 group = m_history->newGroup();
    for (const QPersistentModelIndex &index : std::as_const(nodes)) {
        const bool department = m_model.typeAt(index) == Type::Department;
        OrganizationEdit edit = department ? departmentEdit(Kind::MoveDepartment, index)
                                           : memberEdit(Kind::MoveMember, index);
        edit.targetId = departmentId;
        queue(edit,
              nodes.size() == 1 ? tr("Move %1").arg(m_model.nameAt(index))
                                : tr("Move %n Item(s)", nullptr, int(nodes.size())),
              group);
    }
}

void OrganizationEditor::moveSelectedTo(qint64 departmentId)
{
    const Selected s = selection();
    move(s.departments + s.members, departmentId);
}

void OrganizationEditor::confirmMove(const QList<OrganizationTreeModel::NodeRef> &nodes,
                                     qint64 departmentId)
{
    if (!m_allowed || !m_online)
        return;
    QList<QModelIndex> indexes;
    QStringList lines;
    for (const OrganizationTreeModel::NodeRef &node : nodes) {
        const QModelIndex index = m_model.indexOf(node);
        if (!index.isValid())
            continue;
        indexes.append(index);
        if (node.type == Type::Department)
            lines.append(tr("• %1 (department, %n member(s))", nullptr,
                            index.data(OrganizationTreeModel::TotalMembersRole).toInt())
                                 .arg(m_model.nameAt(index)));
        else
            lines.append(tr("• %1 (member)").arg(m_model.nameAt(index)));
    }
    if (indexes.isEmpty())
        return;
    const QString target = departmentId ? m_model.nameAt(m_model.departmentIndex(departmentId))
                                        : tr("the top level of %1").arg(m_organization.name);
    auto *box =
            new QMessageBox(QMessageBox::Question, tr("Move"), tr("Move these to %1?").arg(target),
                            QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(u"moveConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.mid(0, 20).join(u'\n')
                            + (lines.size() > 20
                                       ? tr("\n… and %n more.", nullptr, int(lines.size() - 20))
                                       : QString()));
    QPushButton *ok = box->addButton(tr("Move"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(ok);
    QList<QPersistentModelIndex> kept(indexes.cbegin(), indexes.cend());
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, kept, departmentId](auto *b) {
        if (b != ok)
            return;
        move(QList<QModelIndex>(kept.cbegin(), kept.cend()), departmentId);
    });
    box->open();
}

void OrganizationEditor::chooseMoveTarget()
{
    if (selection().count() == 0)
        return;
    auto *dialog = new MoveToDialog(m_client, m_organization.id, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPrompt(tr("Where should the %n selected item(s) go?", nullptr, selection().count()));
    connect(dialog, &MoveToDialog::chosen, this, &OrganizationEditor::moveSelectedTo);
    dialog->open();
}

void OrganizationEditor::newDepartment()
{
    const QModelIndex parent = single();
    const qint64 parentId = parent.isValid() ? m_model.nodeAt(parent).id : 0;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(u"newDepartmentDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Department"));
    dialog->setLabelText(
            parent.isValid() ? tr("Name of the new department in %1:").arg(m_model.nameAt(parent))
                             : tr("Name of the new top-level department:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, parentId](const QString &t) {
        OrganizationEdit edit;
        edit.kind = Kind::CreateDepartment;
        edit.organizationId = m_organization.id;
        edit.name = t.trimmed();
        edit.targetId = parentId;
        edit.ifMatch = containerVersion(parentId);
        if (!edit.name.isEmpty())
            queue(edit, tr("New Department %1").arg(edit.name));
    });
    dialog->open();
}

void OrganizationEditor::rename()
{
    const QModelIndex index = single();
    if (m_model.typeAt(index) != Type::Department)
        return;
    const OrganizationEdit base = departmentEdit(Kind::RenameDepartment, index);
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(u"renameDepartmentDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Department"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(base.previousName);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, base](const QString &t) {
        OrganizationEdit edit = base;
        edit.name = t.trimmed();
        if (!edit.name.isEmpty() && edit.name != base.previousName)
            queue(edit, tr("Rename %1").arg(base.previousName));
    });
    dialog->open();
}

void OrganizationEditor::deleteDepartment()
{
    const QModelIndex index = single();
    if (m_model.typeAt(index) != Type::Department)
        return;
    const OrganizationEdit base = departmentEdit(Kind::DeleteDepartment, index);
    const int total = index.data(OrganizationTreeModel::TotalMembersRole).toInt();
    const int departments = index.data(OrganizationTreeModel::ChildDepartmentsRole).toInt();
    if (total == 0 && departments == 0) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Department"),
                                    tr("Delete the empty department %1?").arg(base.previousName),
                                    QMessageBox::Cancel, m_dialogParent);
        box->setObjectName(u"deleteConfirmation"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *ok = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
        connect(box, &QMessageBox::buttonClicked, this, [this, ok, base](auto *b) {
            if (b == ok)
                queue(base, tr("Delete %1").arg(base.previousName));
        });
        box->open();
        return;
    }
    auto *dialog = new MoveToDialog(m_client, m_organization.id, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Delete Department"));
    dialog->setPrompt(tr("%1 holds %2 members and %n sub-department(s). Choose where they go; "
                         "then it is deleted. Undo brings it back with them.",
                         nullptr, departments)
                              .arg(base.previousName, QLocale().toString(total)));
    connect(dialog, &MoveToDialog::chosen, this, [this, base](qint64 target) {
        OrganizationEdit edit = base;
        edit.moveContents = true;
        edit.targetId = target;
        queue(edit, tr("Delete %1").arg(base.previousName));
    });
    dialog->open();
}

void OrganizationEditor::addMember()
{
    const QModelIndex parent = single();
    const qint64 departmentId = parent.isValid() ? m_model.nodeAt(parent).id : 0;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(u"addMemberDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Member"));
    dialog->setLabelText(tr("Account ID of the new member:"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, std::numeric_limits<int>::max());
    connect(dialog, &QInputDialog::intValueSelected, this, [this, departmentId](int accountId) {
        OrganizationEdit edit;
        edit.kind = Kind::AddMember;
        edit.organizationId = m_organization.id;
        edit.accountId = accountId;
        edit.targetId = departmentId;
        edit.ifMatch = containerVersion(departmentId);
        queue(edit, tr("Add Account %1").arg(accountId));
    });
    dialog->open();
}

void OrganizationEditor::editTitle()
{
    const QModelIndex index = single();
    if (m_model.typeAt(index) != Type::Member)
        return;
    const OrganizationEdit base = memberEdit(Kind::SetMemberTitle, index);
    const QString name = m_model.nameAt(index);
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(u"editTitleDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change Title"));
    dialog->setLabelText(tr("Title of %1 (empty for none):").arg(name));
    dialog->setTextValue(base.previousTitle);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, base, name](const QString &t) {
        OrganizationEdit edit = base;
        edit.title = t.trimmed();
        if (edit.title != base.previousTitle)
            queue(edit, tr("Change the Title of %1").arg(name));
    });
    dialog->open();
}

void OrganizationEditor::setRole(MemberRole role)
{
    const QModelIndex index = single();
    if (m_model.typeAt(index) != Type::Member)
        return;
    OrganizationEdit edit = memberEdit(Kind::SetMemberRole, index);
    edit.role = role;
    queue(edit, tr("Change the Role of %1").arg(m_model.nameAt(index)));
}

void OrganizationEditor::removeMember()
{
    const QModelIndex index = single();
    if (m_model.typeAt(index) != Type::Member)
        return;
    const OrganizationEdit edit = memberEdit(Kind::RemoveMember, index);
    const QString name = m_model.nameAt(index);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Member"),
                                tr("Remove %1 from %2?").arg(name, m_organization.name),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(u"removeConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, edit, name](auto *b) {
        if (b == ok)
            queue(edit, tr("Remove %1").arg(name));
    });
    box->open();
}

void OrganizationEditor::transferOwnership()
{
    const QModelIndex index = single();
    if (m_model.typeAt(index) != Type::Member)
        return;
    OrganizationEdit edit;
    edit.kind = Kind::TransferOwnership;
    edit.organizationId = m_organization.id;
    edit.nodeId = m_model.nodeAt(index).id;
    edit.ifMatch = containerVersion(0);
    edit.role = MemberRole::Administrator; // what the owner becomes
    edit.previousRole = MemberRole(index.data(OrganizationTreeModel::MemberRoleRole).toInt());
    edit.previousOwnerMemberId = m_organization.ownerMemberId; // to transfer back on undo
    const QString name = m_model.nameAt(index);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Transfer Ownership"),
                                tr("Make %1 the owner of %2? %3 becomes an administrator.")
                                        .arg(name, m_organization.name, m_organization.ownerName),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(u"transferConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(tr("Transfer"), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, edit, name](auto *b) {
        if (b == ok)
            queue(edit, tr("Transfer Ownership to %1").arg(name));
    });
    box->open();
}
