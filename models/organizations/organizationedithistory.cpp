#include "models/organizations/organizationedithistory.h"

#include "models/organizations/organizationclient.h"

OrganizationEditHistory::OrganizationEditHistory(OrganizationClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

int OrganizationEditHistory::knownVersion(const QString &key, int fallback) const
{
    return qMax(fallback, m_versions.value(key, 0));
}

void OrganizationEditHistory::apply(const OrganizationEdit &edit, const QString &text,
                                    quint64 group)
{
    send(edit, text, group ? group : newGroup(), Direction::Do);
}

void OrganizationEditHistory::undo()
{
    if (!canUndo())
        return;
    const Entry entry = m_undo.constLast();
    send(entry.next, entry.text, entry.group, Direction::Undo);
}

void OrganizationEditHistory::redo()
{
    if (!canRedo())
        return;
    const Entry entry = m_redo.constLast();
    send(entry.next, entry.text, entry.group, Direction::Redo);
}

void OrganizationEditHistory::clear()
{
    m_undo.clear();
    m_redo.clear();
    m_versions.clear();
    emit changed();
}

void OrganizationEditHistory::send(OrganizationEdit edit, const QString &text, quint64 group,
                                   Direction direction)
{
    m_busy = true;
    edit.ifMatch = knownVersion(edit.versionKey(), edit.ifMatch);
    emit changed();
    m_client.apply(edit, this, [this, edit, text, group, direction](const EditOutcome &outcome) {
        m_busy = false;
        if (outcome.ok) {
            const QString key = edit.answerKey(outcome.createdId);
            if (!key.isEmpty() && outcome.version)
                m_versions.insert(key, outcome.version);
            for (auto it = outcome.otherVersions.cbegin(); it != outcome.otherVersions.cend(); ++it)
                m_versions.insert(it.key(), it.value());
            // Undoing a removal or a deletion brings the node back with a new id.
            if (edit.recreatesId && outcome.createdId)
                renumber(edit.kind == OrganizationEdit::Kind::AddMember, edit.recreatesId,
                         outcome.createdId);
            if (direction == Direction::Undo)
                m_undo.removeLast();
            else if (direction == Direction::Redo)
                m_redo.removeLast();
            else
                m_redo.clear();
            if (const auto back = OrganizationEdits::inverseOf(edit, outcome)) {
                Entry entry{*back, text, group};
                if (direction == Direction::Undo)
                    m_redo.append(entry);
                else
                    m_undo.append(entry);
            } else if (direction == Direction::Do) {
                // What cannot be undone ends the history before it: undoing past it
                // would act on a tree that is not the one those edits were made in.
                m_undo.clear();
            }
        }
        // The rest of the group goes the same way before anyone sees a half-undone drop.
        if (outcome.ok && direction == Direction::Undo && !m_undo.isEmpty()
            && m_undo.constLast().group == group) {
            undo();
            return;
        }
        if (outcome.ok && direction == Direction::Redo && !m_redo.isEmpty()
            && m_redo.constLast().group == group) {
            redo();
            return;
        }
        emit changed();
        emit finished(outcome.ok, outcome.errorText, outcome);
    });
}

void OrganizationEditHistory::renumber(bool member, qint64 from, qint64 to)
{
    auto fix = [&](QList<Entry> &entries) {
        for (Entry &entry : entries) {
            const bool isMember = !entry.next.isDepartmentEdit()
                    && entry.next.kind != OrganizationEdit::Kind::TransferOwnership;
            if (isMember == member && entry.next.nodeId == from)
                entry.next.nodeId = to;
            if (!member && entry.next.targetId == from)
                entry.next.targetId = to;
            if (!member && entry.next.previousParentId == from)
                entry.next.previousParentId = to;
            if (!member && entry.next.contentsId == from)
                entry.next.contentsId = to;
        }
    };
    fix(m_undo);
    fix(m_redo);
}
