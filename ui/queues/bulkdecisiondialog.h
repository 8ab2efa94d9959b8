#pragma once

#include "models/queues/queuedecision.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QueueItemClient;

// Approve or reject a selection at once. First a preview: every item, whether
// it will be decided (items someone else holds, or already decided, are left
// out and say why). Then the run, one decision at a time, each with its own
// If-Match and Idempotency-Key, and a result per item — decided, or why not
// (someone decided first: who and what). Failed sends can be retried with
// the same keys, so nothing is decided twice.
class BulkDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkDecisionDialog(QueueKind kind, DecisionKind decision, const QList<QueueItemSummary> &items,
                       const QList<ReasonCode> &codes, qint64 staffId, QueueItemClient &client,
                       QWidget *parent = nullptr);

    enum class ItemState { Skipped, Waiting, Sending, Decided, NotDecided };

    // The reason codes arrived (or changed) while the dialog is open.
    void setReasonCodes(const QList<ReasonCode> &codes);
    int itemCount() const;
    ItemState state(int row) const;
    QString resultText(int row) const;
    qint64 itemId(int row) const;
    int decidedCount() const;
    int notDecidedCount() const;
    bool isRunning() const { return m_running; }
    bool hasRun() const { return m_ran; }

    QTreeWidget *table() const { return m_table; }
    QComboBox *reasonCombo() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    // The server's answer for one item: decided, or who got there first (current holds it).
    void itemChanged(const QueueItemDetail &current);
    void finished();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    struct Entry
    {
        QueueItemSummary item;
        DecisionDraft draft;
        ItemState state = ItemState::Waiting;
        QString result;
        bool retryable = false;
    };

    void retranslate();
    void fillRow(int row);
    void run(bool onlyRetryable);
    void sendNext();
    void updateState();
    QString skipReason(const QueueItemSummary &item) const;

    QueueKind m_kind;
    DecisionKind m_decision;
    QList<ReasonCode> m_codes;
    qint64 m_staffId;
    QueueItemClient &m_client;
    QList<Entry> m_entries;
    QList<int> m_pending;
    bool m_running = false;
    bool m_ran = false;

    QLabel *m_heading;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_run;
    QPushButton *m_retry;
    QPushButton *m_close;
};
