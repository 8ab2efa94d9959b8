#pragma once

#include "domain/queuerecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

struct ApiResult;

enum class DecisionKind : quint8 { Approve, Reject };

// One reviewer's decision on one item as it is being written: what was chosen,
// the reason typed so far, and the Idempotency-Key of the last time it was sent.
// A retry of the same decision (same item version, decision, reason) sends the
// same key, so a lost answer never decides twice; anything else gets a fresh key.
struct DecisionDraft
{
    qint64 itemId = 0;
    int version = 0;
    DecisionKind decision = DecisionKind::Reject;
    QString reasonCode;
    QString reasonText;

    QJsonObject body() const;
    // The key to send now: the last one when this is the same request again.
    QByteArray keyForSending();
    QByteArray lastKey() const { return m_key; }
    // What the server needs before it accepts the decision; empty when complete.
    bool isComplete(bool reasonRequiresText) const;

private:
    QByteArray fingerprint() const;
    QByteArray m_key;
    QByteArray m_sentFingerprint;
};

// Drafts by item id: the typed reason survives a failure, a closed dialog and
// reopening it for the same item, until the item is decided.
class DecisionDrafts
{
public:
    DecisionDraft draft(qint64 itemId, DecisionKind decision, int version) const;
    void store(const DecisionDraft &draft) { m_drafts.insert(draft.itemId, draft); }
    void remove(qint64 itemId) { m_drafts.remove(itemId); }
    bool contains(qint64 itemId) const { return m_drafts.contains(itemId); }

private:
    QHash<qint64, DecisionDraft> m_drafts;
};

// What a decision's answer means for the reviewer, in one translated sentence.
struct DecisionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(DecisionOutcome)

public:
    enum class Kind {
        Decided,        // 200 (also a replay of an earlier answer)
        Stale,          // 412: someone decided or changed it first; current holds it now
        ClaimedByOther, // 409 claimed_by_other
        NotUnderReview, // 409 not_under_review
        Offline,        // no answer: the same decision may be sent again with the same key
        Invalid,        // 400/422: the request itself
        Failed,
    };

    Kind kind = Kind::Failed;
    bool hasCurrent = false;
    QueueItemDetail current; // the item as the server holds it now (Decided, Stale)
    QString message;         // translated; empty for Decided

    bool isRetryable() const { return kind == Kind::Offline || kind == Kind::Failed; }
    static DecisionOutcome from(const ApiResult &result);
    // "李娜 rejected it 5 minutes ago: …" — who decided what, for a stale decision.
    static QString decidedBy(const QueueItemDetail &current);
};
