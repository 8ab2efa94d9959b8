#include "domain/strictjson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <rapidjson/error/error.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cmath>
#include <limits>
#include <vector>

namespace {

// Builds QJsonValues from SAX events, checking what QJsonDocument does not.
class StrictHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StrictHandler>
{
public:
    struct Frame
    {
        bool isObject = false;
        QJsonObject object;
        QJsonArray array;
        QSet<QString> keys;
        QString pendingKey;
    };

    StrictJsonError::Kind failure = StrictJsonError::Kind::None;
    QString duplicateKey;
    QJsonValue root;
    std::vector<Frame> stack;

    bool Null() { return add(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return add(QJsonValue(b)); }
    bool Int(int i) { return add(QJsonValue(i)); }
    bool Uint(unsigned u) { return add(QJsonValue(qint64(u))); }
    bool Int64(int64_t i) { return add(QJsonValue(qint64(i))); }
    bool Uint64(uint64_t u)
    {
        if (u > uint64_t(std::numeric_limits<qint64>::max()))
            return fail(StrictJsonError::Kind::NumberOutOfRange);
        return add(QJsonValue(qint64(u)));
    }
    bool Double(double d)
    {
        // RapidJSON reports integers that overflow 64 bits as doubles.
        if (!std::isfinite(d) || std::fabs(d) >= 9.2e18)
            return fail(StrictJsonError::Kind::NumberOutOfRange);
        return add(QJsonValue(d));
    }
    bool String(const char *str, rapidjson::SizeType length, bool)
    {
        QString s;
        if (!toQString(str, length, &s))
            return false;
        return add(QJsonValue(s));
    }
    bool Key(const char *str, rapidjson::SizeType length, bool)
    {
        QString key;
        if (!toQString(str, length, &key))
            return false;
        Frame &f = stack.back();
        if (f.keys.contains(key)) {
            duplicateKey = key;
            return fail(StrictJsonError::Kind::DuplicateKey);
        }
        f.keys.insert(key);
        f.pendingKey = key;
        return true;
    }
    bool StartObject() { return push(true); }
    bool EndObject(rapidjson::SizeType) { return pop(); }
    bool StartArray() { return push(false); }
    bool EndArray(rapidjson::SizeType) { return pop(); }

private:
    bool fail(StrictJsonError::Kind kind)
    {
        failure = kind;
        return false;
    }
    bool toQString(const char *str, rapidjson::SizeType length, QString *out)
    {
        // kParseValidateEncodingFlag has already refused bad UTF-8 and lone
        // surrogates; NUL and other C0 controls but tab/newline are refused here.
        for (rapidjson::SizeType i = 0; i < length; ++i) {
            const auto c = static_cast<unsigned char>(str[i]);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return fail(StrictJsonError::Kind::InvalidString);
        }
        *out = QString::fromUtf8(str, qsizetype(length));
        return true;
    }
    bool push(bool isObject)
    {
        if (int(stack.size()) >= StrictJson::kMaxDepth)
            return fail(StrictJsonError::Kind::TooDeep);
        Frame f;
        f.isObject = isObject;
        stack.push_back(std::move(f));
        return true;
    }
    bool pop()
    {
        Frame f = std::move(stack.back());
        stack.pop_back();
        return add(f.isObject ? QJsonValue(f.object) : QJsonValue(f.array));
    }
    bool add(const QJsonValue &v)
    {
        if (stack.empty()) {
            root = v;
            return true;
        }
        Frame &f = stack.back();
        if (f.isObject)
            f.object.insert(f.pendingKey, v);
        else
            f.array.append(v);
        return true;
    }
};

} // namespace

namespace StrictJson {

QJsonObject parseObject(QByteArrayView bytes, StrictJsonError *error)
{
    StrictJsonError local;
    StrictJsonError &e = error ? *error : local;
    e = {};
    rapidjson::MemoryStream stream(bytes.data(), size_t(bytes.size()));
    rapidjson::Reader reader;
    StrictHandler handler;
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag
            | rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
    if (!result) {
        e.offset = qsizetype(result.Offset());
        if (handler.failure != StrictJsonError::Kind::None) {
            e.kind = handler.failure;
            e.key = handler.duplicateKey;
        } else if (result.Code() == rapidjson::kParseErrorStringUnicodeSurrogateInvalid
                   || result.Code() == rapidjson::kParseErrorStringInvalidEncoding
                   || result.Code() == rapidjson::kParseErrorStringUnicodeEscapeInvalidHex) {
            e.kind = StrictJsonError::Kind::InvalidString;
        } else if (result.Code() == rapidjson::kParseErrorNumberTooBig) {
            e.kind = StrictJsonError::Kind::NumberOutOfRange;
        } else {
            e.kind = StrictJsonError::Kind::Syntax;
        }
        return {};
    }
    // Anything after the value but white space is a syntax error.
    for (size_t i = stream.Tell(); i < size_t(bytes.size()); ++i) {
        const char c = bytes[qsizetype(i)];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            e.kind = StrictJsonError::Kind::Syntax;
            e.offset = qsizetype(i);
            return {};
        }
    }
    if (!handler.root.isObject()) {
        e.kind = StrictJsonError::Kind::NotAnObject;
        return {};
    }
    return handler.root.toObject();
}

} // namespace StrictJson
