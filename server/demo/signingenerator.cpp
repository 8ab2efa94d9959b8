#include "demo/signingenerator.h"

#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "demo/smsgenerator.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

// Address blocks of large Chinese carriers, and a few elsewhere for the global platform.
constexpr int kChinaBlocks[][2] = {{36, 110},  {58, 246},  {101, 227}, {106, 120}, {112, 64},
                                   {113, 87},  {114, 247}, {115, 236}, {116, 228}, {117, 136},
                                   {119, 123}, {120, 229}, {121, 35},  {122, 224}, {123, 151},
                                   {124, 160}, {125, 118}, {180, 168}, {183, 62},  {218, 30},
                                   {220, 181}, {221, 130}, {222, 73},  {223, 104}};
constexpr int kGlobalBlocks[][2] = {{35, 180}, {52, 74},   {81, 2},  {94, 130},
                                    {103, 4},  {151, 101}, {175, 45}};

constexpr const char16_t *kDevices[] = {
        u"Chrome 131 · Windows 11",        u"Chrome 130 · Windows 10",
        u"Edge 131 · Windows 11",          u"Safari 18 · macOS 15",
        u"Chrome 131 · macOS 14",          u"Firefox 132 · Ubuntu 24.04",
        u"Safari · iPhone (iOS 18)",       u"Chrome · Android 14",
        u"WeChat DevTools 1.06 · Windows", u"WeChat DevTools 1.06 · macOS",
        u"QQ Browser 13 · Windows 10",     u"Huawei Browser · HarmonyOS 4",
};

const char16_t *methodName(quint8 method)
{
    switch (method) {
    case LoginSms:
        return u"sms";
    case LoginSso:
        return u"sso";
    case LoginFace:
        return u"face";
    default:
        return u"password";
    }
}

} // namespace

SignInGenerator::SignInGenerator(DemoWorld &world, BulkInserter &accounts)
    : m_world(world),
      m_signIns(world.db, u"account_sign_ins"_s,
                {u"id"_s, u"account_id"_s, u"at"_s, u"method"_s, u"ip"_s, u"result"_s}),
      m_sessions(world.db, u"account_sessions"_s,
                 {u"id"_s, u"account_id"_s, u"started_at"_s, u"last_seen_at"_s, u"device"_s,
                  u"ip"_s, u"ended_at"_s})
{
    m_signIns.after(accounts);
    m_sessions.after(accounts);
}

QString SignInGenerator::ip(DemoRandom &random, int platformOrg) const
{
    const bool global = platformOrg == 2 && random.chance(0.6);
    const int *block =
            global ? random.pick(std::span(kGlobalBlocks)) : random.pick(std::span(kChinaBlocks));
    return QString::number(block[0]) + u'.' + QString::number(block[1]) + u'.'
            + QString::number(random.below(256)) + u'.' + QString::number(1 + random.below(254));
}

SignInGenerator::Plan SignInGenerator::plan(DemoRandom &random, const DemoAccount &account,
                                            qint64 lockedAt, bool lockedByFailures) const
{
    Plan p;
    p.lockedAt = lockedAt;
    p.lockedByFailures = lockedByFailures;
    if (!account.activated())
        return p;
    const qint64 earliest = account.activatedAt + kMinute;
    const qint64 latest = lockedAt ? lockedAt - 10 * kMinute : m_world.anchor - kMinute;
    if (earliest >= latest)
        return p;
    // The most recent sign-in is days ago for most, minutes ago for some.
    const int count =
            std::min<int>(int(random.exponential(2.2)) + (random.chance(0.85) ? 1 : 0), 8);
    qint64 t = latest - qint64(random.exponential(9 * kDay));
    for (int i = 0; i < count && t > earliest; ++i) {
        p.times.prepend(t);
        t -= qint64(random.exponential(6 * kDay)) + kHour;
    }
    return p;
}

void SignInGenerator::write(DemoRandom &random, qint64 accountId, const DemoAccount &account,
                            quint8 methods, const Plan &plan, SmsGenerator &sms)
{
    QVarLengthArray<quint8, 4> usable;
    for (quint8 m : {LoginPassword, LoginSms, LoginSso, LoginFace}) {
        if (methods & m)
            usable.append(m);
    }
    if (usable.isEmpty())
        return;
    const QString device = QString::fromUtf16(random.pick(std::span(kDevices)));
    const qsizetype count = plan.times.size();
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 at = plan.times[i];
        const quint8 method = usable[qsizetype(random.below(quint64(usable.size())))];
        const QString address = ip(random, account.platformOrg);
        if (method == LoginPassword && random.chance(0.12)) {
            m_signIns.add({m_nextSignInId++, accountId, at - random.between(20, 90) * kSecond,
                           u"password"_s, address, u"wrong_password"_s});
        }
        if (method == LoginSms)
            sms.attempt(at - random.between(25, 90) * kSecond, u"sign_in");
        m_signIns.add({m_nextSignInId++, accountId, at, QString::fromUtf16(methodName(method)),
                       address, u"success"_s});
        // Sessions are kept for the last two sign-ins; the latest may still be open.
        if (i >= count - 2) {
            const qint64 end = plan.lockedAt ? plan.lockedAt : m_world.anchor - kMinute;
            const qint64 lastSeen = std::min(at + qint64(random.exponential(50 * kMinute)), end);
            const bool open = i == count - 1 && m_world.anchor - lastSeen < 7 * kDay
                    && account.status == DemoAccountStatus::Active;
            m_sessions.add(
                    {m_nextSessionId++, accountId, at, lastSeen, device, address,
                     open ? QVariant()
                          : QVariant(std::min(lastSeen + random.between(1, 30) * kMinute, end))});
        }
    }
    if (plan.lockedAt && plan.lockedByFailures) {
        const QString address = ip(random, account.platformOrg);
        qint64 at = plan.lockedAt - 5 * 50 * kSecond;
        for (int i = 0; i < 5; ++i) {
            at += random.between(15, 50) * kSecond;
            m_signIns.add(
                    {m_nextSignInId++, accountId, at, u"password"_s, address, u"wrong_password"_s});
        }
        // Trying again while locked is refused without checking the password.
        m_signIns.add({m_nextSignInId++, accountId, plan.lockedAt + random.between(1, 8) * kMinute,
                       u"password"_s, address, u"locked"_s});
    }
}

void SignInGenerator::flush()
{
    m_signIns.flush();
    m_sessions.flush();
}
