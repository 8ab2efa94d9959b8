#pragma once

#include "domain/businesscalendar.h"
#include "domain/queuerecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <array>
#include <optional>

class Database;

struct QueuePage
{
    QList<QueueItemSummary> items;
    qint64 total = 0;
    QString nextCursor;
};

struct StaffRef
{
    qint64 id = 0;
    QString name;
};

// Reads and writes queue items. Every statement is scoped to a platform
// organization, so another organization's ids are simply not found. Writes that
// decide use UPDATE … WHERE version = ? (never read-then-write).
class QueueStore
{
public:
    QueueStore(Database &db, const BusinessCalendar &calendar);

    // false with *problems set when the cursor is malformed.
    bool list(QueueKind kind, qint64 orgId, qint64 staffId, const QueueFilter &filter, qint64 now,
              QueuePage *page, QList<struct FieldProblem> *problems);
    // How many items match: cached per filter until the queue changes (and for
    // two seconds at most, for changes made by another server on the same database).
    qint64 count(QueueKind kind, qint64 orgId, qint64 staffId, const QueueFilter &filter,
                 qint64 now);
    // Every write to a queue calls this, so cached counts are not served stale.
    void noteChange(QueueKind kind) { ++m_generation[size_t(kind)]; }
    std::optional<QueueItemSummary> summary(QueueKind kind, qint64 orgId, qint64 id, qint64 now);
    std::optional<QueueItemDetail> detail(QueueKind kind, qint64 orgId, qint64 id, qint64 now);

    enum class ClaimOutcome { Claimed, Renewed, NotFound, NotUnderReview, HeldByOther };
    ClaimOutcome claim(QueueKind kind, qint64 orgId, qint64 id, const StaffRef &staff, qint64 now,
                       qint64 leaseMs);
    // Releases a claim the staff member holds (or any claim when force is set).
    bool release(QueueKind kind, qint64 orgId, qint64 id, qint64 staffId, bool force, qint64 now);
    // The oldest due item nobody holds, claimed for the staff member; nullopt when none.
    std::optional<qint64> claimNext(QueueKind kind, qint64 orgId, const StaffRef &staff, qint64 now,
                                    qint64 leaseMs);

    struct Decision
    {
        QueueStatus status; // Approved or Rejected
        QString reasonCode;
        QString reasonText;
    };
    // Applies the decision if the item is still at expectedVersion and under
    // review; false otherwise (the caller answers 412 with the current state).
    bool decide(QueueKind kind, qint64 orgId, qint64 id, int expectedVersion,
                const Decision &decision, const StaffRef &staff, qint64 now);

    // Items whose list row changed after `since` (ms), oldest change first: the
    // console's live refresh. Claims that merely expired are not changes.
    QList<QueueItemSummary> changedSince(QueueKind kind, qint64 orgId, qint64 since, qint64 now,
                                         int limit);

    // Extra columns of an item a decision needs (organization, logo …).
    QVariant column(QueueKind kind, qint64 id, const QString &column);

private:
    struct Where
    {
        QString sql;
        QVariantMap binds;
    };
    Where whereClause(QueueKind kind, qint64 orgId, qint64 staffId, const QueueFilter &filter,
                      qint64 now) const;
    QueueItemSummary summaryFrom(const class QSqlQuery &q, qint64 now) const;
    QJsonObject fieldsOf(QueueKind kind, qint64 id);
    QList<QueueHistoryEntry> history(QueueKind kind, qint64 id);

    struct CachedCount
    {
        qint64 count = 0;
        quint64 generation = 0;
        qint64 computedAt = 0;
    };
    static constexpr qint64 kCountLifetimeMs = 2000;

    Database &m_db;
    const BusinessCalendar &m_calendar;
    std::array<quint64, 2> m_generation{};
    QHash<QString, CachedCount> m_counts;
};
