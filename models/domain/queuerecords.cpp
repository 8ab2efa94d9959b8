#include "domain/queuerecords.h"

#include "domain/jsontime.h"
#include "domain/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms ? QJsonValue(JsonTime::formatMs(ms)) : QJsonValue();
}

qint64 msFrom(const QJsonValue &v)
{
    const QDateTime t = JsonTime::parse(v.toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

namespace Queues {

QString pathName(QueueKind kind)
{
    return kind == QueueKind::WorkspaceApplications ? u"workspace-applications"_s
                                                    : u"enterprise-verifications"_s;
}

bool fromPathName(QStringView text, QueueKind *kind)
{
    if (text == u"workspace-applications") {
        *kind = QueueKind::WorkspaceApplications;
        return true;
    }
    if (text == u"enterprise-verifications") {
        *kind = QueueKind::EnterpriseVerifications;
        return true;
    }
    return false;
}

QString targetType(QueueKind kind)
{
    return kind == QueueKind::WorkspaceApplications ? u"workspace_application"_s
                                                    : u"enterprise_verification"_s;
}

QString statusCode(QueueStatus status)
{
    switch (status) {
    case QueueStatus::UnderReview:
        return u"under_review"_s;
    case QueueStatus::Approved:
        return u"approved"_s;
    case QueueStatus::Rejected:
        return u"rejected"_s;
    case QueueStatus::Withdrawn:
        return u"withdrawn"_s;
    }
    return {};
}

bool statusFromCode(QStringView text, QueueStatus *status)
{
    for (QueueStatus s : {QueueStatus::UnderReview, QueueStatus::Approved, QueueStatus::Rejected,
                          QueueStatus::Withdrawn}) {
        if (statusCode(s) == text) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString sortCode(QueueSortColumn column)
{
    switch (column) {
    case QueueSortColumn::Applicant:
        return u"applicant"_s;
    case QueueSortColumn::Company:
        return u"company"_s;
    case QueueSortColumn::Role:
        return u"role"_s;
    case QueueSortColumn::Submitted:
        return u"submitted"_s;
    case QueueSortColumn::Due:
        return u"due"_s;
    case QueueSortColumn::Status:
        return u"status"_s;
    case QueueSortColumn::ClaimedBy:
        return u"claimed_by"_s;
    }
    return {};
}

bool sortFromCode(QStringView text, QueueSortColumn *column)
{
    for (int i = 0; i <= int(QueueSortColumn::ClaimedBy); ++i) {
        if (sortCode(QueueSortColumn(i)) == text) {
            *column = QueueSortColumn(i);
            return true;
        }
    }
    return false;
}

QStringList fieldNames(QueueKind kind)
{
    if (kind == QueueKind::WorkspaceApplications)
        return {u"applicant_role"_s, u"company_name"_s,   u"logo_image_id"_s,
                u"website"_s,        u"contact_number"_s, u"email"_s};
    return {u"company_name"_s, u"credit_code"_s,   u"legal_representative"_s, u"licence_image_id"_s,
            u"contact_name"_s, u"contact_phone"_s, u"contact_email"_s};
}

} // namespace Queues

void QueueItemSummary::writeJson(JsonWriter &out) const
{
    out.beginObject();
    out.key(u"id").value(id);
    out.key(u"applicant").beginObject();
    out.key(u"account_id").value(applicantAccountId);
    out.key(u"name").value(applicantName);
    out.key(u"email").value(applicantEmail);
    out.endObject();
    out.key(u"company_name").value(companyName);
    out.key(u"role").value(role);
    out.key(u"submitted_at").time(submittedAt);
    out.key(u"due_at").time(dueAt);
    out.key(u"business_days_left").value(businessDaysLeft);
    out.key(u"status").value(Queues::statusCode(status));
    out.key(u"claim");
    if (claimedById) {
        out.beginObject();
        out.key(u"staff_id").value(claimedById);
        out.key(u"name").value(claimedByName);
        out.key(u"expires_at").time(claimExpiresAt);
        out.endObject();
    } else {
        out.null();
    }
    out.key(u"submission_number").value(submissionNumber);
    out.key(u"version").value(version);
    out.key(u"updated_at").time(updatedAt);
    out.endObject();
}

QJsonObject QueueItemSummary::toJson() const
{
    JsonWriter out;
    writeJson(out);
    return QJsonDocument::fromJson(out.bytes()).object();
}

QueueItemSummary QueueItemSummary::fromJson(const QJsonObject &o)
{
    QueueItemSummary s;
    s.id = o.value(u"id"_s).toInteger();
    const QJsonObject applicant = o.value(u"applicant"_s).toObject();
    s.applicantAccountId = applicant.value(u"account_id"_s).toInteger();
    s.applicantName = applicant.value(u"name"_s).toString();
    s.applicantEmail = applicant.value(u"email"_s).toString();
    s.companyName = o.value(u"company_name"_s).toString();
    s.role = o.value(u"role"_s).toString();
    s.submittedAt = msFrom(o.value(u"submitted_at"_s));
    s.dueAt = msFrom(o.value(u"due_at"_s));
    s.businessDaysLeft = o.value(u"business_days_left"_s).toInt();
    Queues::statusFromCode(o.value(u"status"_s).toString(), &s.status);
    const QJsonObject claim = o.value(u"claim"_s).toObject();
    s.claimedById = claim.value(u"staff_id"_s).toInteger();
    s.claimedByName = claim.value(u"name"_s).toString();
    s.claimExpiresAt = msFrom(claim.value(u"expires_at"_s));
    s.submissionNumber = o.value(u"submission_number"_s).toInt(1);
    s.version = o.value(u"version"_s).toInt(1);
    s.updatedAt = msFrom(o.value(u"updated_at"_s));
    return s;
}

QJsonObject QueueHistoryEntry::toJson() const
{
    return {{u"id"_s, id},
            {u"submitted_at"_s, timeOrNull(submittedAt)},
            {u"status"_s, Queues::statusCode(status)},
            {u"decided_at"_s, timeOrNull(decidedAt)},
            {u"decided_by"_s, decidedByName},
            {u"reason_code"_s, reasonCode},
            {u"reason_text"_s, reasonText},
            {u"fields"_s, fields},
            {u"changed_fields"_s, QJsonArray::fromStringList(changedFields)}};
}

QueueHistoryEntry QueueHistoryEntry::fromJson(const QJsonObject &o)
{
    QueueHistoryEntry h;
    h.id = o.value(u"id"_s).toInteger();
    h.submittedAt = msFrom(o.value(u"submitted_at"_s));
    Queues::statusFromCode(o.value(u"status"_s).toString(), &h.status);
    h.decidedAt = msFrom(o.value(u"decided_at"_s));
    h.decidedByName = o.value(u"decided_by"_s).toString();
    h.reasonCode = o.value(u"reason_code"_s).toString();
    h.reasonText = o.value(u"reason_text"_s).toString();
    h.fields = o.value(u"fields"_s).toObject();
    const QJsonArray changed = o.value(u"changed_fields"_s).toArray();
    for (const QJsonValue &v : changed)
        h.changedFields.append(v.toString());
    return h;
}

QJsonObject QueueItemDetail::toJson() const
{
    QJsonObject o = summary.toJson();
    o.insert(u"kind"_s, Queues::pathName(kind));
    o.insert(u"fields"_s, fields);
    o.insert(u"applicant_language"_s, applicantLanguage);
    o.insert(u"decided_at"_s, timeOrNull(decidedAt));
    o.insert(u"decided_by"_s, decidedByName);
    o.insert(u"reason_code"_s, reasonCode);
    o.insert(u"reason_text"_s, reasonText);
    o.insert(u"previous_id"_s, previousId ? QJsonValue(previousId) : QJsonValue());
    QJsonArray h;
    for (const QueueHistoryEntry &e : history)
        h.append(e.toJson());
    o.insert(u"history"_s, h);
    return o;
}

QueueItemDetail QueueItemDetail::fromJson(const QJsonObject &o)
{
    QueueItemDetail d;
    Queues::fromPathName(o.value(u"kind"_s).toString(), &d.kind);
    d.summary = QueueItemSummary::fromJson(o);
    d.fields = o.value(u"fields"_s).toObject();
    d.applicantLanguage = o.value(u"applicant_language"_s).toString();
    d.decidedAt = msFrom(o.value(u"decided_at"_s));
    d.decidedByName = o.value(u"decided_by"_s).toString();
    d.reasonCode = o.value(u"reason_code"_s).toString();
    d.reasonText = o.value(u"reason_text"_s).toString();
    d.previousId = o.value(u"previous_id"_s).toInteger();
    const QJsonArray h = o.value(u"history"_s).toArray();
    for (const QJsonValue &v : h)
        d.history.append(QueueHistoryEntry::fromJson(v.toObject()));
    return d;
}

bool QueueFilter::matches(const QueueItemSummary &row, qint64 staffId, qint64 nowMs) const
{
    if (!statuses.isEmpty() && !statuses.contains(row.status))
        return false;
    if (!role.isEmpty() && row.role != role)
        return false;
    constexpr qint64 offset = 8LL * 3600 * 1000; // China Standard Time, as BusinessCalendar
    const auto localMidnight = [](QDate d) {
        return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - offset;
    };
    if (submittedFrom.isValid() && row.submittedAt < localMidnight(submittedFrom))
        return false;
    if (submittedTo.isValid() && row.submittedAt >= localMidnight(submittedTo.addDays(1)))
        return false;
    const qint64 endOfDay = localMidnight(
            QDateTime::fromMSecsSinceEpoch(nowMs + offset, Qt::UTC).date().addDays(1));
    const bool underReview = row.status == QueueStatus::UnderReview;
    if (due == u"overdue" && !(row.dueAt < nowMs && underReview))
        return false;
    if (due == u"today" && !(row.dueAt >= nowMs && row.dueAt < endOfDay && underReview))
        return false;
    if (due == u"later" && row.dueAt < endOfDay)
        return false;
    const bool claimedLive = row.claimedById != 0 && row.claimExpiresAt > nowMs;
    if (claimed == u"me" && !(claimedLive && row.claimedById == staffId))
        return false;
    if (claimed == u"nobody" && claimedLive)
        return false;
    if (claimed == u"others" && !(claimedLive && row.claimedById != staffId))
        return false;
    if (claimed == u"anyone" && !claimedLive)
        return false;
    if (!text.isEmpty()) {
        const bool hit = row.companyName.contains(text, Qt::CaseInsensitive)
                || row.applicantEmail.contains(text, Qt::CaseInsensitive)
                || row.applicantName.contains(text, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

bool QueueFilter::lessThan(const QueueItemSummary &a, const QueueItemSummary &b) const
{
    int c = 0;
    const auto cmp = [](const auto &x, const auto &y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (sort) {
    case QueueSortColumn::Applicant:
        c = QString::compare(a.applicantName, b.applicantName, Qt::CaseSensitive);
        break;
    case QueueSortColumn::Company:
        c = QString::compare(a.companyName, b.companyName, Qt::CaseSensitive);
        break;
    case QueueSortColumn::Role:
        c = QString::compare(a.role, b.role, Qt::CaseSensitive);
        break;
    case QueueSortColumn::Submitted:
        c = cmp(a.submittedAt, b.submittedAt);
        break;
    case QueueSortColumn::Due:
        c = cmp(a.dueAt, b.dueAt);
        break;
    case QueueSortColumn::Status:
        c = QString::compare(Queues::statusCode(a.status), Queues::statusCode(b.status));
        break;
    case QueueSortColumn::ClaimedBy:
        c = QString::compare(a.claimedByName, b.claimedByName, Qt::CaseSensitive);
        break;
    }
    if (c == 0)
        c = cmp(a.id, b.id);
    return descending ? c > 0 : c < 0;
}

QUrlQuery QueueFilter::toQuery() const
{
    QUrlQuery q;
    if (!statuses.isEmpty()) {
        QStringList codes;
        for (QueueStatus s : statuses)
            codes.append(Queues::statusCode(s));
        q.addQueryItem(u"status"_s, codes.join(u','));
    }
    if (!role.isEmpty())
        q.addQueryItem(u"role"_s, role);
    if (submittedFrom.isValid())
        q.addQueryItem(u"submitted_from"_s, submittedFrom.toString(Qt::ISODate));
    if (submittedTo.isValid())
        q.addQueryItem(u"submitted_to"_s, submittedTo.toString(Qt::ISODate));
    if (!due.isEmpty())
        q.addQueryItem(u"due"_s, due);
    if (!claimed.isEmpty())
        q.addQueryItem(u"claimed"_s, claimed);
    if (!text.isEmpty())
        q.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
    q.addQueryItem(u"sort"_s, Queues::sortCode(sort));
    q.addQueryItem(u"order"_s, descending ? u"desc"_s : u"asc"_s);
    q.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, cursor);
    return q;
}

QueueFilter QueueFilter::fromQuery(const QUrlQuery &query, QList<FieldProblem> *problems)
{
    QueueFilter f;
    const auto bad = [problems](const QString &field, const char16_t *code) {
        problems->append({field, QString::fromUtf16(code)});
    };
    const QString status = query.queryItemValue(u"status"_s);
    if (!status.isEmpty()) {
        const QStringList parts = status.split(u',', Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            QueueStatus s;
            if (Queues::statusFromCode(p, &s))
                f.statuses.append(s);
            else
                bad(u"status"_s, ProblemCode::FieldNotAllowed);
        }
    }
    f.role = query.queryItemValue(u"role"_s, QUrl::FullyDecoded).left(64);
    const auto date = [&](const QString &name, QDate *out) {
        const QString v = query.queryItemValue(name);
        if (v.isEmpty())
            return;
        *out = QDate::fromString(v, Qt::ISODate);
        if (!out->isValid())
            bad(name, ProblemCode::FieldWrongType);
    };
    date(u"submitted_from"_s, &f.submittedFrom);
    date(u"submitted_to"_s, &f.submittedTo);
    f.due = query.queryItemValue(u"due"_s);
    if (!f.due.isEmpty() && f.due != u"overdue" && f.due != u"today" && f.due != u"later")
        bad(u"due"_s, ProblemCode::FieldNotAllowed);
    f.claimed = query.queryItemValue(u"claimed"_s);
    if (!f.claimed.isEmpty() && f.claimed != u"me" && f.claimed != u"nobody"
        && f.claimed != u"others" && f.claimed != u"anyone")
        bad(u"claimed"_s, ProblemCode::FieldNotAllowed);
    f.text = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
    if (f.text.size() > 200)
        bad(u"q"_s, ProblemCode::FieldTooLong);
    const QString sort = query.queryItemValue(u"sort"_s);
    if (!sort.isEmpty() && !Queues::sortFromCode(sort, &f.sort))
        bad(u"sort"_s, ProblemCode::FieldNotAllowed);
    const QString order = query.queryItemValue(u"order"_s);
    if (!order.isEmpty() && order != u"asc" && order != u"desc")
        bad(u"order"_s, ProblemCode::FieldNotAllowed);
    f.descending = order == u"desc";
    const QString limit = query.queryItemValue(u"limit"_s);
    if (!limit.isEmpty()) {
        bool ok = false;
        f.limit = limit.toInt(&ok);
        if (!ok || f.limit < 1 || f.limit > 500)
            bad(u"limit"_s, ProblemCode::FieldOutOfRange);
    }
    f.cursor = query.queryItemValue(u"cursor"_s).left(512);
    return f;
}

QJsonObject ReasonCode::toJson() const
{
    return {{u"code"_s, code},
            {u"kind"_s, kind},
            {u"text_en"_s, textEn},
            {u"text_zh"_s, textZh},
            {u"requires_text"_s, requiresText}};
}

ReasonCode ReasonCode::fromJson(const QJsonObject &o)
{
    ReasonCode r;
    r.code = o.value(u"code"_s).toString();
    r.kind = o.value(u"kind"_s).toString();
    r.textEn = o.value(u"text_en"_s).toString();
    r.textZh = o.value(u"text_zh"_s).toString();
    r.requiresText = o.value(u"requires_text"_s).toBool();
    return r;
}
