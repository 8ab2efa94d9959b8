#pragma once

#include "domain/queuerecords.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// An applicant's submissions, oldest first, each with its decision; and for
// the chosen one, a field-by-field comparison with the one before it, the
// changed fields marked (what the applicant fixed after a rejection).
class QueueHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit QueueHistoryView(QWidget *parent = nullptr);

    void setHistory(QueueKind kind, qint64 currentId, const QList<QueueHistoryEntry> &history);
    void setReasonCodes(const QList<ReasonCode> &codes);
    void clear();

    QTreeWidget *submissions() const { return m_submissions; }
    QTreeWidget *changes() const { return m_changes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void showChanges();
    QString reasonText(const QueueHistoryEntry &entry) const;

    QueueKind m_kind = QueueKind::WorkspaceApplications;
    qint64 m_currentId = 0;
    QList<QueueHistoryEntry> m_history;
    QList<ReasonCode> m_codes;
    QLabel *m_intro;
    QTreeWidget *m_submissions;
    QLabel *m_changesHeading;
    QTreeWidget *m_changes;
};
