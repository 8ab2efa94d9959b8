#include "demo/openplatformgenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

constexpr const char16_t *kMiniSuffixZh[] = {u"商城", u"点餐", u"助手",  u"会员中心",
                                             u"预约", u"小店", u"工具箱"};
constexpr const char16_t *kOfficialSuffixZh[] = {u"服务号", u"订阅号", u"资讯"};
constexpr const char16_t *kMiniSuffixEn[] = {u" Shop", u" Booking", u" Rewards", u" Go",
                                             u" Helper"};
constexpr const char16_t *kOfficialSuffixEn[] = {u" News", u" Updates", u" Official"};

struct PermissionSet
{
    const char16_t *name;
    bool exclusive;
};
// Open platform management is the mutually exclusive one (seed 003 §II).
constexpr PermissionSet kPermissionSets[] = {{u"open_platform_management", true},
                                             {u"message_management", false},
                                             {u"mini_program_development", false},
                                             {u"data_analysis", false}};

QString base64Url(quint64 value, int characters)
{
    static constexpr char kAlphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    out.reserve(characters);
    for (int i = 0; i < characters; ++i) {
        out += QLatin1Char(kAlphabet[value & 63]);
        value >>= 6;
    }
    return out;
}

// 28 characters starting with 'o', as WeChat's are; the first eleven after the
// 'o' come from a bijection of the pair, so two pairs never share one.
QString pairIdentifier(quint64 key, qint64 first, qint64 second)
{
    const quint64 packed = (quint64(first) << 32) ^ quint64(second);
    const quint64 unique = DemoRandom::mix(packed ^ key);
    return u"o"_s + base64Url(unique, 11) + base64Url(DemoRandom::mix(unique ^ 0x51), 8)
            + base64Url(DemoRandom::mix(unique ^ 0x52), 8);
}

QString appId(quint64 key, int kind, qint64 serial)
{
    const quint64 unique = DemoRandom::mix((quint64(kind) << 56 | quint64(serial)) ^ key);
    return u"wx"_s + QString::number(unique, 16).rightJustified(16, u'0');
}

class Writer
{
public:
    explicit Writer(DemoWorld &world)
        : w(world), random(world.seed, "open_platform"),
          platforms(world.db, u"third_party_platforms"_s,
                    {u"id"_s, u"platform_org_id"_s, u"name"_s, u"service_provider"_s,
                     u"created_at"_s}),
          accounts(world.db, u"open_platform_accounts"_s,
                   {u"id"_s, u"platform_org_id"_s, u"owner_account_id"_s, u"name"_s, u"appid"_s,
                    u"authenticated"_s, u"created_by_third_party_id"_s, u"created_at"_s}),
          apps(world.db, u"apps"_s,
               {u"id"_s, u"platform_org_id"_s, u"kind"_s, u"name"_s, u"appid"_s,
                u"owner_account_id"_s, u"open_platform_account_id"_s, u"bound_at"_s,
                u"created_at"_s}),
          openids(world.db, u"openids"_s,
                  {u"app_id"_s, u"account_id"_s, u"openid"_s, u"created_at"_s}),
          unionids(world.db, u"unionids"_s,
                   {u"open_platform_account_id"_s, u"account_id"_s, u"unionid"_s, u"created_at"_s}),
          authorizations(world.db, u"third_party_authorizations"_s,
                         {u"id"_s, u"app_id"_s, u"third_party_platform_id"_s, u"permission_set"_s,
                          u"exclusive"_s, u"granted_at"_s, u"revoked_at"_s})
    {
        accounts.after(platforms);
        apps.after(accounts);
        openids.after(apps);
        unionids.after(accounts);
        authorizations.after(apps).after(platforms);
    }

    void run()
    {
        writePlatforms();
        for (const DemoAccount &a : w.accounts) {
            if (a.activated())
                users[a.platformOrg].append(qint64(&a - w.accounts.data()) + 1);
        }
        for (qint64 i = 0; i < w.size; ++i)
            account(i + 1, w.accounts[size_t(i)]);
        platforms.flush();
        accounts.flush();
        apps.flush();
        openids.flush();
        unionids.flush();
        authorizations.flush();
    }

private:
    void writePlatforms()
    {
        const int counts[3] = {0, std::max(4, w.size / 25000), std::max(3, w.size / 100000)};
        qint64 id = 1;
        for (int org = 1; org <= 2; ++org) {
            for (int k = 0; k < counts[org]; ++k) {
                const DemoCompany c = w.companies.make(random, org == 2, w.nextCompanySerial++);
                const QString name =
                        org == 2 ? c.shortName + u" Connect"_s : c.shortName + u"第三方平台"_s;
                platforms.add({id, org, name, c.name,
                               w.anchor - 500 * kDay + random.between(0, 200) * kDay});
                platformsOf[org].append(id++);
            }
        }
    }

    qint64 platformFor(int org)
    {
        return platformsOf[org][qsizetype(random.below(quint64(platformsOf[org].size())))];
    }

    void account(qint64 id, const DemoAccount &a)
    {
        const bool corporateOwner = a.corporate && random.chance(0.25);
        const bool individualOwner = !a.corporate && a.activated() && random.chance(0.01);
        const bool appsOnly =
                a.activated() && !corporateOwner && !individualOwner && random.chance(0.03);
        if (!a.createdByAgent && !corporateOwner && !individualOwner && !appsOnly)
            return;
        const DemoCompany company = w.companyOf.contains(id)
                ? w.companyOf.value(id)
                : w.companies.make(random, a.name.english, w.nextCompanySerial++);
        const qint64 since = a.activated() ? a.activatedAt : a.createdAt;
        qint64 opa = 0;
        qint64 opaCreated = 0;
        qint64 creator = 0;
        if (!appsOnly) {
            opa = nextAccount++;
            opaCreated = std::min(since + qint64(random.exponential(30 * kDay)) + kHour,
                                  w.anchor - kHour);
            // An agent registers an open-platform account for the merchant: unauthenticated, no
            // password.
            creator = a.createdByAgent ? platformFor(a.platformOrg) : 0;
            accounts.add({opa, a.platformOrg, id,
                          QString(company.english ? company.shortName + u" Open Platform"_s
                                                  : company.shortName + u"开放平台"_s),
                          appId(w.seed ^ 0x6f7061, 0, opa), a.createdByAgent ? 0 : 1,
                          creator ? QVariant(creator) : QVariant(), opaCreated});
        }
        const int appCount = appsOnly ? int(random.between(1, 2)) : int(random.between(1, 4));
        QHash<qint64, qint64>
                unionSince; // account id → first OpenID under this open-platform account
        for (int k = 0; k < appCount; ++k) {
            const qint64 app = nextApp++;
            const bool mini = random.chance(0.7);
            const auto &suffixes = company.english
                    ? (mini ? std::span<const char16_t *const>(kMiniSuffixEn)
                            : std::span<const char16_t *const>(kOfficialSuffixEn))
                    : (mini ? std::span<const char16_t *const>(kMiniSuffixZh)
                            : std::span<const char16_t *const>(kOfficialSuffixZh));
            const QString name = company.shortName + QString::fromUtf16(random.pick(suffixes));
            const qint64 created = std::min(since + qint64(random.exponential(40 * kDay)) + kHour,
                                            w.anchor - kHour);
            const bool bound = opa && (a.createdByAgent || random.chance(0.85));
            const qint64 boundAt = bound ? std::min(std::max(created, opaCreated)
                                                            + qint64(random.exponential(10 * kDay)),
                                                    w.anchor - kMinute)
                                         : 0;
            apps.add({app, a.platformOrg, mini ? u"mini_program"_s : u"official_account"_s, name,
                      appId(w.seed ^ 0x617070, mini ? 1 : 2, app), id,
                      bound ? QVariant(opa) : QVariant(), bound ? QVariant(boundAt) : QVariant(),
                      created});
            writeOpenIds(app, created, a.platformOrg, bound ? &unionSince : nullptr);
            writeAuthorizations(app, created, a.platformOrg, creator);
        }
        for (auto it = unionSince.cbegin(); it != unionSince.cend(); ++it)
            unionRows.append({it.key(), it.value()});
        // Hash order is not stable across runs; rows go out in account order.
        std::sort(unionRows.begin(), unionRows.end());
        for (const auto &[account, at] : std::as_const(unionRows))
            unionids.add({opa, account, pairIdentifier(w.seed ^ 0x756e, opa, account), at});
        unionRows.clear();
    }

    void writeOpenIds(qint64 app, qint64 appCreated, int org, QHash<qint64, qint64> *unionSince)
    {
        const QList<qint64> &pool = users[org];
        const int count = std::min<int>(int(random.exponential(12)), int(pool.size()));
        QSet<qint64> seen;
        for (int k = 0; k < count; ++k) {
            const qint64 account = pool[qsizetype(random.below(quint64(pool.size())))];
            if (seen.contains(account))
                continue;
            seen.insert(account);
            const qint64 from = std::max(appCreated, w.account(account).createdAt);
            if (from >= w.anchor - kHour)
                continue;
            const qint64 at =
                    std::min(from + qint64(random.exponential(30 * kDay)), w.anchor - kMinute);
            openids.add({app, account, pairIdentifier(w.seed ^ 0x6f70656e, app, account), at});
            if (unionSince) {
                auto it = unionSince->find(account);
                if (it == unionSince->end())
                    unionSince->insert(account, at);
                else
                    *it = std::min(*it, at);
            }
        }
    }

    void writeAuthorizations(qint64 app, qint64 appCreated, int org, qint64 creator)
    {
        if (creator) {
            // The platform that registered the account holds open platform management.
            authorizations.add({nextAuthorization++, app, creator, u"open_platform_management"_s, 1,
                                std::min(appCreated + kHour, w.anchor - kMinute), QVariant()});
            return;
        }
        if (!random.chance(0.25))
            return;
        for (const PermissionSet &set : kPermissionSets) {
            if (!random.chance(set.exclusive ? 0.6 : 0.35))
                continue;
            const qint64 holder = platformFor(org);
            qint64 granted = std::min(appCreated + qint64(random.exponential(60 * kDay)) + kHour,
                                      w.anchor - kHour);
            if (set.exclusive && random.chance(0.3) && platformsOf[org].size() > 1) {
                // The merchant moved to another provider: the old grant was revoked first.
                qint64 previous = platformFor(org);
                while (previous == holder)
                    previous = platformFor(org);
                const qint64 earlier = appCreated + (granted - appCreated) / 3;
                authorizations.add({nextAuthorization++, app, previous,
                                    QString::fromUtf16(set.name), 1, earlier, granted - kMinute});
            }
            const bool revoked = random.chance(0.08);
            authorizations.add({nextAuthorization++, app, holder, QString::fromUtf16(set.name),
                                set.exclusive ? 1 : 0, granted,
                                revoked ? QVariant(std::min(
                                        granted + qint64(random.exponential(20 * kDay)) + kHour,
                                        w.anchor - kMinute))
                                        : QVariant()});
        }
    }

    DemoWorld &w;
    DemoRandom random;
    BulkInserter platforms;
    BulkInserter accounts;
    BulkInserter apps;
    BulkInserter openids;
    BulkInserter unionids;
    BulkInserter authorizations;
    QList<qint64> platformsOf[3];
    QList<qint64> users[3];
    QList<std::pair<qint64, qint64>> unionRows;
    qint64 nextAccount = 1;
    qint64 nextApp = 1;
    qint64 nextAuthorization = 1;
};

} // namespace

OpenPlatformGenerator::OpenPlatformGenerator(DemoWorld &world) : m_world(world) { }

void OpenPlatformGenerator::run()
{
    Writer(m_world).run();
}
