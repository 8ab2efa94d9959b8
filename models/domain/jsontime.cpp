#include "domain/jsontime.h"

#include <array>

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): lists of
// thousands of rows format their times without QDateTime's general path.
void civilFromDays(qint64 z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(qint64(yoe) + era * 400 + (*m <= 2 ? 1 : 0));
}

void put(char16_t *&out, unsigned value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

} // namespace

namespace JsonTime {

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return formatMs(time.toMSecsSinceEpoch());
}

QString formatMs(qint64 ms)
{
    qint64 days = ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    int year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    put(out, unsigned(year), 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, unsigned(rest / 3'600'000), 2);
    *out++ = u':';
    put(out, unsigned(rest / 60'000 % 60), 2);
    *out++ = u':';
    put(out, unsigned(rest / 1000 % 60), 2);
    *out++ = u'.';
    put(out, unsigned(rest % 1000), 3);
    *out = u'Z';
    return text;
}

QDateTime parse(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace JsonTime
