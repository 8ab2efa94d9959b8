#include "models/audit/auditquery.h"

using namespace Qt::StringLiterals;

QUrlQuery AuditQuery::toUrlQuery(const QString &cursor) const
{
    QUrlQuery q;
    if (!action.isEmpty())
        q.addQueryItem(u"action"_s, action);
    if (!targetType.isEmpty())
        q.addQueryItem(u"target_type"_s, targetType);
    if (!targetId.isEmpty())
        q.addQueryItem(u"target_id"_s, targetId);
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, cursor);
    q.addQueryItem(u"limit"_s, QString::number(pageSize));
    return q;
}

QString AuditQuery::cacheKey(const QString &cursor) const
{
    return toUrlQuery(cursor).toString(QUrl::FullyEncoded);
}
