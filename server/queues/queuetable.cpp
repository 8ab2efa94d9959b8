#include "queues/queuetable.h"

using namespace Qt::StringLiterals;

const QueueTable &QueueTable::of(QueueKind kind)
{
    static const QueueTable applications{QueueKind::WorkspaceApplications,
                                         u"workspace_applications"_s,
                                         Queues::targetType(QueueKind::WorkspaceApplications),
                                         Queues::fieldNames(QueueKind::WorkspaceApplications)};
    static const QueueTable verifications{QueueKind::EnterpriseVerifications,
                                          u"enterprise_verifications"_s,
                                          Queues::targetType(QueueKind::EnterpriseVerifications),
                                          Queues::fieldNames(QueueKind::EnterpriseVerifications)};
    return kind == QueueKind::WorkspaceApplications ? applications : verifications;
}

QString QueueTable::sortExpression(QueueSortColumn column) const
{
    switch (column) {
    case QueueSortColumn::Applicant:
        return u"t.applicant_name"_s;
    case QueueSortColumn::Company:
        return u"t.company_name"_s;
    case QueueSortColumn::Role:
        return u"t.applicant_role"_s;
    case QueueSortColumn::Submitted:
        return u"t.submitted_at"_s;
    case QueueSortColumn::Due:
        return u"t.due_at"_s;
    case QueueSortColumn::Status:
        return u"t.status"_s;
    case QueueSortColumn::ClaimedBy:
        return u"t.claimed_by_name"_s;
    }
    return u"t.due_at"_s;
}

QStringList QueueTable::textColumns() const
{
    // In the order of the PostgreSQL trigram index expression (schema v5).
    QStringList columns{u"t.company_name"_s, u"t.applicant_name"_s, u"t.applicant_email"_s};
    if (kind == QueueKind::EnterpriseVerifications)
        columns.append(u"t.credit_code"_s);
    return columns;
}

QString QueueTable::summaryColumns() const
{
    return u"t.id, t.applicant_account_id, t.applicant_name, t.applicant_email, t.company_name,"
           " t.applicant_role, t.submitted_at, t.due_at, t.status, t.claimed_by_staff_id,"
           " t.claimed_by_name, t.claim_expires_at, t.submission_number, t.version, t.updated_at"_s;
}
