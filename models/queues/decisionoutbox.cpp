#include "models/queues/decisionoutbox.h"

#include "domain/clock.h"
#include "domain/jsontime.h"
#include "models/queues/queuedecision.h"
#include "models/queues/queueitemclient.h"
#include "services/api/apijob.h"
#include "services/api/apiresult.h"
#include "services/cache/cachestore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "gatehouse.models.outbox")

namespace {

const QString kCacheKind = u"decision_outbox"_s;
constexpr qint64 kOfflinePauseMs = 30'000;  // without a word from ConnectionMonitor
constexpr qint64 kMaxPauseMs = 15 * 60'000; // between attempts after 5xx / 429
constexpr qint64 kFirstPauseMs = 2'000;     // doubled at every attempt

QString stateName(QueuedDecision::State state)
{
    switch (state) {
    case QueuedDecision::State::Waiting:
        return u"waiting"_s;
    case QueuedDecision::State::Conflict:
        return u"conflict"_s;
    case QueuedDecision::State::Refused:
        return u"refused"_s;
    }
    return u"waiting"_s;
}

QueuedDecision::State stateFrom(const QString &name)
{
    if (name == u"conflict")
        return QueuedDecision::State::Conflict;
    if (name == u"refused")
        return QueuedDecision::State::Refused;
    return QueuedDecision::State::Waiting;
}

} // namespace

QJsonObject QueuedDecision::toJson() const
{
    return {{u"key"_s, QString::fromLatin1(key)},
            {u"queue"_s, Queues::pathName(kind)},
            {u"item_id"_s, itemId},
            {u"version"_s, version},
            {u"body"_s, body},
            {u"company_name"_s, companyName},
            {u"queued_at"_s, JsonTime::format(queuedAt)},
            {u"state"_s, stateName(state)},
            {u"attempts"_s, attempts},
            {u"next_attempt_at"_s,
             nextAttemptAt.isValid() ? JsonTime::format(nextAttemptAt) : QString()},
            {u"message"_s, message}};
}

QueuedDecision QueuedDecision::fromJson(const QJsonObject &o)
{
    QueuedDecision d;
    d.key = o.value(u"key"_s).toString().toLatin1();
    Queues::fromPathName(o.value(u"queue"_s).toString(), &d.kind);
    d.itemId = o.value(u"item_id"_s).toInteger();
    d.version = int(o.value(u"version"_s).toInteger());
    d.body = o.value(u"body"_s).toObject();
    d.companyName = o.value(u"company_name"_s).toString();
    d.queuedAt = JsonTime::parse(o.value(u"queued_at"_s).toString());
    d.state = stateFrom(o.value(u"state"_s).toString());
    d.attempts = int(o.value(u"attempts"_s).toInteger());
    d.nextAttemptAt = JsonTime::parse(o.value(u"next_attempt_at"_s).toString());
    d.message = o.value(u"message"_s).toString();
    return d;
}

DecisionOutbox::DecisionOutbox(QueueItemClient &client, CacheStore &cache, const Clock &clock,
                               QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DecisionOutbox::schedule);
}

void DecisionOutbox::load()
{
    unload();
    if (!m_cache.isOpen())
        return;
    const quint64 generation = m_generation;
    m_cache.list(kCacheKind, this, [this, generation](const QList<CachedDocument> &documents) {
        if (generation != m_generation)
            return;
        // Added while the list was read: those stay, and are not read twice.
        for (const CachedDocument &document : documents) {
            QueuedDecision d = QueuedDecision::fromJson(document.document);
            if (d.key.isEmpty() || !d.itemId || indexOf(d.key) >= 0)
                continue;
            m_entries.append(std::move(d));
        }
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const QueuedDecision &a, const QueuedDecision &b) {
                             return a.queuedAt < b.queuedAt;
                         });
        m_loaded = true;
        if (!m_entries.isEmpty())
            qCInfo(lcOutbox) << m_entries.size() << "decisions in the outbox";
        emit changed();
        schedule();
    });
}

void DecisionOutbox::unload()
{
    ++m_generation;
    m_timer.stop();
    m_pausedUntil = {};
    m_resumeAsked = false;
    m_sending = false;
    m_loaded = false;
    if (!m_entries.isEmpty()) {
        m_entries.clear();
        emit changed();
    }
}

void DecisionOutbox::add(QueuedDecision decision, QObject *context,
                         std::function<void(bool)> stored)
{
    if (!decision.queuedAt.isValid())
        decision.queuedAt = m_clock.now();
    decision.state = QueuedDecision::State::Waiting;
    const quint64 generation = m_generation;
    QPointer<QObject> caller(context);
    m_cache.putNow(kCacheKind, QString::fromLatin1(decision.key), decision.toJson(), this,
                   [this, generation, decision, caller, stored](bool ok) {
                       if (ok && generation == m_generation) {
                           const qsizetype at = indexOf(decision.key);
                           if (at >= 0)
                               m_entries[at] = decision;
                           else
                               m_entries.append(decision);
                           emit changed();
                           schedule();
                       }
                       if (caller && stored)
                           stored(ok && generation == m_generation);
                   });
}

void DecisionOutbox::sendNow()
{
    m_pausedUntil = {};
    m_resumeAsked = m_sending;
    for (QueuedDecision &d : m_entries) {
        if (d.state == QueuedDecision::State::Waiting)
            d.nextAttemptAt = {};
    }
    schedule();
}

void DecisionOutbox::dismiss(const QByteArray &key)
{
    const qsizetype at = indexOf(key);
    if (at < 0 || !m_entries.at(at).needsAttention())
        return;
    m_cache.remove(kCacheKind, QString::fromLatin1(key));
    m_entries.removeAt(at);
    emit changed();
}

int DecisionOutbox::waitingCount(QueueKind kind) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [kind](const QueuedDecision &d) {
        return d.kind == kind && d.state == QueuedDecision::State::Waiting;
    }));
}

QList<QueuedDecision> DecisionOutbox::needingAttention(QueueKind kind) const
{
    QList<QueuedDecision> list;
    for (const QueuedDecision &d : m_entries) {
        if (d.kind == kind && d.needsAttention())
            list.append(d);
    }
    return list;
}

qsizetype DecisionOutbox::indexOf(const QByteArray &key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

void DecisionOutbox::schedule()
{
    m_timer.stop();
    if (m_sending || !m_loaded)
        return;
    const QDateTime now = m_clock.now();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        m_timer.start(int(std::clamp<qint64>(now.msecsTo(m_pausedUntil), 1, kMaxPauseMs)));
        return;
    }
    m_pausedUntil = {};
    QDateTime soonest;
    for (const QueuedDecision &d : std::as_const(m_entries)) {
        if (d.state != QueuedDecision::State::Waiting)
            continue;
        if (!d.nextAttemptAt.isValid() || d.nextAttemptAt <= now) {
            sendNext();
            return;
        }
        if (!soonest.isValid() || d.nextAttemptAt < soonest)
            soonest = d.nextAttemptAt;
    }
    if (soonest.isValid())
        m_timer.start(int(std::clamp<qint64>(now.msecsTo(soonest), 1, kMaxPauseMs)));
}

void DecisionOutbox::sendNext()
{
    const QDateTime now = m_clock.now();
    for (QueuedDecision &d : m_entries) {
        if (d.state != QueuedDecision::State::Waiting
            || (d.nextAttemptAt.isValid() && d.nextAttemptAt > now))
            continue;
        m_sending = true;
        ++d.attempts;
        const QByteArray key = d.key;
        const quint64 generation = m_generation;
        m_client.decide(d.kind, d.itemId, d.version, d.body, key)
                ->then(this, [this, key, generation](const ApiResult &result) {
                    if (generation == m_generation)
                        answered(key, result);
                });
        return;
    }
}

void DecisionOutbox::answered(const QByteArray &key, const ApiResult &result)
{
    m_sending = false;
    const bool resumeAsked = std::exchange(m_resumeAsked, false);
    const qsizetype at = indexOf(key);
    if (at < 0) {
        schedule();
        return;
    }
    QueuedDecision &d = m_entries[at];
    const DecisionOutcome outcome = DecisionOutcome::from(result);
    const QDateTime now = m_clock.now();
    switch (outcome.kind) {
    case DecisionOutcome::Kind::Decided: {
        // The first answer or, after a crash or a lost answer, the stored one.
        qCInfo(lcOutbox) << "a queued decision was taken, item" << d.itemId;
        m_cache.remove(kCacheKind, QString::fromLatin1(key));
        m_entries.removeAt(at);
        emit itemChanged(outcome.current);
        emit changed();
        schedule();
        return;
    }
    case DecisionOutcome::Kind::Stale:
    case DecisionOutcome::Kind::ClaimedByOther:
    case DecisionOutcome::Kind::NotUnderReview:
        d.state = QueuedDecision::State::Conflict;
        d.message = outcome.kind == DecisionOutcome::Kind::Stale && outcome.hasCurrent
                ? tr("Not decided: someone got there first. %1")
                          .arg(DecisionOutcome::decidedBy(outcome.current))
                : outcome.message;
        break;
    case DecisionOutcome::Kind::Offline:
        // Due again as soon as the server answers: a restart or sendNow() tries at
        // once. Meanwhile nothing goes: the others would only fail the same way.
        d.message = tr("Waits for the server: %1").arg(result.errorText);
        store(d);
        emit changed();
        if (!resumeAsked)
            m_pausedUntil = now.addMSecs(kOfflinePauseMs);
        schedule();
        return;
    case DecisionOutcome::Kind::Invalid:
        d.state = QueuedDecision::State::Refused;
        d.message = outcome.message;
        break;
    case DecisionOutcome::Kind::Failed:
        if (result.httpStatus == 401) {
            // The session is being renewed or has ended; either way not this item's fault.
            d.message = outcome.message;
            d.nextAttemptAt = now.addMSecs(kOfflinePauseMs);
            break;
        }
        if (result.httpStatus >= 400 && result.httpStatus < 500 && result.httpStatus != 408
            && result.httpStatus != 429) {
            d.state = QueuedDecision::State::Refused; // 403: the role went while offline
            d.message = outcome.message;
            break;
        }
        if (d.attempts >= kMaxAttempts) {
            d.state = QueuedDecision::State::Refused;
            d.message = tr("Not sent after %n attempt(s): %1", nullptr, d.attempts)
                                .arg(outcome.message);
            break;
        }
        {
            const qint64 backoff = std::min(kMaxPauseMs, kFirstPauseMs << std::min(d.attempts, 16));
            const qint64 pause = std::max<qint64>(backoff, qint64(result.retryAfterSeconds) * 1000);
            d.nextAttemptAt = now.addMSecs(std::min(pause, kMaxPauseMs));
            d.message = outcome.message;
        }
        break;
    }
    if (outcome.hasCurrent)
        emit itemChanged(outcome.current);
    store(d);
    emit changed();
    schedule(); // one that keeps failing does not hold back the rest
}

void DecisionOutbox::store(const QueuedDecision &decision)
{
    m_cache.put(kCacheKind, QString::fromLatin1(decision.key), decision.toJson());
}
