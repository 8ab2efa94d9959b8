#pragma once

#include "models/queues/queuedecision.h"
#include "ui/common/messagebanner.h"

#include <QObject>
#include <QPointer>

class BulkDecisionDialog;
class ClaimKeeper;
class DecisionDialog;
class QueueItemClient;
class QWidget;

// The reviewer's actions on items, from a click to the server's answer:
// claim, release, open the next item, decide one item (through
// DecisionDialog) or a selection (through BulkDecisionDialog). It keeps the
// drafts (typed reasons and their Idempotency-Keys) by item, so a failed or
// cancelled decision loses nothing, and says what changed so the pane can
// update its list and detail.
class DecisionFlow : public QObject
{
    Q_OBJECT

public:
    DecisionFlow(QueueKind kind, QueueItemClient &client, ClaimKeeper &claims,
                 QWidget *dialogParent);

    void setReasonCodes(const QList<ReasonCode> &codes);
    void setStaffId(qint64 staffId) { m_staffId = staffId; }

    void claim(const QueueItemSummary &item);
    void release(const QueueItemSummary &item);
    void openNext();
    // Opens the decision dialog for one item (reusing its draft).
    void decide(const QueueItemSummary &item, const QString &applicantLanguage,
                DecisionKind decision, bool thenOpenNext);
    void decideMany(const QList<QueueItemSummary> &items, DecisionKind decision);

    bool isSending() const { return m_sending; }
    DecisionDialog *dialog() const { return m_dialog; }
    BulkDecisionDialog *bulkDialog() const { return m_bulk; }
    const DecisionDrafts &drafts() const { return m_drafts; }

signals:
    // The server's word on an item after a decision (decided, or someone was first).
    void itemChanged(const QueueItemDetail &current);
    // A claim or release changed the list row.
    void summaryChanged(const QueueItemSummary &summary);
    // POST …/next answered with this item, now claimed by me.
    void nextOpened(const QueueItemDetail &detail);
    void notice(MessageBanner::Kind kind, const QString &text);
    void sendingChanged(bool sending);

private:
    void send(bool thenOpenNext);
    void setSending(bool sending);

    QueueKind m_kind;
    QueueItemClient &m_client;
    ClaimKeeper &m_claims;
    QWidget *m_dialogParent;
    QList<ReasonCode> m_codes;
    qint64 m_staffId = 0;
    DecisionDrafts m_drafts;
    QPointer<DecisionDialog> m_dialog;
    QPointer<BulkDecisionDialog> m_bulk;
    bool m_sending = false;
};
