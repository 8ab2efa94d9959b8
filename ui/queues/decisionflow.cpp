#include "ui/queues/decisionflow.h"

#include "models/queues/claimkeeper.h"
#include "models/queues/queueitemclient.h"
#include "services/api/apijob.h"
#include "ui/queues/bulkdecisiondialog.h"
#include "ui/queues/decisiondialog.h"

#include <QWidget>

using namespace Qt::StringLiterals;

DecisionFlow::DecisionFlow(QueueKind kind, QueueItemClient &client, ClaimKeeper &claims,
                           QWidget *dialogParent)
    : QObject(dialogParent), m_kind(kind), m_client(client), m_claims(claims),
      m_dialogParent(dialogParent)
{ }

void DecisionFlow::setReasonCodes(const QList<ReasonCode> &codes)
{
    m_codes = codes;
    if (m_dialog)
        m_dialog->setReasonCodes(codes);
    if (m_bulk && !m_bulk->hasRun())
        m_bulk->setReasonCodes(codes);
}

void DecisionFlow::setSending(bool sending)
{
    if (m_sending == sending)
        return;
    m_sending = sending;
    emit sendingChanged(sending);
}

void DecisionFlow::claim(const QueueItemSummary &item)
{
    const qint64 id = item.id;
    m_client.claim(m_kind, id)->then(this, [this, id](const ApiResult &result) {
        if (!result.ok) {
            emit notice(MessageBanner::Kind::Error, result.errorText);
            return;
        }
        m_claims.holding(id);
        emit summaryChanged(QueueItemSummary::fromJson(result.json));
    });
}

void DecisionFlow::release(const QueueItemSummary &item)
{
    const qint64 id = item.id;
    m_claims.dropped(id);
    m_client.release(m_kind, id)->then(this, [this](const ApiResult &result) {
        if (!result.ok) {
            emit notice(MessageBanner::Kind::Error, result.errorText);
            return;
        }
        emit summaryChanged(QueueItemSummary::fromJson(result.json));
    });
}

void DecisionFlow::openNext()
{
    m_client.next(m_kind)->then(this, [this](const ApiResult &result) {
        if (!result.ok) {
            emit notice(MessageBanner::Kind::Error, result.errorText);
            return;
        }
        if (result.httpStatus == 204) {
            emit notice(MessageBanner::Kind::Notice,
                        tr("Nothing left to open: every item under review is decided or held by "
                           "someone."));
            return;
        }
        emit nextOpened(QueueItemDetail::fromJson(result.json));
    });
}

void DecisionFlow::decide(const QueueItemSummary &item, const QString &applicantLanguage,
                          DecisionKind decision, bool thenOpenNext)
{
    if (m_dialog) {
        if (m_dialog->itemId() == item.id && m_dialog->decision() == decision) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        if (m_dialog->isBusy())
            return; // one decision in flight at a time
        m_dialog->close();
    }
    const DecisionDraft draft = m_drafts.draft(item.id, decision, item.version);
    auto *dialog = new DecisionDialog(m_kind, item, draft, m_codes, applicantLanguage, m_client,
                                      m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOpenNextByDefault(thenOpenNext);
    m_dialog = dialog;
    const qint64 id = item.id;
    const int version = item.version;
    m_claims.setDeciding(id, true);
    connect(dialog, &DecisionDialog::draftChanged, this,
            [this, id, decision, version](const QString &code, const QString &text) {
                DecisionDraft d = m_drafts.draft(id, decision, version);
                d.reasonCode = code;
                d.reasonText = text;
                m_drafts.store(d);
            });
    connect(dialog, &DecisionDialog::submitted, this, &DecisionFlow::send);
    connect(dialog, &QObject::destroyed, this, [this, id] {
        if (!m_sending)
            m_claims.setDeciding(id, false);
    });
    dialog->open();
}

void DecisionFlow::send(bool thenOpenNext)
{
    DecisionDialog *dialog = m_dialog;
    if (!dialog || m_sending)
        return;
    const qint64 id = dialog->itemId();
    DecisionDraft draft = m_drafts.draft(id, dialog->decision(), dialog->version());
    draft.reasonCode = dialog->reasonCode();
    draft.reasonText = dialog->reasonText();
    const QByteArray key = draft.keyForSending();
    m_drafts.store(draft); // the key is kept: a retry of this very decision reuses it
    dialog->setBusy(true);
    setSending(true);
    m_claims.setDeciding(id, true);
    m_client.decide(m_kind, id, draft.version, draft.body(), key)
            ->then(this, [this, id, thenOpenNext](const ApiResult &result) {
                setSending(false);
                const DecisionOutcome outcome = DecisionOutcome::from(result);
                if (outcome.kind == DecisionOutcome::Kind::Decided) {
                    m_drafts.remove(id);
                    m_claims.setDeciding(id, false);
                    m_claims.dropped(id);
                    if (m_dialog && m_dialog->itemId() == id) {
                        m_dialog->setBusy(false);
                        m_dialog->accept();
                    }
                    emit itemChanged(outcome.current);
                    if (thenOpenNext)
                        openNext();
                    return;
                }
                if (outcome.hasCurrent) {
                    // Someone was first: the reviewer sees the item as it is now; the
                    // draft follows its version, should it still be under review.
                    DecisionDraft d = m_drafts.draft(
                            id, m_dialog ? m_dialog->decision() : DecisionKind::Reject,
                            outcome.current.summary.version);
                    m_drafts.store(d);
                    emit itemChanged(outcome.current);
                }
                if (!m_dialog || m_dialog->itemId() != id) {
                    m_claims.setDeciding(id, false);
                    emit notice(MessageBanner::Kind::Error, outcome.message);
                    return;
                }
                if (outcome.kind == DecisionOutcome::Kind::Stale && outcome.hasCurrent)
                    m_dialog->showStale(outcome.message, outcome.current.summary);
                else
                    m_dialog->showFailure(outcome.message);
            });
}

void DecisionFlow::decideMany(const QList<QueueItemSummary> &items, DecisionKind decision)
{
    if (m_bulk) {
        m_bulk->raise();
        return;
    }
    auto *dialog = new BulkDecisionDialog(m_kind, decision, items, m_codes, m_staffId, m_client,
                                          m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bulk = dialog;
    connect(dialog, &BulkDecisionDialog::itemChanged, this, [this](const QueueItemDetail &current) {
        if (current.summary.status != QueueStatus::UnderReview) {
            m_drafts.remove(current.summary.id);
            m_claims.dropped(current.summary.id);
        }
        emit itemChanged(current);
    });
    dialog->open();
}
