#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

// A JSON reader for untrusted request bodies. QJsonDocument silently keeps the
// last of duplicate keys, accepts lone surrogates and NUL, and turns integers
// beyond int64 into doubles; this reader refuses all of those, caps nesting,
// and reports where the problem is.
struct StrictJsonError
{
    enum class Kind {
        None,
        Syntax,
        DuplicateKey,
        InvalidString,
        NumberOutOfRange,
        TooDeep,
        NotAnObject
    };
    Kind kind = Kind::None;
    qsizetype offset = 0;
    QString key; // the duplicated key, when kind is DuplicateKey

    bool ok() const { return kind == Kind::None; }
};

namespace StrictJson {

inline constexpr int kMaxDepth = 32;

// Parses a body that must be one JSON object.
QJsonObject parseObject(QByteArrayView bytes, StrictJsonError *error);

} // namespace StrictJson
