#include "demo/accountgenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "demo/realnamegenerator.h"
#include "demo/signingenerator.h"
#include "demo/smsgenerator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

struct Prefix
{
    int digits;
    double weight;
};

// Mainland mobile prefixes of the three carriers, weighted roughly by subscribers.
constexpr Prefix kMobilePrefixes[] = {
        {134, 3}, {135, 5}, {136, 5}, {137, 5}, {138, 6}, {139, 6}, {147, 1}, {150, 4}, {151, 4},
        {152, 3}, {157, 2}, {158, 4}, {159, 4}, {178, 2}, {182, 3}, {183, 3}, {184, 1}, {187, 4},
        {188, 3}, {198, 2}, {130, 3}, {131, 3}, {132, 3}, {145, 1}, {155, 3}, {156, 3}, {166, 2},
        {175, 1}, {176, 2}, {185, 3}, {186, 4}, {133, 3}, {149, 1}, {153, 2}, {173, 2}, {177, 2},
        {180, 3}, {181, 3}, {189, 4}, {191, 2}, {199, 2},
};

constexpr const char16_t *kChinaMail[] = {u"163.com",     u"126.com",  u"qq.com",
                                          u"foxmail.com", u"sina.com", u"aliyun.com",
                                          u"outlook.com", u"gmail.com"};
constexpr const char16_t *kGlobalMail[] = {u"gmail.com", u"outlook.com", u"icloud.com",
                                           u"yahoo.com", u"hotmail.com", u"proton.me"};

constexpr const char16_t *kDisabledZh[] = {
        u"用户申请注销账号",     u"违反《用户协议》发布违规内容", u"企业申请停用离职人员账号",
        u"冒用他人身份信息注册", u"长期未使用，按平台规定停用",   u"涉嫌批量注册，风控停用"};
constexpr const char16_t *kDisabledEn[] = {u"Closed at the user's request",
                                           u"Terms of service violation: spam mini programs",
                                           u"Former employee; disabled at the company's request",
                                           u"Registered with someone else's identity",
                                           u"Inactive for over two years",
                                           u"Bulk registration flagged by risk control"};

quint64 fingerprint(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

class AccountNaming
{
public:
    explicit AccountNaming(const DemoWorld &world)
        : m_qqScramble(3'000'000'000ULL, world.seed ^ 0x5151)
    { }

    // 6–20 characters, a letter first, then letters, digits and '_' (seed 002 §2).
    QString username(DemoRandom &random, const PersonName &name)
    {
        const QString surname = name.surnameAscii();
        const QString given = name.givenAscii();
        QString base;
        switch (random.below(4)) {
        case 0:
            base = name.english ? given + surname : surname + given;
            break;
        case 1:
            base = given + u'_' + surname;
            break;
        case 2:
            base = name.english ? given + surname.left(1) : surname + given.left(1);
            break;
        default:
            base = given.left(1) + surname;
            break;
        }
        base = base.left(14);
        QString candidate = base;
        if (candidate.size() < 6 || random.chance(0.55))
            candidate += suffix(random);
        while (candidate.size() < 6 || m_taken.contains(fingerprint(candidate)))
            candidate = base + suffix(random);
        m_taken.insert(fingerprint(candidate));
        return candidate;
    }

    QString email(DemoRandom &random, const QString &username, const DemoAccount &account,
                  qint64 index)
    {
        if (!account.name.english && random.chance(0.3)) {
            // QQ numbers are unique, so a permutation of the index keeps mailboxes apart.
            return QString::number(10000 + m_qqScramble.map(quint64(index))) + u"@qq.com"_s;
        }
        const bool global = account.name.english && account.platformOrg == 2;
        const char16_t *domain =
                global ? random.pick(std::span(kGlobalMail)) : random.pick(std::span(kChinaMail));
        return username + u'@' + QString::fromUtf16(domain);
    }

private:
    static QString suffix(DemoRandom &random)
    {
        switch (random.below(3)) {
        case 0:
            return QString::number(random.between(1975, 2006)); // a birth year
        case 1:
            return QString::number(random.between(10, 99));
        default:
            return QString::number(random.between(100, 9999));
        }
    }

    QSet<quint64> m_taken;
    DemoScramble m_qqScramble;
};

} // namespace

AccountGenerator::AccountGenerator(DemoWorld &world) : m_world(world) { }

void AccountGenerator::run()
{
    DemoWorld &w = m_world;
    DemoRandom random(w.seed, "accounts");
    BulkInserter accounts(w.db, u"accounts"_s,
                          {u"id"_s, u"platform_org_id"_s, u"username"_s, u"email"_s, u"mobile"_s,
                           u"display_name"_s, u"name_latin"_s, u"account_type"_s, u"status"_s,
                           u"locked_until"_s, u"lock_reason"_s, u"disabled_reason"_s,
                           u"password_set"_s, u"must_change_password"_s, u"created_by_agent"_s,
                           u"created_at"_s, u"activated_at"_s, u"last_sign_in_at"_s,
                           u"preferred_language"_s});
    BulkInserter methods(w.db, u"account_login_methods"_s, {u"account_id"_s, u"method"_s});
    methods.after(accounts);
    RealnameGenerator realname(w, accounts);
    SignInGenerator signIns(w, accounts);
    SmsGenerator sms(w, accounts);
    AccountNaming naming(w);
    const WeightedPicker prefixes = WeightedPicker::of(std::span(kMobilePrefixes));
    const DemoScramble mobileTail(100'000'000ULL, w.seed ^ 0x6d6f62);

    // Accounts were opened over three years, more of them lately (density grows
    // linearly, so ids, which follow creation, are denser towards the end).
    const qint64 span = 3 * 365 * kDay;
    w.accounts.resize(size_t(w.size));
    w.usernames.resize(w.size);
    w.emails.resize(w.size);
    for (qint64 i = 0; i < w.size; ++i) {
        const qint64 id = i + 1;
        DemoAccount &a = w.accounts[size_t(i)];
        a.platformOrg = random.chance(0.85) ? 1 : 2;
        const bool english = random.chance(a.platformOrg == 1 ? 0.06 : 0.55);
        a.name = english ? w.names.english(random) : w.names.chinese(random);
        const double share = (double(i) + random.unit()) / double(w.size);
        a.createdAt = std::min(w.anchor - span + qint64(double(span) * std::sqrt(share)),
                               w.anchor - 2 * kHour);

        // Status: agent-created accounts have no password yet (seed 003); some
        // were registered from identity data and never activated (seed 002).
        a.createdByAgent = random.chance(0.015);
        a.status = DemoAccountStatus::Active;
        if (a.createdByAgent) {
            a.status = DemoAccountStatus::Unactivated;
        } else {
            const double r = random.unit();
            if (r < 0.04)
                a.status = DemoAccountStatus::Unactivated;
            else if (r < 0.065)
                a.status = DemoAccountStatus::Locked;
            else if (r < 0.08)
                a.status = DemoAccountStatus::Disabled;
        }
        const bool imported = !a.createdByAgent && random.chance(0.1);
        if (a.status != DemoAccountStatus::Unactivated) {
            const qint64 delay = imported ? qint64(random.exponential(20 * kDay))
                                          : qint64(random.exponential(3 * kMinute));
            a.activatedAt = std::min(a.createdAt + delay + kMinute, w.anchor - kHour);
        }
        a.corporate = a.activated() && random.chance(0.11);
        const double mobileShare = a.createdByAgent ? 0.5
                : !english                          ? 0.97
                : a.platformOrg == 1                ? 0.8
                                                    : 0.4;
        if (random.chance(mobileShare)) {
            a.mobile = quint64(kMobilePrefixes[prefixes.pick(random)].digits) * 100'000'000ULL
                    + mobileTail.map(quint64(i));
        }
        if (a.activated()) {
            w.usernames[i] = naming.username(random, a.name);
            w.emails[i] = naming.email(random, w.usernames[i], a, i);
        }

        qint64 lockedAt = 0;
        qint64 lockedUntil = 0;
        QString lockReason;
        bool lockedByFailures = false;
        if (a.status == DemoAccountStatus::Locked) {
            const double r = random.unit();
            if (r < 0.85) {
                lockedByFailures = true;
                lockReason = u"too_many_failed_sign_ins"_s;
                lockedAt = w.anchor - random.between(10, 25) * kMinute;
                lockedUntil = lockedAt + 30 * kMinute;
            } else if (r < 0.95) {
                lockReason = u"suspicious_sign_in"_s;
                lockedAt = w.anchor - random.between(1, 5) * kDay;
                lockedUntil = lockedAt + 7 * kDay;
            } else {
                lockReason = u"locked_by_support"_s;
                lockedAt = w.anchor - random.between(1, 20) * kDay;
                lockedUntil = lockedAt + 30 * kDay;
            }
            lockedAt = std::max(lockedAt, a.activatedAt + kHour);
        }
        const SignInGenerator::Plan plan = signIns.plan(random, a, lockedAt, lockedByFailures);
        QString disabledReason;
        if (a.status == DemoAccountStatus::Disabled) {
            disabledReason =
                    QString::fromUtf16(a.platformOrg == 1 ? random.pick(std::span(kDisabledZh))
                                                          : random.pick(std::span(kDisabledEn)));
        }
        static constexpr const char16_t *kStatusNames[] = {u"unactivated", u"active", u"locked",
                                                           u"disabled"};
        accounts.add({id, a.platformOrg, w.usernames[i], w.emails[i],
                      DemoWorld::mobileText(a.mobile), a.name.displayName(), a.name.latinName(),
                      a.corporate ? u"corporate"_s : u"individual"_s,
                      QString::fromUtf16(kStatusNames[int(a.status)]),
                      lockedUntil ? QVariant(lockedUntil) : QVariant(), lockReason, disabledReason,
                      a.activated() ? 1 : 0, a.activated() && random.chance(0.01) ? 1 : 0,
                      a.createdByAgent ? 1 : 0, a.createdAt,
                      a.activated() ? QVariant(a.activatedAt) : QVariant(),
                      plan.lastSignInAt() ? QVariant(plan.lastSignInAt()) : QVariant(),
                      // Decision mails go out in this language (schema v2).
                      english ? u"en"_s : u"zh_CN"_s});

        a.realnameLevel = quint8(realname.generate(random, id, a));

        quint8 loginMethods = 0;
        if (a.activated()) {
            loginMethods |= LoginPassword;
            if (a.mobile && random.chance(0.75))
                loginMethods |= LoginSms;
            if (random.chance(0.04))
                loginMethods |= LoginSso;
            if (a.realnameLevel == 4 && random.chance(0.7))
                loginMethods |= LoginFace;
        } else if (a.mobile && !a.createdByAgent) {
            loginMethods |= LoginSms; // activation starts with an SMS code (seed 002 §2)
        }
        static constexpr std::pair<quint8, const char16_t *> kMethodNames[] = {
                {LoginPassword, u"password"},
                {LoginSms, u"sms"},
                {LoginSso, u"sso"},
                {LoginFace, u"face"}};
        for (const auto &[bit, text] : kMethodNames) {
            if (loginMethods & bit)
                methods.add({id, QString::fromUtf16(text)});
        }
        signIns.write(random, id, a, loginMethods, plan, sms);

        if (a.mobile) {
            if (!a.createdByAgent && !imported)
                sms.attempt(a.createdAt - random.between(30, 150) * kSecond, u"register");
            if (imported && a.activated())
                sms.attempt(a.activatedAt - random.between(30, 150) * kSecond, u"activate");
            if (a.status == DemoAccountStatus::Unactivated && !a.createdByAgent
                && random.chance(0.2))
                sms.attempt(w.anchor - qint64(random.exponential(3 * kDay)) - kMinute, u"activate");
            if (a.activated() && random.chance(0.05))
                sms.attempt(w.anchor - qint64(random.exponential(20 * kDay)) - kMinute,
                            u"reset_password");
            if (a.activated() && random.chance(0.02))
                sms.impatientDay(random, a.activatedAt);
            sms.finish(random, id, a.mobile);
        }
    }
    sms.strangers(random, std::max(10, w.size / 50));
    accounts.flush();
    methods.flush();
    realname.flush();
    signIns.flush();
    sms.flush();
}
