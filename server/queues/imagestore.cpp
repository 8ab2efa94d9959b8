#include "queues/imagestore.h"

#include "store/database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

quint32 bigEndian32(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
            | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

quint16 bigEndian16(const QByteArray &b, qsizetype at)
{
    return quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
}

bool jpegSize(const QByteArray &b, int *w, int *h)
{
    // Walk the segments to a start-of-frame marker (SOF0-SOF15 except DHT/JPG/DAC).
    qsizetype i = 2;
    while (i + 9 < b.size()) {
        if (quint8(b[i]) != 0xFF)
            return false;
        const quint8 marker = quint8(b[i + 1]);
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2;
            continue;
        }
        const quint16 length = bigEndian16(b, i + 2);
        if (length < 2)
            return false;
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
            && marker != 0xCC) {
            *h = bigEndian16(b, i + 5);
            *w = bigEndian16(b, i + 7);
            return true;
        }
        i += 2 + length;
    }
    return false;
}

} // namespace

ImageStore::ImageStore(Database &db) : m_db(db) { }

ImageStore::Inspection ImageStore::inspect(const QByteArray &bytes, const QByteArray &declaredType)
{
    Inspection r;
    if (bytes.isEmpty()) {
        r.problem = u"empty"_s;
        return r;
    }
    if (bytes.size() > kMaxBytes) {
        r.problem = u"too_large"_s;
        return r;
    }
    static const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.startsWith(pngSignature) && bytes.size() >= 33 && bytes.mid(12, 4) == "IHDR") {
        r.contentType = u"image/png"_s;
        r.width = int(bigEndian32(bytes, 16));
        r.height = int(bigEndian32(bytes, 20));
    } else if (bytes.size() > 4 && quint8(bytes[0]) == 0xFF && quint8(bytes[1]) == 0xD8
               && quint8(bytes[2]) == 0xFF) {
        r.contentType = u"image/jpeg"_s;
        if (!jpegSize(bytes, &r.width, &r.height)) {
            r.problem = u"not_allowed"_s;
            return r;
        }
    } else {
        r.problem = u"not_allowed"_s;
        return r;
    }
    // A declared type that disagrees with the bytes is refused, not corrected.
    const QByteArray declared = declaredType.split(';').value(0).trimmed().toLower();
    if (!declared.isEmpty() && declared != r.contentType.toLatin1()) {
        r.problem = u"not_allowed"_s;
        return r;
    }
    if (r.width <= 0 || r.height <= 0 || r.width > kMaxDimension || r.height > kMaxDimension) {
        r.problem = u"out_of_range"_s;
        return r;
    }
    r.ok = true;
    return r;
}

qint64 ImageStore::store(qint64 orgId, const Inspection &inspection, const QByteArray &bytes,
                         qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO images (platform_org_id, content_type, byte_size, sha256, width, height,"
            " data, created_at) VALUES (:o, :t, :s, :h, :w, :hh, :d, :c) RETURNING id"_s);
    q.bindValue(u":o"_s, orgId);
    q.bindValue(u":t"_s, inspection.contentType);
    q.bindValue(u":s"_s, bytes.size());
    q.bindValue(u":h"_s,
                QString::fromLatin1(
                        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    q.bindValue(u":w"_s, inspection.width);
    q.bindValue(u":hh"_s, inspection.height);
    q.bindValue(u":d"_s, bytes);
    q.bindValue(u":c"_s, now);
    m_db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

std::optional<ImageStore::Image> ImageStore::fetch(qint64 orgId, qint64 id)
{
    // Images generated before they had an organization belong to whoever's item uses them.
    QSqlQuery &q = m_db.prepare(u"SELECT content_type, data, sha256 FROM images i WHERE i.id = :id "
                                u"AND (i.platform_org_id = :o OR"
                                " (i.platform_org_id IS NULL AND (EXISTS (SELECT 1 FROM "
                                "workspace_applications w WHERE w.logo_image_id = i.id"
                                " AND w.platform_org_id = :o2) OR EXISTS (SELECT 1 FROM "
                                "enterprise_verifications e WHERE"
                                " e.licence_image_id = i.id AND e.platform_org_id = :o3))))"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":o"_s, orgId);
    q.bindValue(u":o2"_s, orgId);
    q.bindValue(u":o3"_s, orgId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    Image image{q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString()};
    q.finish();
    return image;
}

bool ImageStore::belongsTo(qint64 orgId, qint64 id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT 1 FROM images WHERE id = :id AND platform_org_id = :o"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":o"_s, orgId);
    m_db.exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}
