#include "models/queues/queueroworder.h"

#include "domain/businesscalendar.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace {

int compareUtf8(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

// The first 8 bytes, big-endian: sorts like the bytes themselves.
quint64 prefixKey(QByteArrayView bytes)
{
    quint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | (i < bytes.size() ? quint8(bytes[i]) : 0u);
    return key;
}

// The server sorts status by its code; this is that order.
int statusRank(quint8 status)
{
    switch (QueueStatus(status)) {
    case QueueStatus::Approved:
        return 0;
    case QueueStatus::Rejected:
        return 1;
    case QueueStatus::UnderReview:
        return 2;
    case QueueStatus::Withdrawn:
        return 3;
    }
    return 4;
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Case-insensitive for ASCII; Chinese has no case.
bool containsFolded(QByteArrayView haystack, const QByteArray &needleLower)
{
    if (needleLower.isEmpty())
        return true;
    const auto it =
            std::search(haystack.begin(), haystack.end(), needleLower.begin(), needleLower.end(),
                        [](char a, char b) { return asciiLower(a) == b; });
    return it != haystack.end();
}

qint64 localMidnightMs(QDate d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
            - BusinessCalendar::kUtcOffsetSeconds * 1000LL;
}

} // namespace

bool QueueRowOrder::less(int a, int b) const
{
    const QueueRowStore::Row &ra = m_store.row(a);
    const QueueRowStore::Row &rb = m_store.row(b);
    int c = 0;
    switch (m_filter.sort) {
    case QueueSortColumn::Applicant:
        c = compareUtf8(m_store.utf8(ra.applicantName), m_store.utf8(rb.applicantName));
        break;
    case QueueSortColumn::Company:
        c = compareUtf8(m_store.utf8(ra.company), m_store.utf8(rb.company));
        break;
    case QueueSortColumn::Role:
        c = QString::compare(m_store.role(a), m_store.role(b));
        break;
    case QueueSortColumn::Submitted:
        c = ra.submittedAt < rb.submittedAt ? -1 : (ra.submittedAt > rb.submittedAt ? 1 : 0);
        break;
    case QueueSortColumn::Due:
        c = ra.dueAt < rb.dueAt ? -1 : (ra.dueAt > rb.dueAt ? 1 : 0);
        break;
    case QueueSortColumn::Status:
        c = statusRank(ra.status) - statusRank(rb.status);
        break;
    case QueueSortColumn::ClaimedBy:
        c = QString::compare(m_store.claimerName(a), m_store.claimerName(b));
        break;
    }
    if (c == 0)
        c = ra.id < rb.id ? -1 : (ra.id > rb.id ? 1 : 0);
    return m_filter.descending ? c > 0 : c < 0;
}

void QueueRowOrder::sort(std::vector<int> &view) const
{
    // Sort compact keys, not rows: 16 bytes of the text (or the number, or the
    // rank of a repeated word) settle almost every comparison; a key that holds
    // its whole value ties to the id; only long texts with equal first 16 bytes
    // fall back to the full comparison.
    struct Keyed
    {
        quint64 hi;
        quint64 lo;
        qint64 id;
        int index;
        bool exact;
        QByteArrayView text; // the whole text, for ties past 16 bytes
    };
    std::vector<Keyed> keyed;
    keyed.reserve(view.size());
    const bool desc = m_filter.descending;
    const auto ranks = [](qsizetype count, const auto &text) {
        std::vector<int> order(static_cast<size_t>(count));
        for (qsizetype i = 0; i < count; ++i)
            order[size_t(i)] = int(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return compareUtf8(text(a).toUtf8(), text(b).toUtf8()) < 0;
        });
        std::vector<quint64> rank(static_cast<size_t>(count));
        for (size_t r = 0; r < order.size(); ++r)
            rank[size_t(order[r])] = r;
        return rank;
    };
    const std::vector<quint64> roleRank =
            ranks(m_store.wordCount(), [this](int i) { return m_store.word(quint16(i)); });
    const std::vector<quint64> claimerRank =
            ranks(m_store.claimerCount(), [this](int i) { return m_store.claimerAt(quint16(i)); });
    const auto textKey = [](QByteArrayView bytes, Keyed *k) {
        k->text = bytes;
        k->hi = prefixKey(bytes);
        k->lo = prefixKey(bytes.size() > 8 ? bytes.sliced(8) : QByteArrayView());
        k->exact = bytes.size() <= 16;
    };
    for (int i : view) {
        const QueueRowStore::Row &r = m_store.row(i);
        Keyed k{0, 0, r.id, i, true, {}};
        switch (m_filter.sort) {
        case QueueSortColumn::Applicant:
            textKey(m_store.utf8(r.applicantName), &k);
            break;
        case QueueSortColumn::Company:
            textKey(m_store.utf8(r.company), &k);
            break;
        case QueueSortColumn::Role:
            k.hi = roleRank[r.role];
            break;
        case QueueSortColumn::Submitted:
            k.hi = quint64(r.submittedAt) ^ (1ULL << 63);
            break;
        case QueueSortColumn::Due:
            k.hi = quint64(r.dueAt) ^ (1ULL << 63);
            break;
        case QueueSortColumn::Status:
            k.hi = quint64(statusRank(r.status));
            break;
        case QueueSortColumn::ClaimedBy:
            k.hi = claimerRank[r.claimer];
            break;
        }
        keyed.push_back(k);
    }
    std::sort(keyed.begin(), keyed.end(), [desc](const Keyed &x, const Keyed &y) {
        if (x.hi != y.hi)
            return desc ? x.hi > y.hi : x.hi < y.hi;
        if (x.lo != y.lo)
            return desc ? x.lo > y.lo : x.lo < y.lo;
        if (!x.exact || !y.exact) {
            const int c = compareUtf8(x.text, y.text);
            if (c != 0)
                return desc ? c > 0 : c < 0;
        }
        return desc ? x.id > y.id : x.id < y.id;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        view[i] = keyed[i].index;
}

bool QueueRowOrder::matches(int storeIndex, qint64 staffId, qint64 nowMs) const
{
    const QueueRowStore::Row &r = m_store.row(storeIndex);
    const QueueFilter &f = m_filter;
    if (!f.statuses.isEmpty() && !f.statuses.contains(QueueStatus(r.status)))
        return false;
    if (!f.role.isEmpty() && m_store.role(storeIndex) != f.role)
        return false;
    if (f.submittedFrom.isValid() && r.submittedAt < localMidnightMs(f.submittedFrom))
        return false;
    if (f.submittedTo.isValid() && r.submittedAt >= localMidnightMs(f.submittedTo.addDays(1)))
        return false;
    const qint64 now = nowMs;
    if (!f.due.isEmpty() || !f.claimed.isEmpty()) {
        // Rare filters: the shared definition, on a materialised summary.
        if (!f.matches(m_store.summary(storeIndex), staffId, now))
            return false;
    }
    if (!f.text.isEmpty()) {
        const QByteArray needle = f.text.toUtf8().toLower();
        if (!containsFolded(m_store.utf8(r.company), needle)
            && !containsFolded(m_store.utf8(r.applicantEmail), needle)
            && !containsFolded(m_store.utf8(r.applicantName), needle))
            return false;
    }
    return true;
}
