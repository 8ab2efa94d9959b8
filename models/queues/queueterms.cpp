#include "models/queues/queueterms.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString QueueTerms::queueTitle(QueueKind kind)
{
    return kind == QueueKind::WorkspaceApplications ? tr("Workspace applications")
                                                    : tr("Enterprise verifications");
}

QString QueueTerms::status(QueueStatus status)
{
    switch (status) {
    case QueueStatus::UnderReview:
        return tr("Under review");
    case QueueStatus::Approved:
        return tr("Approved");
    case QueueStatus::Rejected:
        return tr("Rejected");
    case QueueStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString QueueTerms::role(const QString &code)
{
    if (code == u"technical_merchant")
        return tr("Technical merchant");
    if (code == u"business_merchant")
        return tr("Business merchant");
    if (code == u"service_provider")
        return tr("Service provider");
    if (code == u"individual_developer")
        return tr("Individual developer");
    if (code == u"enterprise")
        return tr("Enterprise");
    return code;
}

QString QueueTerms::due(int businessDaysLeft, bool overdue)
{
    if (overdue) {
        const int late = std::max(1, -businessDaysLeft);
        return tr("Overdue by %n business day(s)", nullptr, late);
    }
    if (businessDaysLeft <= 0)
        return tr("Due today");
    return tr("%n business day(s) left", nullptr, businessDaysLeft);
}

QString QueueTerms::you()
{
    return tr("You");
}

QString QueueTerms::claimUntil(const QString &name, const QDateTime &until)
{
    return tr("Claimed by %1 until %2")
            .arg(name, QLocale().toString(until.time(), QLocale::ShortFormat));
}

QString QueueTerms::fieldLabel(const QString &field)
{
    if (field == u"applicant_role")
        return tr("Role");
    if (field == u"company_name")
        return tr("Company name");
    if (field == u"logo_image_id")
        return tr("Business logo");
    if (field == u"website")
        return tr("Website");
    if (field == u"contact_number")
        return tr("Contact number");
    if (field == u"email")
        return tr("Email address");
    if (field == u"credit_code")
        return tr("Unified Social Credit Code");
    if (field == u"legal_representative")
        return tr("Legal representative");
    if (field == u"licence_image_id")
        return tr("Business licence");
    if (field == u"contact_name")
        return tr("Contact name");
    if (field == u"contact_phone")
        return tr("Contact phone");
    if (field == u"contact_email")
        return tr("Contact email");
    return field;
}

bool QueueTerms::isImageField(const QString &field)
{
    return field == u"logo_image_id" || field == u"licence_image_id";
}

QString QueueTerms::fieldValue(const QString &field, const QJsonValue &value)
{
    if (isImageField(field))
        return value.toInteger() > 0 ? tr("Image %1").arg(value.toInteger()) : tr("None");
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    if (text.isEmpty())
        return tr("Not given");
    if (field == u"applicant_role")
        return role(text);
    return text;
}

QString QueueTerms::reason(const QString &code, const QList<ReasonCode> &codes)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const ReasonCode &c : codes) {
        if (c.code == code)
            return c.text(chinese);
    }
    return code;
}

QString QueueTerms::auditAction(const QString &action, const QString &decidedStatus)
{
    const QString verb = action.section(u'.', -1);
    if (verb == u"submit")
        return tr("Submitted", "audit trail action");
    if (verb == u"resubmit")
        return tr("Submitted again", "audit trail action");
    if (verb == u"claim")
        return tr("Claimed", "audit trail action");
    if (verb == u"release")
        return tr("Released", "audit trail action");
    if (verb == u"decide") {
        QueueStatus status;
        if (Queues::statusFromCode(decidedStatus, &status) && status != QueueStatus::UnderReview)
            return tr("Decided: %1", "audit trail action").arg(QueueTerms::status(status));
        return tr("Decided", "audit trail action");
    }
    return action;
}

QString QueueTerms::columnApplicant()
{
    return tr("Applicant");
}

QString QueueTerms::columnCompany(QueueKind kind)
{
    return kind == QueueKind::WorkspaceApplications ? tr("Company / workspace") : tr("Company");
}

QString QueueTerms::columnRole()
{
    return tr("Role");
}

QString QueueTerms::columnSubmitted()
{
    return tr("Submitted");
}

QString QueueTerms::columnDue()
{
    return tr("Due");
}

QString QueueTerms::columnStatus()
{
    return tr("Status");
}

QString QueueTerms::columnClaimedBy()
{
    return tr("Claimed by");
}
