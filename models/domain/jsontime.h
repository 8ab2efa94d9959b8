#pragma once

#include <QDateTime>
#include <QString>

// Times on the wire are UTC, ISO 8601 with milliseconds: 2026-11-21T08:30:00.000Z.
namespace JsonTime {

QString format(const QDateTime &time);
QString formatMs(qint64 msSinceEpoch);
QDateTime parse(const QString &text); // invalid QDateTime when text is not such a time

} // namespace JsonTime
