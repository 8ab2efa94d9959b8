#pragma once

#include "models/organizations/organizationedit.h"

#include <QHash>
#include <QList>
#include <QObject>

class OrganizationClient;

// The edits made in this pane, to undo (and redo) while it is open. Edits go
// to the server one at a time; each answer's version is remembered, so undoing
// an earlier edit after a later one names the version this console left, and a
// change someone else made in between is refused (412) rather than overwritten.
class OrganizationEditHistory : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationEditHistory(OrganizationClient &client, QObject *parent = nullptr);

    // Sends edit; when it succeeds it can be undone (as text says: "Move 张伟").
    // Edits of one group (a drop of several nodes) are undone and redone together.
    void apply(const OrganizationEdit &edit, const QString &text, quint64 group = 0);
    quint64 newGroup() { return ++m_lastGroup; }
    void undo();
    void redo();
    void clear();

    bool canUndo() const { return !m_busy && !m_undo.isEmpty(); }
    bool canRedo() const { return !m_busy && !m_redo.isEmpty(); }
    QString undoText() const { return m_undo.isEmpty() ? QString() : m_undo.constLast().text; }
    QString redoText() const { return m_redo.isEmpty() ? QString() : m_redo.constLast().text; }
    bool isBusy() const { return m_busy; }
    // The newest version this console knows of a record ("member:12"), or fallback.
    int knownVersion(const QString &key, int fallback) const;

signals:
    void changed();
    // An edit, undo or redo reached the server (ok) or was refused (errorText).
    void finished(bool ok, const QString &errorText, const EditOutcome &outcome);

private:
    struct Entry
    {
        OrganizationEdit next; // what to send to go the other way
        QString text;
        quint64 group = 0;
    };
    enum class Direction { Do, Undo, Redo };
    void send(OrganizationEdit edit, const QString &text, quint64 group, Direction direction);
    void renumber(bool member, qint64 from, qint64 to);

    OrganizationClient &m_client;
    QList<Entry> m_undo;
    QList<Entry> m_redo;
    QHash<QString, int> m_versions;
    bool m_busy = false;
    quint64 m_lastGroup = 0;
};
