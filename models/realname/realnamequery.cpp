#include "models/realname/realnamequery.h"

#include "domain/jsontime.h"

using namespace Qt::StringLiterals;

QUrlQuery RealnameQuery::toUrlQuery(const QString &cursor) const
{
    QUrlQuery q;
    if (level == 3 || level == 4)
        q.addQueryItem(u"level"_s, QString::number(level));
    if (eligibility != Eligibility::Any)
        q.addQueryItem(u"eligible"_s,
                       eligibility == Eligibility::Eligible ? u"true"_s : u"false"_s);
    if (verifiedFrom.isValid())
        q.addQueryItem(u"verified_from"_s, JsonTime::format(verifiedFrom.startOfDay()));
    if (verifiedTo.isValid())
        q.addQueryItem(u"verified_to"_s, JsonTime::format(verifiedTo.addDays(1).startOfDay()));
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, cursor);
    q.addQueryItem(u"limit"_s, QString::number(pageSize));
    return q;
}

QString RealnameQuery::cacheKey() const
{
    return toUrlQuery({}).toString(QUrl::FullyEncoded);
}

RealnamePage RealnamePage::fromJson(const QJsonObject &body)
{
    RealnamePage page;
    page.ok = true;
    page.items = body.value(u"items"_s).toArray();
    page.nextCursor = body.value(u"next_cursor"_s).toString();
    page.total = body.value(u"total"_s).toInteger();
    page.totalExact = body.value(u"total_exact"_s).toBool(true);
    return page;
}

RealnameCounts RealnameCounts::fromJson(const QJsonObject &body)
{
    RealnameCounts counts;
    counts.ok = true;
    for (const QJsonValue &entry : body.value(u"levels"_s).toArray()) {
        const QJsonObject level = entry.toObject();
        const qint64 count = level.value(u"count"_s).toInteger();
        switch (level.value(u"level"_s).toInt()) {
        case 3:
            counts.level3 = count;
            break;
        case 4:
            counts.level4 = count;
            break;
        default:
            break; // a level this console does not know is not drawn
        }
    }
    counts.accounts = body.value(u"accounts"_s).toInteger();
    counts.withoutRecord = body.value(u"without_record"_s).toInteger();
    counts.eligible = body.value(u"eligible_for_business_registration"_s).toInteger();
    counts.asOf = JsonTime::parse(body.value(u"as_of"_s).toString());
    return counts;
}
