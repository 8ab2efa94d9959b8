#include "domain/jsonwriter.h"

#include "domain/jsontime.h"

void JsonWriter::separate()
{
    if (!m_first)
        m_bytes.append(',');
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_bytes.append('{');
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_bytes.append('}');
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_bytes.append('[');
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_bytes.append(']');
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    value(name);
    m_bytes.append(':');
    m_first = true; // the value that follows takes no comma
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    m_bytes.append('"');
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_bytes.append('\\');
            m_bytes.append(c);
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                m_bytes.append("\\n");
                break;
            case '\r':
                m_bytes.append("\\r");
                break;
            case '\t':
                m_bytes.append("\\t");
                break;
            default:
                m_bytes.append("\\u00");
                m_bytes.append(hex[u >> 4]);
                m_bytes.append(hex[u & 15]);
            }
        } else {
            m_bytes.append(c);
        }
    }
    m_bytes.append('"');
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_bytes.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_bytes.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_bytes.append("null");
    return *this;
}

JsonWriter &JsonWriter::time(qint64 msSinceEpoch)
{
    return msSinceEpoch ? value(JsonTime::formatMs(msSinceEpoch)) : null();
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_bytes.append(json);
    return *this;
}
