#include "demo/enterpriseverificationgenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "demo/reviewtimeline.h"

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

constexpr ReviewReason kReasons[] = {
        {u"credit_code_mismatch", u"统一社会信用代码与营业执照不一致，请核对后重新提交。",
         u"The Unified Social Credit Code does not match the business licence."},
        {u"licence_unreadable", u"营业执照图片不清晰，请上传清晰完整的照片或扫描件。",
         u"The business licence image cannot be read; please upload a clear, complete scan."},
        {u"legal_representative_mismatch", u"法定代表人与工商登记信息不一致。",
         u"The legal representative does not match the business registration."},
        {u"company_name_mismatch", u"企业名称须与营业执照上的名称完全一致。",
         u"The company name must match the business licence exactly."},
        {u"licence_expired", u"营业执照已过期，请上传最新的营业执照。",
         u"The business licence has expired; please upload the current one."},
        {u"contact_unverifiable", u"联系电话多次无法接通，请提供有效的联系电话。",
         u"We could not reach the contact phone; please give one that works."},
};

struct Verification : ReviewRecord
{
    qint64 organization = 0;
    QString companyName;
    QString creditCode;
    QString legalRepresentative;
    qint64 licence = 0;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
};

ReviewStatus pendingOutcome(DemoRandom &random)
{
    const double r = random.unit();
    if (r < 0.6)
        return ReviewStatus::UnderReview;
    return r < 0.85 ? ReviewStatus::Rejected : ReviewStatus::Withdrawn;
}

} // namespace

EnterpriseVerificationGenerator::EnterpriseVerificationGenerator(DemoWorld &world) : m_world(world)
{ }

void EnterpriseVerificationGenerator::run()
{
    DemoWorld &w = m_world;
    DemoRandom random(w.seed, "enterprise_verifications");
    const ReviewTimeline timeline(w);
    std::vector<Verification> items;

    for (qint64 i = 0; i < w.size; ++i) {
        const DemoAccount &a = w.accounts[size_t(i)];
        const qint64 team = w.ownTeam.empty() ? 0 : w.ownTeam[size_t(i)];
        if (!team)
            continue;
        const qint64 applicant = i + 1;
        ReviewStatus outcome;
        DemoCompany company;
        if (a.corporate) {
            outcome = ReviewStatus::Approved;
            company = w.companyOf.value(applicant);
        } else if (random.chance(0.3)) {
            outcome = pendingOutcome(random);
            company = w.companies.make(random, a.name.english, w.nextCompanySerial++);
        } else {
            continue;
        }
        const double r = random.unit();
        const int rejections = r < 0.75 ? 0 : r < 0.95 ? 1 : 2;
        const DemoOrganization &org = w.organizations[size_t(team - 1)];
        const QList<ReviewTimeline::Step> steps =
                timeline.chain(random, org.createdAt + kHour, outcome, rejections);

        Verification good;
        good.applicant = applicant;
        good.applicantName = a.name.displayName();
        good.applicantEmail = w.emails[i];
        good.platformOrg = a.platformOrg;
        good.organization = team;
        good.companyName = company.name;
        good.creditCode = company.creditCode;
        good.legalRepresentative = random.chance(0.65)
                ? a.name.displayName()
                : (company.english ? w.names.english(random) : w.names.chinese(random))
                          .displayName();
        // The first licence image is the unreadable one; good submissions use the others.
        const QList<qint64> &licences = w.licenceImages[a.platformOrg];
        good.licence = licences.size() < 2 || random.chance(0.03)
                ? 0
                : licences[1 + qsizetype(random.below(quint64(licences.size() - 1)))];
        good.contactName = a.name.displayName();
        good.contactPhone =
                a.mobile && random.chance(0.7) ? DemoWorld::mobileText(a.mobile) : company.landline;
        good.contactEmail = random.chance(0.8) ? w.emails[i] : QString();

        const qsizetype first = qsizetype(items.size());
        for (qsizetype s = 0; s < steps.size(); ++s) {
            Verification item = good;
            if (s > 0)
                item.previous = first + s - 1;
            if (s < steps.size() - 1) {
                item.reason = &kReasons[random.below(std::size(kReasons))];
                const QString code = QString::fromUtf16(item.reason->code);
                if (code == u"credit_code_mismatch") {
                    // A real code, but another company's.
                    item.creditCode = w.companies.creditCode(random, company.regionCode,
                                                             w.nextCompanySerial++);
                } else if (code == u"licence_unreadable" && !licences.isEmpty()) {
                    item.licence = licences.first();
                } else if (code == u"licence_expired" && licences.size() > 1) {
                    item.licence = licences.last() == good.licence ? licences[1] : licences.last();
                } else if (code == u"legal_representative_mismatch") {
                    item.legalRepresentative = w.names.chinese(random).displayName();
                } else if (code == u"company_name_mismatch") {
                    item.companyName = CompanyFactory::variantName(company, random);
                } else if (code == u"contact_unverifiable") {
                    item.contactPhone =
                            company.landline.chopped(1) + QChar(u'0' + int(random.below(10)));
                }
            }
            item.submissionNumber = int(s) + 1;
            timeline.decide(random, item, steps[s], kReasons);
            items.push_back(std::move(item));
        }
    }

    std::vector<ReviewRecord *> records;
    records.reserve(items.size());
    for (Verification &item : items)
        records.push_back(&item);
    const std::vector<qsizetype> order = ReviewTimeline::numberBySubmission(records);

    QStringList columns{u"id"_s,
                        u"platform_org_id"_s,
                        u"applicant_account_id"_s,
                        u"organization_id"_s,
                        u"company_name"_s,
                        u"credit_code"_s,
                        u"legal_representative"_s,
                        u"licence_image_id"_s,
                        u"contact_name"_s,
                        u"contact_phone"_s,
                        u"contact_email"_s,
                        u"previous_id"_s};
    columns += ReviewRecord::reviewColumnNames();
    BulkInserter verifications(w.db, u"enterprise_verifications"_s, columns);
    for (qsizetype index : order) {
        const Verification &v = items[size_t(index)];
        QList<QVariant> row{v.id,
                            v.platformOrg,
                            v.applicant,
                            v.organization,
                            v.companyName,
                            v.creditCode,
                            v.legalRepresentative,
                            v.licence ? QVariant(v.licence) : QVariant(),
                            v.contactName,
                            v.contactPhone,
                            v.contactEmail,
                            v.previous >= 0 ? QVariant(items[size_t(v.previous)].id) : QVariant()};
        row += v.reviewColumns();
        verifications.add(row);
    }
    verifications.flush();
}
