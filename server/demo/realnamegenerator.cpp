#include "demo/realnamegenerator.h"

#include "demo/demoregions.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "domain/residentidnumber.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

struct Card
{
    QDate issued;
    QDate expires; // invalid: long-term
    int years = 0; // 0: long-term
};

struct Event
{
    qint64 at;
    int toLevel; // -1: keep the level (a re-check)
    const char16_t *method;
    const char16_t *note;
};

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

int validityYears(int ageAtIssue)
{
    if (ageAtIssue < 16)
        return 5;
    if (ageAtIssue <= 25)
        return 10;
    if (ageAtIssue <= 45)
        return 20;
    return 0;
}

// The card held on the anchor date: the first at 16, each renewed near its expiry.
Card currentCard(DemoRandom &random, QDate birth, QDate anchor, bool *lapsed)
{
    *lapsed = false;
    Card card;
    card.issued = birth.addYears(16).addDays(random.between(0, 400));
    for (;;) {
        card.years = validityYears(ageOn(birth, card.issued));
        if (card.years == 0) {
            card.expires = QDate();
            return card;
        }
        card.expires = card.issued.addYears(card.years);
        if (card.expires > anchor)
            return card;
        // Most renew in the last two months; a few let the card lapse for a while.
        const QDate next = random.chance(0.96) ? card.expires.addDays(-random.between(0, 60))
                                               : card.expires.addDays(random.between(1, 150));
        if (next > anchor) {
            *lapsed = true;
            return card;
        }
        card.issued = next;
    }
}

QDate birthDate(DemoRandom &random, qint64 createdAt)
{
    // Age when the account was opened: mostly working age.
    const double r = random.unit();
    int age;
    if (r < 0.70)
        age = int(random.between(22, 40));
    else if (r < 0.90)
        age = int(random.between(41, 55));
    else if (r < 0.96)
        age = int(random.between(18, 21));
    else
        age = int(random.between(56, 68));
    return chinaDate(createdAt).addYears(-age).addDays(-random.between(0, 364));
}

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

RealnameGenerator::RealnameGenerator(DemoWorld &world, BulkInserter &accounts)
    : m_world(world), m_anchorDate(chinaDate(world.anchor)),
      m_records(world.db, u"realname_records"_s,
                {u"account_id"_s, u"level"_s, u"legal_name"_s, u"id_number"_s, u"id_valid_from"_s,
                 u"id_valid_to"_s, u"validity_years"_s, u"four_element_state"_s, u"verified_at"_s,
                 u"face_verified_at"_s}),
      m_history(world.db, u"realname_history"_s,
                {u"id"_s, u"account_id"_s, u"at"_s, u"from_level"_s, u"to_level"_s, u"method"_s,
                 u"actor"_s, u"note"_s})
{
    m_records.after(accounts);
    m_history.after(accounts);
}

QString RealnameGenerator::idNumber(DemoRandom &random, int regionCode, QDate birth, bool male)
{
    QString id = QString::number(regionCode);
    id += QString::number(birth.year()).rightJustified(4, u'0');
    id += QString::number(birth.month()).rightJustified(2, u'0');
    id += QString::number(birth.day()).rightJustified(2, u'0');
    id += QString::number(random.below(100)).rightJustified(2, u'0');
    // The 17th digit is odd for men, even for women.
    id += QChar(u'0' + int(random.below(5)) * 2 + (male ? 1 : 0));
    id += ResidentIdNumber::checkCharacter(id);
    return id;
}

int RealnameGenerator::generate(DemoRandom &random, qint64 accountId, const DemoAccount &account)
{
    if (account.createdByAgent)
        return 0;
    PersonName legal = account.name;
    if (account.name.english) {
        // Only someone with a Chinese surname behind the English name holds a resident ID here.
        const int surname = account.name.chineseSurname();
        if (surname < 0 || !random.chance(0.35))
            return 0;
        legal = m_world.names.chineseWithSurname(random, surname, account.name.male);
    } else if (!random.chance(0.94)) {
        return 0;
    }

    const QDate birth = birthDate(random, account.createdAt);
    bool lapsed = false;
    const Card card = currentCard(random, birth, m_anchorDate, &lapsed);
    const QString id = idNumber(random, DemoRegions::pick(random).code, birth, legal.male);

    // The four-element check runs at registration (or when identity data was imported).
    const qint64 latest = m_world.anchor - kMinute;
    const qint64 firstCheck = std::min(
            account.createdAt + qint64(random.exponential(2 * kMinute)) + 20 * kSecond, latest);
    QList<Event> events{{firstCheck, 3, u"four_element", nullptr}};
    QString state = u"passed"_s;
    qint64 verifiedAt = firstCheck;

    const qint64 issuedMs = msOfDate(card.issued) - kChinaOffset;
    if (lapsed) {
        state = u"pending"_s; // the card on file has expired; a new check is due
    } else if (issuedMs > firstCheck) {
        const qint64 recheck = std::clamp(issuedMs + qint64(random.exponential(15 * kDay)) + kHour,
                                          firstCheck + kHour, latest);
        if (recheck > firstCheck) {
            // Freshly renewed cards sometimes fail the check for a while (seed 002 §10.1).
            if (m_anchorDate.daysTo(card.issued) > -120 && random.chance(0.08)) {
                state = u"failed"_s;
            } else {
                events.append({recheck, -1, u"four_element",
                               u"re-checked after the ID card was renewed"});
                verifiedAt = recheck;
            }
        }
    }

    int level = 3;
    qint64 faceAt = 0;
    if (account.activated() && random.chance(0.38)) {
        const qint64 from = std::max(firstCheck, account.activatedAt) + kMinute;
        const qint64 lastFace = latest - 30 * kSecond; // never at the same instant as a re-check
        if (from < lastFace) {
            faceAt = std::min(from + qint64(random.exponential(20 * kDay)), lastFace);
            events.append({faceAt, 4, u"face", nullptr});
            level = 4;
        }
    }
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.at < b.at; });

    m_records.add({accountId, level, legal.displayName(), id, isoDate(card.issued),
                   isoDate(card.expires), card.years ? QVariant(card.years) : QVariant(), state,
                   verifiedAt, faceAt ? QVariant(faceAt) : QVariant()});
    int current = 0;
    for (const Event &e : std::as_const(events)) {
        const int to = e.toLevel < 0 ? current : e.toLevel;
        m_history.add({m_nextHistoryId++, accountId, e.at, current ? QVariant(current) : QVariant(),
                       to, QString::fromUtf16(e.method), u"self"_s,
                       e.note ? QVariant(QString::fromUtf16(e.note)) : QVariant()});
        current = to;
    }
    return level;
}

void RealnameGenerator::flush()
{
    m_records.flush();
    m_history.flush();
}
