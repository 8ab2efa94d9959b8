#include "models/queues/queuedecision.h"

#include "models/queues/queueterms.h"
#include "services/api/apiresult.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

QJsonObject DecisionDraft::body() const
{
    if (decision == DecisionKind::Approve)
        return {{u"decision"_s, u"approve"_s}};
    QJsonObject o{{u"decision"_s, u"reject"_s}, {u"reason_code"_s, reasonCode}};
    const QString text = reasonText.trimmed();
    if (!text.isEmpty())
        o.insert(u"reason_text"_s, text);
    return o;
}

QByteArray DecisionDraft::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(QByteArray::number(itemId) + '/' + QByteArray::number(version) + '/'));
    hash.addData(decision == DecisionKind::Approve ? "approve/" : "reject/");
    hash.addData(QByteArray(reasonCode.toUtf8() + '/'));
    hash.addData(reasonText.trimmed().toUtf8());
    return hash.result();
}

QByteArray DecisionDraft::keyForSending()
{
    const QByteArray now = fingerprint();
    if (m_key.isEmpty() || now != m_sentFingerprint) {
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_sentFingerprint = now;
    }
    return m_key;
}

bool DecisionDraft::isComplete(bool reasonRequiresText) const
{
    if (decision == DecisionKind::Approve)
        return true;
    if (reasonCode.isEmpty())
        return false;
    return !reasonRequiresText || !reasonText.trimmed().isEmpty();
}

DecisionDraft DecisionDrafts::draft(qint64 itemId, DecisionKind decision, int version) const
{
    DecisionDraft d = m_drafts.value(itemId);
    d.itemId = itemId;
    d.decision = decision;
    d.version = version;
    return d;
}

QString DecisionOutcome::decidedBy(const QueueItemDetail &current)
{
    const QString who =
            current.decidedByName.isEmpty() ? tr("Another reviewer") : current.decidedByName;
    const QString when = current.decidedAt
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(current.decidedAt).toLocalTime(),
                                 QLocale::ShortFormat)
            : QString();
    switch (current.summary.status) {
    case QueueStatus::Approved:
        return when.isEmpty() ? tr("%1 already approved it.").arg(who)
                              : tr("%1 already approved it (%2).").arg(who, when);
    case QueueStatus::Rejected:
        return when.isEmpty() ? tr("%1 already rejected it.").arg(who)
                              : tr("%1 already rejected it (%2).").arg(who, when);
    case QueueStatus::Withdrawn:
        return tr("The applicant withdrew it.");
    case QueueStatus::UnderReview:
        break;
    }
    return tr("It changed since you opened it and is still under review.");
}

DecisionOutcome DecisionOutcome::from(const ApiResult &result)
{
    DecisionOutcome outcome;
    if (result.ok) {
        outcome.kind = Kind::Decided;
        outcome.hasCurrent = true;
        outcome.current = QueueItemDetail::fromJson(result.json);
        return outcome;
    }
    const QString &code = result.problem.code;
    if (result.httpStatus == 412) {
        outcome.kind = Kind::Stale;
        const QJsonObject current = result.problem.extensions.value(u"current"_s).toObject();
        outcome.hasCurrent = !current.isEmpty();
        if (outcome.hasCurrent)
            outcome.current = QueueItemDetail::fromJson(current);
        outcome.message = tr("Not decided: someone got there first. %1 The item has been "
                             "refreshed; your reason text is kept.")
                                  .arg(outcome.hasCurrent ? decidedBy(outcome.current) : QString());
        return outcome;
    }
    if (result.httpStatus == 409 && code == u"claimed_by_other") {
        outcome.kind = Kind::ClaimedByOther;
    } else if (result.httpStatus == 409 && code == u"not_under_review") {
        outcome.kind = Kind::NotUnderReview;
    } else if (result.isUnreachable()) {
        outcome.kind = Kind::Offline;
        outcome.message = tr("Not decided yet: %1 Your reason text is kept; sending again is "
                             "safe and never decides twice.")
                                  .arg(result.errorText);
        return outcome;
    } else if (result.httpStatus == 400 || result.httpStatus == 422) {
        outcome.kind = Kind::Invalid;
    }
    outcome.message = result.errorText;
    return outcome;
}
