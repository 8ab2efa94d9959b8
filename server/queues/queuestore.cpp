#include "queues/queuestore.h"

#include "domain/problem.h"
#include "queues/queuetable.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

bool isTimeColumn(QueueSortColumn c)
{
    return c == QueueSortColumn::Submitted || c == QueueSortColumn::Due;
}

// Cursor: base64url of [sort value, id]; opaque to clients.
QString encodeCursor(const QVariant &value, qint64 id)
{
    const QJsonArray a{QJsonValue::fromVariant(value), id};
    return QString::fromLatin1(
            QJsonDocument(a)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, bool numeric, QVariant *value, qint64 *id)
{
    const auto decoded =
            QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!decoded)
        return false;
    const QJsonArray a = QJsonDocument::fromJson(*decoded).array();
    if (a.size() != 2 || !a.at(1).isDouble())
        return false;
    if (numeric ? !a.at(0).isDouble() : !a.at(0).isString())
        return false;
    *value = numeric ? QVariant(a.at(0).toInteger()) : QVariant(a.at(0).toString());
    *id = a.at(1).toInteger();
    return *id > 0;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// End of today in China Standard Time, as ms since epoch.
qint64 endOfLocalDay(qint64 now)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(
            now + BusinessCalendar::kUtcOffsetSeconds * 1000LL, Qt::UTC);
    const QDateTime end(local.date().addDays(1), QTime(0, 0), Qt::UTC);
    return end.toMSecsSinceEpoch() - BusinessCalendar::kUtcOffsetSeconds * 1000LL;
}

} // namespace

QueueStore::QueueStore(Database &db, const BusinessCalendar &calendar)
    : m_db(db), m_calendar(calendar)
{ }

QueueItemSummary QueueStore::summaryFrom(const QSqlQuery &q, qint64 now) const
{
    QueueItemSummary s;
    s.id = q.value(0).toLongLong();
    s.applicantAccountId = q.value(1).toLongLong();
    s.applicantName = q.value(2).toString();
    s.applicantEmail = q.value(3).toString();
    s.companyName = q.value(4).toString();
    s.role = q.value(5).toString();
    s.submittedAt = q.value(6).toLongLong();
    s.dueAt = q.value(7).toLongLong();
    Queues::statusFromCode(q.value(8).toString(), &s.status);
    const qint64 claimExpires = q.value(11).toLongLong();
    // An expired lease is no claim at all.
    if (!q.value(9).isNull() && claimExpires > now) {
        s.claimedById = q.value(9).toLongLong();
        s.claimedByName = q.value(10).toString();
        s.claimExpiresAt = claimExpires;
    }
    s.submissionNumber = q.value(12).toInt();
    s.version = q.value(13).toInt();
    s.updatedAt = q.value(14).toLongLong();
    s.businessDaysLeft =
            m_calendar.businessDaysLeft(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC),
                                        QDateTime::fromMSecsSinceEpoch(s.dueAt, Qt::UTC));
    return s;
}

QueueStore::Where QueueStore::whereClause(QueueKind kind, qint64 orgId, qint64 staffId,
                                          const QueueFilter &f, qint64 now) const
{
    const QueueTable &t = QueueTable::of(kind);
    QString where = u" WHERE t.platform_org_id = :org"_s;
    QVariantMap binds{{u":org"_s, orgId}};
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < f.statuses.size(); ++i) {
            names.append(u":st%1"_s.arg(i));
            binds.insert(names.last(), Queues::statusCode(f.statuses[i]));
        }
        where += u" AND t.status IN ("_s + names.join(u", "_s) + u')';
    }
    if (!f.role.isEmpty()) {
        where += u" AND t.applicant_role = :role"_s;
        binds.insert(u":role"_s, f.role);
    }
    const auto localMidnight = [](QDate d) {
        return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                - BusinessCalendar::kUtcOffsetSeconds * 1000LL;
    };
    if (f.submittedFrom.isValid()) {
        where += u" AND t.submitted_at >= :from"_s;
        binds.insert(u":from"_s, localMidnight(f.submittedFrom));
    }
    if (f.submittedTo.isValid()) {
        where += u" AND t.submitted_at < :to"_s;
        binds.insert(u":to"_s, localMidnight(f.submittedTo.addDays(1)));
    }
    if (f.due == u"overdue") {
        where += u" AND t.due_at < :now_due AND t.status = 'under_review'"_s;
        binds.insert(u":now_due"_s, now);
    } else if (f.due == u"today") {
        where += u" AND t.due_at >= :now_due AND t.due_at < :eod AND t.status = 'under_review'"_s;
        binds.insert(u":now_due"_s, now);
        binds.insert(u":eod"_s, endOfLocalDay(now));
    } else if (f.due == u"later") {
        where += u" AND t.due_at >= :eod"_s;
        binds.insert(u":eod"_s, endOfLocalDay(now));
    }
    if (f.claimed == u"me") {
        where += u" AND t.claimed_by_staff_id = :me AND t.claim_expires_at > :now_claim"_s;
        binds.insert(u":me"_s, staffId);
        binds.insert(u":now_claim"_s, now);
    } else if (f.claimed == u"nobody") {
        where += u" AND (t.claimed_by_staff_id IS NULL OR t.claim_expires_at <= :now_claim)"_s;
        binds.insert(u":now_claim"_s, now);
    } else if (f.claimed == u"others") {
        where += u" AND t.claimed_by_staff_id <> :me AND t.claim_expires_at > :now_claim"_s;
        binds.insert(u":me"_s, staffId);
        binds.insert(u":now_claim"_s, now);
    } else if (f.claimed == u"anyone") {
        where += u" AND t.claimed_by_staff_id IS NOT NULL AND t.claim_expires_at > :now_claim"_s;
        binds.insert(u":now_claim"_s, now);
    }
    if (!f.text.isEmpty()) {
        // Three characters or more go through the trigram index (schema v5);
        // shorter text has no trigram to look up and is matched by scanning.
        const bool indexed = f.text.toUcs4().size() >= 3;
        if (indexed && m_db.kind() == Database::Kind::Sqlite) {
            where += u" AND t.id IN (SELECT rowid FROM "_s + t.table + u"_text WHERE "_s + t.table
                    + u"_text MATCH :text)"_s;
            QString phrase = f.text;
            phrase.replace(u'"', u"\"\""_s);
            binds.insert(u":text"_s, QString(u'"' + phrase + u'"'));
        } else if (indexed) {
            where += u" AND ("_s + t.textColumns().join(u" || ' ' || "_s)
                    + u") ILIKE :text ESCAPE '\\'"_s;
            binds.insert(u":text"_s, likePattern(f.text));
        } else {
            const QString like = m_db.kind() == Database::Kind::PostgreSql ? u"ILIKE"_s : u"LIKE"_s;
            QStringList ors;
            for (const QString &c : t.textColumns())
                ors.append(c + u' ' + like + u" :text ESCAPE '\\'"_s);
            where += u" AND ("_s + ors.join(u" OR "_s) + u')';
            binds.insert(u":text"_s, likePattern(f.text));
        }
    }

    return {where, binds};
}

qint64 QueueStore::count(QueueKind kind, qint64 orgId, qint64 staffId, const QueueFilter &filter,
                         qint64 now)
{
    // The key is what the count depends on: not the sort, cursor or page size.
    QueueFilter keyFilter = filter;
    keyFilter.cursor.clear();
    keyFilter.sort = QueueSortColumn::Due;
    keyFilter.descending = false;
    keyFilter.limit = 1;
    const bool personal = filter.claimed == u"me" || filter.claimed == u"others";
    const QString key = QString::number(int(kind)) + u'|' + QString::number(orgId) + u'|'
            + (personal ? QString::number(staffId) : QString()) + u'|'
            + keyFilter.toQuery().toString();
    const quint64 generation = m_generation[size_t(kind)];
    const auto cached = m_counts.constFind(key);
    if (cached != m_counts.cend() && cached->generation == generation && now >= cached->computedAt
        && now - cached->computedAt < kCountLifetimeMs)
        return cached->count;
    if (m_counts.size() > 1000)
        m_counts.clear();

    const QueueTable &t = QueueTable::of(kind);
    const Where w = whereClause(kind, orgId, staffId, filter, now);
    QSqlQuery &count = m_db.prepare(u"SELECT COUNT(*) FROM "_s + t.table + u" t"_s + w.sql);
    for (auto it = w.binds.cbegin(); it != w.binds.cend(); ++it)
        count.bindValue(it.key(), it.value());
    m_db.exec(count);
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    m_counts.insert(key, {total, generation, now});
    return total;
}

bool QueueStore::list(QueueKind kind, qint64 orgId, qint64 staffId, const QueueFilter &f,
                      qint64 now, QueuePage *page, QList<FieldProblem> *problems)
{
    const QueueTable &t = QueueTable::of(kind);
    const QString sortExpr = t.sortExpression(f.sort);
    QVariant cursorValue;
    qint64 cursorId = 0;
    if (!f.cursor.isEmpty()
        && !decodeCursor(f.cursor, isTimeColumn(f.sort), &cursorValue, &cursorId)) {
        problems->append({u"cursor"_s, QString::fromUtf16(ProblemCode::FieldWrongType)});
        return false;
    }

    // Total over the filter for "showing N of M": on the first page only, so a
    // deep page costs what the first one does.
    page->total = cursorId ? -1 : count(kind, orgId, staffId, f, now);
    const Where w = whereClause(kind, orgId, staffId, f, now);
    QString pageWhere = w.sql;
    QVariantMap binds = w.binds;
    if (cursorId) {
        pageWhere += f.descending ? u" AND ("_s + sortExpr + u", t.id) < (:cv, :cid)"_s
                                  : u" AND ("_s + sortExpr + u", t.id) > (:cv, :cid)"_s;
        binds.insert(u":cv"_s, cursorValue);
        binds.insert(u":cid"_s, cursorId);
    }
    const QString dir = f.descending ? u" DESC"_s : u" ASC"_s;
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + t.summaryColumns() + u", "_s + sortExpr + u" FROM "_s
                                + t.table + u" t"_s + pageWhere + u" ORDER BY "_s + sortExpr + dir
                                + u", t.id"_s + dir + u" LIMIT :limit"_s);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(u":limit"_s, f.limit + 1);
    m_db.exec(q);
    QVariant lastValue;
    while (q.next()) {
        if (page->items.size() == f.limit) {
            page->nextCursor = encodeCursor(lastValue, page->items.last().id);
            break;
        }
        page->items.append(summaryFrom(q, now));
        lastValue = q.value(15);
        if (isTimeColumn(f.sort))
            lastValue = lastValue.toLongLong();
        else
            lastValue = lastValue.toString();
    }
    q.finish();
    return true;
}

std::optional<QueueItemSummary> QueueStore::summary(QueueKind kind, qint64 orgId, qint64 id,
                                                    qint64 now)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + t.summaryColumns() + u" FROM "_s + t.table
                                + u" t WHERE t.id = :id AND t.platform_org_id = :org"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    QueueItemSummary s = summaryFrom(q, now);
    q.finish();
    return s;
}

QJsonObject QueueStore::fieldsOf(QueueKind kind, qint64 id)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + t.fields.join(u", "_s) + u" FROM "_s + t.table
                                + u" WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    m_db.exec(q);
    QJsonObject fields;
    if (q.next()) {
        for (int i = 0; i < t.fields.size(); ++i) {
            const QVariant v = q.value(i);
            if (t.fields[i].endsWith(u"_image_id"))
                fields.insert(t.fields[i], v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong()));
            else
                fields.insert(t.fields[i], v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
        }
    }
    q.finish();
    return fields;
}

QList<QueueHistoryEntry> QueueStore::history(QueueKind kind, qint64 id)
{
    const QueueTable &t = QueueTable::of(kind);
    // The chain through previous_id, back to the first submission and forward to the newest.
    QList<qint64> chain{id};
    QSqlQuery &back = m_db.prepare(u"SELECT previous_id FROM "_s + t.table + u" WHERE id = :id"_s);
    for (int guard = 0; guard < 50; ++guard) {
        back.bindValue(u":id"_s, chain.first());
        m_db.exec(back);
        const qint64 prev = back.next() ? back.value(0).toLongLong() : 0;
        back.finish();
        if (!prev || chain.contains(prev))
            break;
        chain.prepend(prev);
    }
    QSqlQuery &forward = m_db.prepare(u"SELECT id FROM "_s + t.table
                                      + u" WHERE previous_id = :id ORDER BY id LIMIT 1"_s);
    for (int guard = 0; guard < 50; ++guard) {
        forward.bindValue(u":id"_s, chain.last());
        m_db.exec(forward);
        const qint64 next = forward.next() ? forward.value(0).toLongLong() : 0;
        forward.finish();
        if (!next || chain.contains(next))
            break;
        chain.append(next);
    }
    QList<QueueHistoryEntry> entries;
    QSqlQuery &q = m_db.prepare(
            u"SELECT submitted_at, status, decided_at, decided_by_name, reason_code, reason_text FROM "_s
            + t.table + u" WHERE id = :id"_s);
    for (qint64 itemId : std::as_const(chain)) {
        q.bindValue(u":id"_s, itemId);
        m_db.exec(q);
        if (!q.next())
            continue;
        QueueHistoryEntry e;
        e.id = itemId;
        e.submittedAt = q.value(0).toLongLong();
        Queues::statusFromCode(q.value(1).toString(), &e.status);
        e.decidedAt = q.value(2).toLongLong();
        e.decidedByName = q.value(3).toString();
        e.reasonCode = q.value(4).toString();
        e.reasonText = q.value(5).toString();
        q.finish();
        e.fields = fieldsOf(kind, itemId);
        if (!entries.isEmpty()) {
            const QJsonObject &before = entries.last().fields;
            for (const QString &field : t.fields) {
                if (before.value(field) != e.fields.value(field))
                    e.changedFields.append(field);
            }
        }
        entries.append(e);
    }
    return entries;
}

std::optional<QueueItemDetail> QueueStore::detail(QueueKind kind, qint64 orgId, qint64 id,
                                                  qint64 now)
{
    const std::optional<QueueItemSummary> s = summary(kind, orgId, id, now);
    if (!s)
        return std::nullopt;
    const QueueTable &t = QueueTable::of(kind);
    QueueItemDetail d;
    d.kind = kind;
    d.summary = *s;
    d.fields = fieldsOf(kind, id);
    QSqlQuery &q = m_db.prepare(
            u"SELECT t.decided_at, t.decided_by_name, t.reason_code, t.reason_text,"
            " t.previous_id, a.preferred_language FROM "_s
            + t.table + u" t JOIN accounts a ON a.id = t.applicant_account_id WHERE t.id = :id"_s);
    q.bindValue(u":id"_s, id);
    m_db.exec(q);
    if (q.next()) {
        d.decidedAt = q.value(0).toLongLong();
        d.decidedByName = q.value(1).toString();
        d.reasonCode = q.value(2).toString();
        d.reasonText = q.value(3).toString();
        d.previousId = q.value(4).toLongLong();
        d.applicantLanguage = q.value(5).toString();
    }
    q.finish();
    d.history = history(kind, id);
    return d;
}

QueueStore::ClaimOutcome QueueStore::claim(QueueKind kind, qint64 orgId, qint64 id,
                                           const StaffRef &staff, qint64 now, qint64 leaseMs)
{
    const QueueTable &t = QueueTable::of(kind);
    const std::optional<QueueItemSummary> before = summary(kind, orgId, id, now);
    if (!before)
        return ClaimOutcome::NotFound;
    if (before->status != QueueStatus::UnderReview)
        return ClaimOutcome::NotUnderReview;
    QSqlQuery &q = m_db.prepare(
            u"UPDATE "_s + t.table
            + u" SET claimed_by_staff_id = :me, claimed_by_name = :name, claim_expires_at = :exp,"
              " updated_at = :now_u WHERE id = :id AND platform_org_id = :org AND status = "
              "'under_review' AND"
              " (claimed_by_staff_id IS NULL OR claimed_by_staff_id = :me2 OR claim_expires_at <= :now)"_s);
    q.bindValue(u":me"_s, staff.id);
    q.bindValue(u":name"_s, staff.name);
    q.bindValue(u":exp"_s, now + leaseMs);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    q.bindValue(u":me2"_s, staff.id);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":now_u"_s, now);
    m_db.exec(q);
    if (q.numRowsAffected() != 1)
        return ClaimOutcome::HeldByOther;
    noteChange(kind);
    return before->claimedById == staff.id ? ClaimOutcome::Renewed : ClaimOutcome::Claimed;
}

bool QueueStore::release(QueueKind kind, qint64 orgId, qint64 id, qint64 staffId, bool force,
                         qint64 now)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &q = m_db.prepare(
            u"UPDATE "_s + t.table
            + u" SET claimed_by_staff_id = NULL, claimed_by_name = '', claim_expires_at = NULL,"
              " updated_at = :now WHERE id = :id AND platform_org_id = :org AND "
              "claimed_by_staff_id IS NOT NULL"
              " AND (claimed_by_staff_id = :me OR :force = 1)"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    q.bindValue(u":me"_s, staffId);
    q.bindValue(u":force"_s, force ? 1 : 0);
    q.bindValue(u":now"_s, now);
    m_db.exec(q);
    const bool released = q.numRowsAffected() == 1;
    if (released)
        noteChange(kind);
    return released;
}

std::optional<qint64> QueueStore::claimNext(QueueKind kind, qint64 orgId, const StaffRef &staff,
                                            qint64 now, qint64 leaseMs)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &q = m_db.prepare(u"SELECT id FROM "_s + t.table
                                + u" WHERE platform_org_id = :org AND status = 'under_review' AND"
                                  " (claimed_by_staff_id IS NULL OR claim_expires_at <= :now)"
                                  " ORDER BY due_at, id LIMIT 5"_s);
    q.bindValue(u":org"_s, orgId);
    q.bindValue(u":now"_s, now);
    m_db.exec(q);
    QList<qint64> candidates;
    while (q.next())
        candidates.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : std::as_const(candidates)) {
        if (claim(kind, orgId, id, staff, now, leaseMs) == ClaimOutcome::Claimed)
            return id;
    }
    return std::nullopt;
}

bool QueueStore::decide(QueueKind kind, qint64 orgId, qint64 id, int expectedVersion,
                        const Decision &d, const StaffRef &staff, qint64 now)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &q = m_db.prepare(
            u"UPDATE "_s + t.table
            + u" SET status = :status, decided_at = :now, decided_by_staff_id = :staff,"
              " decided_by_name = :name, reason_code = :code, reason_text = :text,"
              " claimed_by_staff_id = NULL, claimed_by_name = '', claim_expires_at = NULL,"
              " version = version + 1, updated_at = :now2"
              " WHERE id = :id AND platform_org_id = :org AND version = :version"
              " AND status = 'under_review'"_s);
    q.bindValue(u":status"_s, Queues::statusCode(d.status));
    q.bindValue(u":now"_s, now);
    q.bindValue(u":staff"_s, staff.id);
    q.bindValue(u":name"_s, staff.name);
    q.bindValue(u":code"_s, d.reasonCode.isEmpty() ? QVariant() : QVariant(d.reasonCode));
    q.bindValue(u":text"_s, d.reasonText.isEmpty() ? QVariant() : QVariant(d.reasonText));
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    q.bindValue(u":version"_s, expectedVersion);
    q.bindValue(u":now2"_s, now);
    m_db.exec(q);
    const bool decided = q.numRowsAffected() == 1;
    if (decided)
        noteChange(kind);
    return decided;
}

QList<QueueItemSummary> QueueStore::changedSince(QueueKind kind, qint64 orgId, qint64 since,
                                                 qint64 now, int limit)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + t.summaryColumns() + u" FROM "_s + t.table
                                + u" t WHERE t.platform_org_id = :org AND t.updated_at > :since"
                                  " ORDER BY t.updated_at, t.id LIMIT :limit"_s);
    q.bindValue(u":org"_s, orgId);
    q.bindValue(u":since"_s, since);
    q.bindValue(u":limit"_s, limit);
    m_db.exec(q);
    QList<QueueItemSummary> rows;
    while (q.next())
        rows.append(summaryFrom(q, now));
    q.finish();
    return rows;
}

QVariant QueueStore::column(QueueKind kind, qint64 id, const QString &column)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &q =
            m_db.prepare(u"SELECT "_s + column + u" FROM "_s + t.table + u" WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    m_db.exec(q);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}
