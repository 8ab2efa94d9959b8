#include "models/queues/queuerowstore.h"

#include <QDataStream>
#include <QIODevice>

#include <cstring>

static_assert(sizeof(QueueRowStore::Row) == 72, "keep queue rows compact");

namespace {

constexpr quint32 kBlobMagic = 0x47485131; // "GHQ1"

} // namespace

quint32 QueueRowStore::store(const QString &text)
{
    if (text.isEmpty())
        return 0xffffffffu;
    const QByteArray utf8 = text.toUtf8();
    const auto offset = quint32(m_arena.size());
    // A varint length keeps short names short.
    quint32 length = quint32(utf8.size());
    do {
        quint8 b = length & 0x7f;
        length >>= 7;
        if (length)
            b |= 0x80;
        m_arena.append(char(b));
    } while (length);
    m_arena.append(utf8);
    return offset;
}

QByteArrayView QueueRowStore::utf8(quint32 offset) const
{
    if (offset == 0xffffffffu || offset >= quint32(m_arena.size()))
        return {};
    const char *p = m_arena.constData() + offset;
    const char *end = m_arena.constData() + m_arena.size();
    quint32 length = 0;
    int shift = 0;
    quint8 b = 0;
    do {
        if (p == end || shift > 28)
            return {};
        b = quint8(*p++);
        length |= quint32(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (qsizetype(length) > end - p)
        return {};
    return QByteArrayView(p, qsizetype(length));
}

QString QueueRowStore::text(quint32 offset) const
{
    const QByteArrayView bytes = utf8(offset);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

quint16 QueueRowStore::word(const QString &text)
{
    const qsizetype i = m_words.indexOf(text);
    if (i >= 0)
        return quint16(i);
    m_words.append(text);
    return quint16(m_words.size() - 1);
}

quint16 QueueRowStore::claimer(qint64 id, const QString &name)
{
    if (!id)
        return 0;
    for (qsizetype i = 1; i < m_claimers.size(); ++i) {
        if (m_claimers[i].first == id && m_claimers[i].second == name)
            return quint16(i);
    }
    m_claimers.append({id, name});
    return quint16(m_claimers.size() - 1);
}

int QueueRowStore::upsert(const QueueItemSummary &s)
{
    Row r;
    r.id = s.id;
    r.applicantAccountId = s.applicantAccountId;
    r.submittedAt = s.submittedAt;
    r.dueAt = s.dueAt;
    r.claimExpiresAt = s.claimExpiresAt;
    r.updatedAt = s.updatedAt;
    r.version = s.version;
    r.role = word(s.role);
    r.claimer = claimer(s.claimedById, s.claimedByName);
    r.status = quint8(s.status);
    r.submissionNumber = quint8(std::clamp(s.submissionNumber, 1, 255));
    const int existing = indexOf(s.id);
    if (existing >= 0) {
        Row &old = m_rows[size_t(existing)];
        // Text rarely changes; keep the arena entries when it does not.
        r.applicantName = text(old.applicantName) == s.applicantName ? old.applicantName
                                                                     : store(s.applicantName);
        r.applicantEmail = text(old.applicantEmail) == s.applicantEmail ? old.applicantEmail
                                                                        : store(s.applicantEmail);
        r.company = text(old.company) == s.companyName ? old.company : store(s.companyName);
        old = r;
        return existing;
    }
    r.applicantName = store(s.applicantName);
    r.applicantEmail = store(s.applicantEmail);
    r.company = store(s.companyName);
    m_rows.push_back(r);
    const int index = int(m_rows.size()) - 1;
    m_byId.insert(s.id, index);
    return index;
}

QueueItemSummary QueueRowStore::summary(int index) const
{
    const Row &r = m_rows[size_t(index)];
    QueueItemSummary s;
    s.id = r.id;
    s.applicantAccountId = r.applicantAccountId;
    s.applicantName = text(r.applicantName);
    s.applicantEmail = text(r.applicantEmail);
    s.companyName = text(r.company);
    s.role = m_words.value(r.role);
    s.submittedAt = r.submittedAt;
    s.dueAt = r.dueAt;
    s.status = QueueStatus(r.status);
    s.claimedById = m_claimers.value(r.claimer).first;
    s.claimedByName = m_claimers.value(r.claimer).second;
    s.claimExpiresAt = r.claimExpiresAt;
    s.submissionNumber = r.submissionNumber;
    s.version = r.version;
    s.updatedAt = r.updatedAt;
    return s;
}

void QueueRowStore::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_arena.clear();
    m_arena.squeeze();
    m_byId.clear();
    m_words = {QString()};
    m_claimers = {{0, QString()}};
}

qsizetype QueueRowStore::memoryBytes() const
{
    // QHash<qint64,int>: a 16-byte entry per bucket in use plus a byte of offset
    // per bucket, at its load factor.
    return qsizetype(m_rows.capacity() * sizeof(Row)) + m_arena.capacity()
            + m_byId.capacity() * qsizetype(sizeof(qint64) + sizeof(int) + 1);
}

void QueueRowStore::squeeze()
{
    m_rows.shrink_to_fit();
    m_arena.squeeze();
    m_byId.squeeze();
}

QByteArray QueueRowStore::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kBlobMagic << quint32(sizeof(Row)) << m_words << m_claimers << m_arena;
    out << quint32(m_rows.size());
    out.writeRawData(reinterpret_cast<const char *>(m_rows.data()),
                     int(m_rows.size() * sizeof(Row)));
    return blob;
}

bool QueueRowStore::deserialize(const QByteArray &blob)
{
    clear();
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, rowSize = 0, count = 0;
    in >> magic >> rowSize;
    if (magic != kBlobMagic || rowSize != sizeof(Row))
        return false;
    in >> m_words >> m_claimers >> m_arena >> count;
    if (in.status() != QDataStream::Ok || m_words.isEmpty() || m_claimers.isEmpty())
        return clear(), false;
    m_rows.resize(count);
    const qint64 bytes = qint64(count) * qint64(sizeof(Row));
    if (in.readRawData(reinterpret_cast<char *>(m_rows.data()), int(bytes)) != bytes)
        return clear(), false;
    m_byId.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        const Row &r = m_rows[i];
        // A corrupt blob must not index outside the arena or the word lists.
        const auto inArena = [&](quint32 o) {
            return o == 0xffffffffu || o < quint32(m_arena.size());
        };
        if (!inArena(r.applicantName) || !inArena(r.applicantEmail) || !inArena(r.company)
            || r.role >= m_words.size() || r.claimer >= m_claimers.size())
            return clear(), false;
        m_byId.insert(r.id, int(i));
    }
    m_byId.squeeze();
    return true;
}
