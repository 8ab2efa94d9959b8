#include "models/queues/reasontemplates.h"

namespace {

struct Template
{
    const char16_t *code;
    const char16_t *english;
    const char16_t *chinese;
};

// Glossary terms: 统一社会信用代码, 营业执照, 法定代表人, 工作空间.
constexpr Template kTemplates[] = {
        {u"incomplete_information", u"Please add the following and submit again: ",
         u"请补充以下信息后重新提交："},
        {u"company_name_mismatch",
         u"Please enter the company name exactly as it appears on your business licence, then "
         u"submit again.",
         u"请按营业执照上的名称填写公司名称后重新提交。"},
        {u"website_unreachable",
         u"Please give a website address that can be reached and belongs to your company.",
         u"请提供可正常访问且属于贵公司的官网地址。"},
        {u"contact_unverifiable",
         u"We could not reach you at the contact number or email address you gave. Please check "
         u"them and submit again.",
         u"我们无法通过您提供的联系电话或电子邮箱联系到您，请核对后重新提交。"},
        {u"logo_inappropriate",
         u"Please upload a clear logo that belongs to your company, or leave the logo out.",
         u"请上传清晰且属于贵公司的标志，或不上传标志。"},
        {u"credit_code_mismatch",
         u"Please enter the Unified Social Credit Code exactly as it appears on your business "
         u"licence.",
         u"请按营业执照填写统一社会信用代码。"},
        {u"licence_unreadable",
         u"Please upload a complete, sharp photo or scan of your business licence.",
         u"请上传完整、清晰的营业执照照片或扫描件。"},
        {u"licence_expired", u"Please upload a business licence that is currently valid.",
         u"请上传在有效期内的营业执照。"},
        {u"legal_representative_mismatch",
         u"Please enter the legal representative registered on your business licence.",
         u"请填写营业执照上登记的法定代表人。"},
        {u"duplicate_submission",
         u"You already have a submission under review or approved; there is no need to submit "
         u"again.",
         u"您已有审核中或已通过的申请，无需重复提交。"},
};

constexpr Template kGeneric = {u"other", u"Please change the following and submit again: ",
                               u"请根据以下说明修改后重新提交："};

} // namespace

namespace ReasonTemplates {

QString text(const QString &reasonCode, bool chinese)
{
    const Template *found = &kGeneric;
    for (const Template &t : kTemplates) {
        if (reasonCode == QStringView(t.code)) {
            found = &t;
            break;
        }
    }
    return QString::fromUtf16(chinese ? found->chinese : found->english);
}

} // namespace ReasonTemplates
