#pragma once

#include "domain/problem.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

class JsonWriter;

// The review queues' records, shared by server and console: the two queues
// (workspace applications, enterprise verifications) use one shape.

enum class QueueKind : quint8 { WorkspaceApplications, EnterpriseVerifications };
enum class QueueStatus : quint8 { UnderReview, Approved, Rejected, Withdrawn };
enum class QueueSortColumn : quint8 { Applicant, Company, Role, Submitted, Due, Status, ClaimedBy };

namespace Queues {

QString pathName(QueueKind kind); // "workspace-applications"
bool fromPathName(QStringView text, QueueKind *kind);
QString targetType(QueueKind kind);     // audit target type: "workspace_application"
QString statusCode(QueueStatus status); // "under_review"
bool statusFromCode(QStringView text, QueueStatus *status);
QString sortCode(QueueSortColumn column); // "submitted"
bool sortFromCode(QStringView text, QueueSortColumn *column);
// The submitted fields of each kind, in the order a reviewer reads them.
QStringList fieldNames(QueueKind kind);

} // namespace Queues

// One row of a queue list.
struct QueueItemSummary
{
    qint64 id = 0;
    qint64 applicantAccountId = 0;
    QString applicantName;
    QString applicantEmail;
    QString companyName;
    QString role;           // the applicant's role on the choice card, or "enterprise"
    qint64 submittedAt = 0; // ms since epoch
    qint64 dueAt = 0;
    int businessDaysLeft = 0; // when the server answered; the console recomputes
    QueueStatus status = QueueStatus::UnderReview;
    qint64 claimedById = 0;
    QString claimedByName;
    qint64 claimExpiresAt = 0;
    int submissionNumber = 1; // 2 for the first resubmission …
    int version = 1;
    qint64 updatedAt = 0; // the last change the list shows (claims included)

    void writeJson(JsonWriter &out) const; // the one definition of the shape
    QJsonObject toJson() const;
    static QueueItemSummary fromJson(const QJsonObject &o);
};

// One earlier (or the current) submission in an applicant's chain.
struct QueueHistoryEntry
{
    qint64 id = 0;
    qint64 submittedAt = 0;
    QueueStatus status = QueueStatus::UnderReview;
    qint64 decidedAt = 0;
    QString decidedByName;
    QString reasonCode;
    QString reasonText;
    QJsonObject fields;
    QStringList changedFields; // against the submission before it

    QJsonObject toJson() const;
    static QueueHistoryEntry fromJson(const QJsonObject &o);
};

struct QueueItemDetail
{
    QueueKind kind = QueueKind::WorkspaceApplications;
    QueueItemSummary summary;
    QJsonObject fields;        // Queues::fieldNames(kind)
    QString applicantLanguage; // "zh_CN" or "en": the language of the decision mail
    qint64 decidedAt = 0;
    QString decidedByName;
    QString reasonCode;
    QString reasonText;
    qint64 previousId = 0;
    QList<QueueHistoryEntry> history; // oldest first, the current one last

    QJsonObject toJson() const;
    static QueueItemDetail fromJson(const QJsonObject &o);
};

// The filters and sort of a queue list, as query parameters both sides agree on.
struct QueueFilter
{
    QList<QueueStatus> statuses; // empty: all
    QString role;
    QDate submittedFrom;
    QDate submittedTo;
    QString due;     // "", "overdue", "today", "later"
    QString claimed; // "", "me", "nobody", "others", "anyone"
    QString text;    // company name, applicant email or name, credit code
    QueueSortColumn sort = QueueSortColumn::Due;
    bool descending = false;
    int limit = 100;
    QString cursor;

    QUrlQuery toQuery() const;
    // Whether a row belongs in a list with this filter, as the server decides it
    // (used to place live changes without asking the server again).
    bool matches(const QueueItemSummary &row, qint64 staffId, qint64 nowMs) const;
    // Whether a sorts before b in this filter's order (the server's order: by the
    // column, then by id; text compares by code point).
    bool lessThan(const QueueItemSummary &a, const QueueItemSummary &b) const;
    // Reads and checks a query; every bad parameter lands in *problems.
    static QueueFilter fromQuery(const QUrlQuery &query, QList<FieldProblem> *problems);
    bool operator==(const QueueFilter &other) const = default;
};

// A rejection reason from the configurable list, in both languages.
struct ReasonCode
{
    QString code;
    QString kind; // "workspace_application", "enterprise_verification" or "any"
    QString textEn;
    QString textZh;
    bool requiresText = false;

    QString text(bool chinese) const { return chinese ? textZh : textEn; }
    QJsonObject toJson() const;
    static ReasonCode fromJson(const QJsonObject &o);
};
