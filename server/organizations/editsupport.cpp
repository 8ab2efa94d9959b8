#include "organizations/editsupport.h"

using namespace Qt::StringLiterals;

namespace OrganizationEdits {

HttpResponse notFound(const QString &title)
{
    return HttpResponse::problem(404, ProblemCode::NotFound, title);
}

HttpResponse stale(const QString &title, const QJsonObject &current, int currentVersion)
{
    Problem p;
    p.status = 412;
    p.code = QString::fromUtf16(ProblemCode::PreconditionFailed);
    p.title = title;
    p.extensions.insert(u"current"_s, current);
    return HttpResponse::problem(p).withEtag(currentVersion);
}

HttpResponse conflict(const char16_t *code, const QString &title, const QJsonObject &extensions)
{
    Problem p;
    p.status = 409;
    p.code = QString::fromUtf16(code);
    p.title = title;
    p.extensions = extensions;
    return HttpResponse::problem(p);
}

HttpResponse invalidField(const QString &field, const char16_t *code)
{
    return HttpResponse::validation({{field, QString::fromUtf16(code)}});
}

std::optional<qint64> nodeIdField(JsonFieldReader &reader, const QJsonObject &body,
                                  const QString &name)
{
    const bool present = body.contains(name);
    const bool isNull = present && body.value(name).isNull();
    // Read in every case, so that the field is not reported as unknown.
    const std::optional<qint64> id = reader.optionalInteger(name, 1, 999'999'999'999'999'999);
    if (!present)
        return std::nullopt;
    if (isNull)
        return qint64(0);
    return id;
}

std::optional<qint64> idFromText(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QString> label(JsonFieldReader &reader, const QString &name, qsizetype maxLength,
                             bool required)
{
    const std::optional<QString> raw = required
            ? std::optional<QString>(reader.requiredString(name, maxLength))
            : reader.optionalString(name, maxLength);
    if (!raw || raw->isNull())
        return std::nullopt;
    if (raw->contains(u'\n') || raw->contains(u'\t')) {
        reader.addProblem(name, QString::fromUtf16(ProblemCode::FieldControlCharacter));
        return std::nullopt;
    }
    return raw->trimmed();
}

} // namespace OrganizationEdits
