#include "queues/decisionmail.h"

using namespace Qt::StringLiterals;

DecisionMail DecisionMail::compose(QueueKind kind, QueueStatus decision, const QString &language,
                                   const QString &recipient, const QString &applicantName,
                                   const QString &companyName, const QString &reasonText,
                                   const QString &note)
{
    DecisionMail m;
    m.recipient = recipient;
    m.language = language == u"en" ? u"en"_s : u"zh_CN"_s;
    const bool zh = m.language == u"zh_CN";
    const bool approved = decision == QueueStatus::Approved;
    const bool application = kind == QueueKind::WorkspaceApplications;

    if (zh) {
        const QString what = application ? u"工作空间申请"_s : u"企业认证"_s;
        m.subject = approved ? u"您的%1已通过"_s.arg(what) : u"您的%1未通过审核"_s.arg(what);
        QString body = u"%1，您好：\n\n"_s.arg(applicantName);
        if (approved) {
            body += application
                    ? u"您为“%1”提交的工作空间申请已通过审核。登录小程序平台即可进入您的工作空间，"
                      "平台可能需要几秒钟完成工作空间的创建。\n"_s.arg(companyName)
                    : u"“%1”的企业认证已通过审核，您的团队已升级为企业团队，成员上限已取消。\n"_s
                              .arg(companyName);
        } else {
            body += u"很抱歉，您为“%1”提交的%2未通过审核。\n\n驳回原因：%3\n"_s.arg(
                    companyName, what, reasonText);
            if (!note.isEmpty())
                body += u"说明：%1\n"_s.arg(note);
            body += u"\n请根据上述原因修改后重新提交。\n"_s;
        }
        body += u"\n此邮件由系统自动发送，请勿直接回复。\n小程序平台审核团队\n"_s;
        m.body = body;
        return m;
    }
    const QString what = application ? u"workspace application"_s : u"enterprise verification"_s;
    m.subject = approved ? u"Your %1 has been approved"_s.arg(what)
                         : u"Your %1 was not approved"_s.arg(what);
    QString body = u"Dear %1,\n\n"_s.arg(applicantName);
    if (approved) {
        body += application
                ? u"Your workspace application for \"%1\" has been approved. Log in to the Mini "
                  u"Program "
                  "Platform to enter your workspace; it may take a few seconds to set up.\n"_s.arg(
                          companyName)
                : u"The enterprise verification of \"%1\" has been approved. Your team is now a "
                  u"corporate "
                  "team and its member limit has been lifted.\n"_s.arg(companyName);
    } else {
        body += u"We are sorry: your %1 for \"%2\" was not approved.\n\nReason: %3\n"_s.arg(
                what, companyName, reasonText);
        if (!note.isEmpty())
            body += u"Note from the reviewer: %1\n"_s.arg(note);
        body += u"\nPlease address the issues above and submit a new %1.\n"_s.arg(what);
    }
    body += u"\nThis message was sent automatically; please do not reply.\nThe Mini Program Platform review team\n"_s;
    m.body = body;
    return m;
}
