#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

// Logos and business licences. An upload is checked by its bytes, not its
// name or declared type: PNG or JPEG signature, readable dimensions, a size cap.
class ImageStore
{
public:
    static constexpr qsizetype kMaxBytes = 2 * 1024 * 1024;
    static constexpr int kMaxDimension = 8192;

    explicit ImageStore(Database &db);

    struct Inspection
    {
        bool ok = false;
        QString contentType; // image/png, image/jpeg
        int width = 0;
        int height = 0;
        QString problem; // a field code when not ok: "too_large", "not_allowed", "empty"
    };
    static Inspection inspect(const QByteArray &bytes, const QByteArray &declaredType);

    qint64 store(qint64 orgId, const Inspection &inspection, const QByteArray &bytes, qint64 now);
    struct Image
    {
        QString contentType;
        QByteArray bytes;
        QString sha256;
    };
    std::optional<Image> fetch(qint64 orgId, qint64 id);
    bool belongsTo(qint64 orgId, qint64 id);

private:
    Database &m_db;
};
