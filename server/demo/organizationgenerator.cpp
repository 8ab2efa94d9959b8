#include "demo/organizationgenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "demo/departmenttree.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

constexpr const char16_t *kTitlesZh[] = {u"工程师",   u"高级工程师", u"资深工程师", u"产品经理",
                                         u"设计师",   u"测试工程师", u"运营专员",   u"销售经理",
                                         u"客服专员", u"部门经理",   u"总监",       u"实习生"};
constexpr const char16_t *kTitlesEn[] = {u"Engineer",        u"Senior Engineer",
                                         u"Product Manager", u"Designer",
                                         u"QA Engineer",     u"Operations Specialist",
                                         u"Account Manager", u"Support Specialist",
                                         u"Team Lead",       u"Director",
                                         u"Intern"};
constexpr const char16_t *kTeamSuffixZh[] = {u"的团队", u"工作室", u"小程序开发组", u"项目组"};
constexpr const char16_t *kTeamSuffixEn[] = {u"'s team", u" Studio", u" Labs", u" Projects"};

class MemberWriter
{
public:
    MemberWriter(DemoWorld &world, BulkInserter &organizations)
        : m_world(world), m_members(world.db, u"organization_members"_s,
                                    {u"id"_s, u"organization_id"_s, u"account_id"_s,
                                     u"department_id"_s, u"role"_s, u"title"_s, u"joined_at"_s})
    {
        m_members.after(organizations);
    }
    BulkInserter &inserter() { return m_members; }

    void add(DemoRandom &random, qint64 organizationId, const DemoOrganization &org,
             qint64 accountId, qint64 departmentId, const char16_t *role, bool english)
    {
        const DemoAccount &a = m_world.account(accountId);
        const qint64 from = std::max(org.createdAt, a.createdAt) + kMinute;
        const qint64 joined =
                std::min(from + qint64(random.exponential(10 * kDay)), m_world.anchor - kMinute);
        QVariant title;
        if (org.corporate)
            title = QString::fromUtf16(english ? random.pick(std::span(kTitlesEn))
                                               : random.pick(std::span(kTitlesZh)));
        m_members.add({m_nextId++, organizationId, accountId,
                       departmentId ? QVariant(departmentId) : QVariant(), QString::fromUtf16(role),
                       title, std::max(joined, org.createdAt)});
    }

private:
    DemoWorld &m_world;
    BulkInserter m_members;
    qint64 m_nextId = 1;
};

int ordinaryCorporateSize(DemoRandom &random)
{
    const double r = random.unit();
    if (r < 0.6)
        return int(random.between(1, 4));
    if (r < 0.9)
        return int(random.between(5, 12));
    if (r < 0.985)
        return int(random.between(13, 40));
    return int(random.between(41, 250));
}

} // namespace

int OrganizationGenerator::largeOrganizationMembers(int accounts)
{
    return std::max(accounts / 10, std::min(300, accounts / 4));
}

OrganizationGenerator::OrganizationGenerator(DemoWorld &world) : m_world(world) { }

void OrganizationGenerator::run()
{
    DemoWorld &w = m_world;
    DemoRandom random(w.seed, "organizations");
    BulkInserter organizations(w.db, u"organizations"_s,
                               {u"id"_s, u"platform_org_id"_s, u"name"_s, u"org_type"_s,
                                u"member_limit"_s, u"owner_account_id"_s, u"created_at"_s});
    BulkInserter departments(w.db, u"departments"_s,
                             {u"id"_s, u"organization_id"_s, u"parent_id"_s, u"name"_s,
                              u"sort_key"_s, u"created_at"_s});
    departments.after(organizations);
    DepartmentTreeBuilder trees(departments);
    MemberWriter members(w, organizations);
    members.inserter().after(departments);

    // Candidate members per platform organization: anyone but agent-created accounts.
    QList<qint64> pool[3];
    for (qint64 i = 0; i < w.size; ++i) {
        const DemoAccount &a = w.accounts[size_t(i)];
        if (!a.createdByAgent)
            pool[a.platformOrg].append(i + 1);
    }

    // The large organization belongs to a corporate account of platform organization 1.
    qint64 largeOwner = 0;
    const qint64 start = qint64(random.below(quint64(w.size)));
    for (qint64 k = 0; k < w.size && !largeOwner; ++k) {
        const qint64 i = (start + k) % w.size;
        if (w.accounts[size_t(i)].corporate && w.accounts[size_t(i)].platformOrg == 1)
            largeOwner = i + 1;
    }

    w.ownTeam.assign(size_t(w.size), 0);
    for (qint64 i = 0; i < w.size; ++i) {
        const DemoAccount &a = w.accounts[size_t(i)];
        const qint64 ownerId = i + 1;
        const bool individualTeam = !a.corporate && a.activated() && random.chance(0.15);
        if (!a.corporate && !individualTeam)
            continue;
        const bool english = a.name.english;
        DemoOrganization org;
        org.ownerId = ownerId;
        org.platformOrg = a.platformOrg;
        org.corporate = a.corporate;
        org.createdAt = std::min(a.activatedAt + qint64(random.exponential(5 * kDay)) + kMinute,
                                 w.anchor - 2 * kHour);
        const QList<qint64> &candidates = pool[a.platformOrg];
        int size;
        if (a.corporate) {
            DemoCompany company = w.companies.make(random, english, w.nextCompanySerial++);
            if (ownerId == largeOwner) {
                company.name = company.name.replace(u"有限公司"_s, u"集团有限公司"_s)
                                       .replace(u"股份集团"_s, u"集团股份"_s);
                size = std::min(largeOrganizationMembers(w.size), int(candidates.size()));
            } else {
                size = std::min(ordinaryCorporateSize(random), int(candidates.size()));
            }
            org.name = company.name;
            w.companyOf.insert(ownerId, company);
        } else {
            org.memberLimit = random.chance(0.7) ? 5 : 10;
            // A quarter of individual teams are full: the reason to verify.
            size = random.chance(0.25) ? org.memberLimit : int(random.between(1, org.memberLimit));
            org.name = english ? a.name.displayName()
                            + QString::fromUtf16(random.pick(std::span(kTeamSuffixEn)))
                               : a.name.displayName()
                            + QString::fromUtf16(random.pick(std::span(kTeamSuffixZh)));
            size = std::min(size, int(candidates.size()));
        }
        org.members = size;
        w.organizations.push_back(org);
        const qint64 orgId = qint64(w.organizations.size());
        w.ownTeam[size_t(i)] = orgId;
        organizations.add(
                {orgId, org.platformOrg, org.name, org.corporate ? u"corporate"_s : u"individual"_s,
                 org.memberLimit ? QVariant(org.memberLimit) : QVariant(), ownerId, org.createdAt});

        // Departments: the large organization has about one per 33 members, up to six levels.
        DepartmentTreeBuilder::Tree tree;
        const bool large = ownerId == largeOwner;
        if (large) {
            tree = trees.build(random, orgId, std::max(12, size / 33), 6, org.createdAt,
                               w.anchor - kHour, english);
        } else if (org.corporate && size >= 6) {
            tree = trees.build(random, orgId, std::min(40, size / 6 + int(random.below(3))),
                               int(random.between(2, 4)), org.createdAt, w.anchor - kHour, english);
        }
        WeightedPicker departmentPicker;
        qint64 hub = 0;
        if (large) {
            // Department sizes follow a power law; one service hub holds 5% of the members.
            std::vector<double> weights(tree.ids.size());
            for (size_t d = 0; d < weights.size(); ++d)
                weights[d] =
                        1.0 / std::pow(double(random.between(2, qint64(weights.size()) + 1)), 0.85);
            departmentPicker = WeightedPicker(weights);
            hub = tree.ids[size_t(random.below(tree.ids.size()))];
        }
        const auto departmentFor = [&]() -> qint64 {
            if (tree.ids.empty() || (!large && random.chance(0.1)))
                return 0;
            if (large)
                return random.chance(0.05) ? hub : tree.ids[size_t(departmentPicker.pick(random))];
            return tree.ids[size_t(random.below(tree.ids.size()))];
        };

        members.add(random, orgId, org, ownerId, tree.ids.empty() ? 0 : tree.ids.front(), u"owner",
                    english);
        const int others = size - 1;
        const auto roleFor = [&](int index) {
            if (org.corporate)
                return (index == 0 && size >= 4) || random.chance(1.0 / 40) ? u"administrator"
                                                                            : u"member";
            return random.chance(0.15) ? u"administrator" : u"member";
        };
        if (large) {
            // Selection sampling (Knuth's algorithm S): exactly `others` distinct accounts, in id
            // order.
            qint64 needed = others;
            qint64 left = candidates.size() - 1; // the owner is already in
            int index = 0;
            for (qint64 c : candidates) {
                if (needed == 0)
                    break;
                if (c == ownerId)
                    continue;
                if (qint64(random.below(quint64(left))) < needed) {
                    members.add(random, orgId, org, c, departmentFor(), roleFor(index++), english);
                    --needed;
                }
                --left;
            }
        } else {
            QSet<qint64> chosen{ownerId};
            for (int k = 0; k < others; ++k) {
                qint64 c = candidates[qsizetype(random.below(quint64(candidates.size())))];
                int tries = 0;
                while (chosen.contains(c) && ++tries < 20)
                    c = candidates[qsizetype(random.below(quint64(candidates.size())))];
                if (chosen.contains(c))
                    continue;
                chosen.insert(c);
                members.add(random, orgId, org, c, departmentFor(), roleFor(k), english);
            }
        }
    }
    organizations.flush();
    departments.flush();
    members.inserter().flush();
}
