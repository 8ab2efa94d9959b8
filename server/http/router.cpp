#include "http/router.h"

void Router::add(const QByteArray &method, const QString &pattern, Access access,
                 RouteHandler handler)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    r.access = access;
    r.handler = std::move(handler);
    m_routes.append(std::move(r));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; ok && i < parts.size(); ++i) {
            const QString &seg = r.segments[i];
            if (seg.startsWith(u'{') && seg.endsWith(u'}'))
                params.insert(seg.sliced(1, seg.size() - 2), parts[i]);
            else
                ok = seg == parts[i];
        }
        if (!ok)
            continue;
        if (r.method == method) {
            result.route = &r;
            result.params = std::move(params);
            return result;
        }
        if (!result.allowedMethods.contains(r.method))
            result.allowedMethods.append(r.method);
    }
    return result;
}
