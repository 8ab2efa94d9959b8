#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Writes compact JSON straight into bytes. Long lists (a queue page of 500
// rows) cost a fraction of building QJsonObjects and serialising them; records
// that have a writeJson() also build their QJsonObject from it, so there is one
// definition of each record's shape.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QStringView name);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(const char16_t *text) { return value(QStringView(text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // A JSON time (JsonTime::formatMs), or null for 0.
    JsonWriter &time(qint64 msSinceEpoch);
    // Bytes that are already one JSON value.
    JsonWriter &raw(const QByteArray &json);

    const QByteArray &bytes() const { return m_bytes; }
    QByteArray take() { return std::move(m_bytes); }

private:
    void separate();

    QByteArray m_bytes;
    bool m_first = true;
};
