#include "demo/workspaceapplicationgenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "demo/reviewtimeline.h"

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

constexpr ReviewReason kReasons[] = {
        {u"incomplete_information", u"请补充公司官网和联系电话后重新提交。",
         u"Please add your company website and a contact number, then submit again."},
        {u"website_unreachable", u"公司官网无法访问，请提供可正常访问的网址。",
         u"We could not open your website; please give an address that works."},
        {u"logo_inappropriate", u"企业标识模糊不清，请上传清晰的图片。",
         u"The logo is blurred; please upload a clear image."},
        {u"company_name_mismatch", u"公司名称须与营业执照上的名称完全一致。",
         u"The company name must match the business licence exactly."},
        {u"contact_unverifiable", u"联系电话多次无法接通，请提供有效的联系电话。",
         u"We could not reach the contact number; please give one that works."},
};

constexpr const char16_t *kColours[] = {u"#1677FF", u"#13C2C2", u"#52C41A", u"#FAAD14", u"#F5222D",
                                        u"#722ED1", u"#EB2F96", u"#2F54EB", u"#FA8C16", u"#A0D911"};

struct Application : ReviewRecord
{
    QString role;
    QString companyName;
    qint64 logo = 0;
    QString website;
    QString contactNumber;
    QString email;
};

ReviewStatus finalStatus(DemoRandom &random)
{
    const double r = random.unit();
    if (r < 0.60)
        return ReviewStatus::UnderReview;
    if (r < 0.87)
        return ReviewStatus::Approved;
    if (r < 0.95)
        return ReviewStatus::Rejected;
    return ReviewStatus::Withdrawn;
}

} // namespace

WorkspaceApplicationGenerator::WorkspaceApplicationGenerator(DemoWorld &world) : m_world(world) { }

void WorkspaceApplicationGenerator::run()
{
    DemoWorld &w = m_world;
    DemoRandom random(w.seed, "workspace_applications");
    const ReviewTimeline timeline(w);
    std::vector<Application> items;
    items.reserve(size_t(w.size) / 5);

    for (qint64 i = 0; i < w.size; ++i) {
        const DemoAccount &a = w.accounts[size_t(i)];
        if (!a.activated() || !random.chance(0.16))
            continue;
        const qint64 applicant = i + 1;
        const DemoCompany company = w.companyOf.contains(applicant)
                ? w.companyOf.value(applicant)
                : w.companies.make(random, a.name.english, w.nextCompanySerial++);
        const double r = random.unit();
        const int rejections = r < 0.7 ? 0 : r < 0.93 ? 1 : 2;
        const QList<ReviewTimeline::Step> steps =
                timeline.chain(random, a.activatedAt + kHour, finalStatus(random), rejections);

        // The final submission has everything right; earlier ones carry what the reviewer objected
        // to.
        Application good;
        good.applicant = applicant;
        good.applicantName = a.name.displayName();
        good.applicantEmail = w.emails[i];
        good.platformOrg = a.platformOrg;
        const double roleDraw = random.unit();
        good.role = roleDraw < 0.85 ? u"technical_merchant"_s
                : roleDraw < 0.95   ? u"business_merchant"_s
                                    : u"service_provider"_s;
        good.companyName = company.name;
        const QList<qint64> &logos = w.logoImages[a.platformOrg];
        good.logo = random.chance(0.55) && !logos.isEmpty()
                ? logos[qsizetype(random.below(quint64(logos.size())))]
                : 0;
        good.website = random.chance(0.85) ? company.website : QString();
        good.contactNumber = random.chance(0.9)
                ? (a.mobile && random.chance(0.6) ? DemoWorld::mobileText(a.mobile)
                                                  : company.landline)
                : QString();
        good.email = w.emails[i].isEmpty() || random.chance(0.3)
                ? (random.chance(0.5) ? u"bd@"_s : u"contact@"_s) + company.domain
                : w.emails[i];

        const qsizetype first = qsizetype(items.size());
        for (qsizetype s = 0; s < steps.size(); ++s) {
            Application item = good;
            const bool last = s == steps.size() - 1;
            if (!last) {
                item.reason = &kReasons[random.below(std::size(kReasons))];
                const QString code = QString::fromUtf16(item.reason->code);
                if (code == u"incomplete_information") {
                    item.website.clear();
                    item.contactNumber.clear();
                } else if (code == u"website_unreachable") {
                    item.website = u"http://"_s + company.domain.section(u'.', 0, 0) + u".site"_s;
                } else if (code == u"logo_inappropriate" && !logos.isEmpty()) {
                    item.logo = logos[qsizetype(random.below(quint64(logos.size())))];
                } else if (code == u"company_name_mismatch") {
                    item.companyName = CompanyFactory::variantName(company, random);
                } else if (code == u"contact_unverifiable") {
                    item.contactNumber =
                            company.landline.chopped(1) + QChar(u'0' + int(random.below(10)));
                }
                if (s > 0)
                    item.previous = first + s - 1;
            } else if (s > 0) {
                item.previous = first + s - 1;
            }
            item.submissionNumber = int(s) + 1;
            timeline.decide(random, item, steps[s], kReasons);
            items.push_back(std::move(item));
        }
    }

    std::vector<ReviewRecord *> records;
    records.reserve(items.size());
    for (Application &item : items)
        records.push_back(&item);
    const std::vector<qsizetype> order = ReviewTimeline::numberBySubmission(records);

    QStringList columns{u"id"_s,
                        u"platform_org_id"_s,
                        u"applicant_account_id"_s,
                        u"applicant_role"_s,
                        u"company_name"_s,
                        u"logo_image_id"_s,
                        u"website"_s,
                        u"contact_number"_s,
                        u"email"_s,
                        u"previous_id"_s};
    columns += ReviewRecord::reviewColumnNames();
    BulkInserter applications(w.db, u"workspace_applications"_s, columns);
    BulkInserter workspaces(w.db, u"workspaces"_s,
                            {u"id"_s, u"platform_org_id"_s, u"name"_s, u"owner_account_id"_s,
                             u"application_id"_s, u"logo_image_id"_s, u"avatar_colour"_s,
                             u"created_at"_s});
    workspaces.after(applications);
    qint64 workspaceId = 1;
    for (qsizetype index : order) {
        const Application &a = items[size_t(index)];
        const auto optionalId = [](qint64 v) {
            return v ? QVariant(v) : QVariant();
        };
        QList<QVariant> row{a.id,
                            a.platformOrg,
                            a.applicant,
                            a.role,
                            a.companyName,
                            optionalId(a.logo),
                            a.website,
                            a.contactNumber,
                            a.email,
                            a.previous >= 0 ? QVariant(items[size_t(a.previous)].id) : QVariant()};
        row += a.reviewColumns();
        applications.add(row);
        if (a.status == ReviewStatus::Approved) {
            // Approval provisions the workspace; without a logo it shows the first
            // character of the name on a solid colour (seed 001).
            const qint64 created =
                    std::min(a.decidedAt + random.between(1, 300) * kSecond, w.anchor - kSecond);
            workspaces.add({workspaceId++, a.platformOrg, a.companyName, a.applicant, a.id,
                            optionalId(a.logo),
                            a.logo ? QVariant()
                                   : QVariant(QString::fromUtf16(random.pick(std::span(kColours)))),
                            created});
        }
    }
    applications.flush();
    workspaces.flush();
}
