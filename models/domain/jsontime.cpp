#include "domain/jsontime.h"

namespace JsonTime {

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString formatMs(qint64 msSinceEpoch)
{
    return format(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

QDateTime parse(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace JsonTime
