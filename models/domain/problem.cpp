#include "domain/problem.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject Problem::toJson() const
{
    QJsonObject o = extensions;
    o.insert(u"type"_s, QString(u"https://gatehouse.invalid/problems/"_s + code));
    o.insert(u"title"_s, title);
    o.insert(u"status"_s, status);
    o.insert(u"code"_s, code);
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    if (!instance.isEmpty())
        o.insert(u"instance"_s, instance);
    if (!fieldProblems.isEmpty()) {
        QJsonArray errors;
        for (const FieldProblem &f : fieldProblems)
            errors.append(QJsonObject{{u"field"_s, f.field}, {u"code"_s, f.code}});
        o.insert(u"errors"_s, errors);
    }
    return o;
}

Problem Problem::fromJson(const QJsonObject &object, int httpStatus)
{
    Problem p;
    p.status = object.value(u"status"_s).toInt(httpStatus);
    p.code = object.value(u"code"_s).toString();
    p.title = object.value(u"title"_s).toString();
    p.detail = object.value(u"detail"_s).toString();
    p.instance = object.value(u"instance"_s).toString();
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject eo = e.toObject();
        p.fieldProblems.append({eo.value(u"field"_s).toString(), eo.value(u"code"_s).toString()});
    }
    static const QStringList known{u"type"_s,   u"title"_s,    u"status"_s, u"code"_s,
                                   u"detail"_s, u"instance"_s, u"errors"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            p.extensions.insert(it.key(), it.value());
    }
    return p;
}
