#include "demo/smsgenerator.h"

#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

// China's virtual-operator prefixes, used for strangers only: account mobiles
// never use them, so a stranger's attempts never share a quota with an account.
constexpr int kStrangerPrefixes[] = {162, 165, 167, 170, 171};

} // namespace

SmsGenerator::SmsGenerator(DemoWorld &world, BulkInserter &accounts)
    : m_world(world),
      m_sends(world.db, u"sms_sends"_s,
              {u"id"_s, u"account_id"_s, u"mobile"_s, u"sent_at"_s, u"purpose"_s, u"result"_s})
{
    m_sends.after(accounts);
}

void SmsGenerator::attempt(qint64 at, const char16_t *purpose)
{
    if (at < m_world.anchor)
        m_attempts.append({at, purpose});
}

void SmsGenerator::impatientDay(DemoRandom &random, qint64 notBefore)
{
    const qint64 span = m_world.anchor - notBefore;
    if (span < kDay)
        return;
    // A morning in China (UTC+8) within the last month.
    const qint64 day = chinaDay(m_world.anchor - kDay
                                - qint64(random.below(quint64(std::min(span, 30 * kDay)))));
    qint64 t = day * kDay - kChinaOffset + 8 * kHour + qint64(random.below(quint64(12 * kHour)));
    const int tries = int(random.between(6, 12));
    const char16_t *purpose = random.chance(0.5) ? u"sign_in" : u"reset_password";
    for (int i = 0; i < tries; ++i) {
        attempt(t, purpose);
        const double r = random.unit();
        if (r < 0.45)
            t += random.between(8, 55) * kSecond; // "resend" pressed again at once
        else if (r < 0.8)
            t += random.between(61, 600) * kSecond;
        else
            t += random.between(10, 50) * kMinute;
    }
}

void SmsGenerator::finish(DemoRandom &random, qint64 accountId, quint64 mobile)
{
    std::sort(m_attempts.begin(), m_attempts.end(),
              [](const Attempt &a, const Attempt &b) { return a.at < b.at; });
    m_sent.clear();
    const QString number = DemoWorld::mobileText(mobile);
    for (const Attempt &a : std::as_const(m_attempts)) {
        int lastMinute = 0;
        int lastHour = 0;
        int today = 0;
        const qint64 day = chinaDay(a.at);
        for (qint64 s : std::as_const(m_sent)) {
            lastMinute += a.at - s < kMinute;
            lastHour += a.at - s < kHour;
            today += chinaDay(s) == day;
        }
        const char16_t *result = u"sent";
        if (lastMinute > 0)
            result = u"limited_minute";
        else if (lastHour >= 3)
            result = u"limited_hour";
        else if (today >= 5)
            result = u"limited_day";
        else if (random.chance(0.004))
            result = u"failed"; // the carrier refused; does not count against the quota
        else
            m_sent.append(a.at);
        m_sends.add({m_nextId++, accountId ? QVariant(accountId) : QVariant(), number, a.at,
                     QString::fromUtf16(a.purpose), QString::fromUtf16(result)});
    }
    m_attempts.clear();
}

void SmsGenerator::strangers(DemoRandom &random, int count)
{
    const DemoScramble scramble(100'000'000ULL, m_world.seed ^ 0x5e9d);
    for (int i = 0; i < count; ++i) {
        // A permutation of the serial keeps two strangers off one number.
        const quint64 mobile = quint64(kStrangerPrefixes[size_t(i) % std::size(kStrangerPrefixes)])
                        * 100'000'000ULL
                + scramble.map(quint64(i));
        qint64 t = m_world.anchor - qint64(random.exponential(5 * kDay)) - kMinute;
        const int tries = random.chance(0.85) ? 1 : int(random.between(2, 4));
        for (int k = 0; k < tries; ++k) {
            attempt(t, u"register");
            t += random.between(20, 300) * kSecond;
        }
        finish(random, 0, mobile);
    }
}
