#include "http/apirequest.h"

#include "domain/strictjson.h"
#include "http/httpresponse.h"

using namespace Qt::StringLiterals;

QByteArray ApiRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headerList) {
        if (h.first.compare(lowerCaseName, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

std::optional<qint64> ApiRequest::idParam(const QString &name) const
{
    const QString text = pathParams.value(name);
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QJsonObject> ApiRequest::jsonBody(HttpResponse *problem) const
{
    const QByteArray type = header("content-type").split(';').value(0).trimmed().toLower();
    if (type != "application/json") {
        *problem = HttpResponse::problem(415, ProblemCode::UnsupportedMediaType,
                                         u"Send the body as application/json."_s);
        return std::nullopt;
    }
    StrictJsonError error;
    QJsonObject object = StrictJson::parseObject(body, &error);
    if (error.ok())
        return object;
    switch (error.kind) {
    case StrictJsonError::Kind::DuplicateKey:
        *problem = HttpResponse::problem(400, ProblemCode::DuplicateKey,
                                         u"The body names a field twice."_s,
                                         u"Field \"%1\" appears more than once."_s.arg(error.key));
        break;
    case StrictJsonError::Kind::InvalidString:
        *problem = HttpResponse::problem(400, ProblemCode::MalformedJson,
                                         u"The body holds a string that is not valid text."_s,
                                         u"Invalid string near byte %1."_s.arg(error.offset));
        break;
    case StrictJsonError::Kind::NumberOutOfRange:
        *problem = HttpResponse::problem(400, ProblemCode::MalformedJson,
                                         u"The body holds a number out of range."_s);
        break;
    case StrictJsonError::Kind::TooDeep:
        *problem = HttpResponse::problem(400, ProblemCode::MalformedJson,
                                         u"The body is nested too deeply."_s);
        break;
    case StrictJsonError::Kind::NotAnObject:
        *problem = HttpResponse::problem(400, ProblemCode::MalformedJson,
                                         u"The body must be a JSON object."_s);
        break;
    default:
        *problem = HttpResponse::problem(400, ProblemCode::MalformedJson,
                                         u"The body is not valid JSON."_s,
                                         u"Syntax error near byte %1."_s.arg(error.offset));
        break;
    }
    return std::nullopt;
}

std::optional<int> ApiRequest::ifMatchVersion(HttpResponse *problem) const
{
    QByteArray value = header("if-match").trimmed();
    if (value.isEmpty()) {
        *problem = HttpResponse::problem(428, ProblemCode::PreconditionRequired,
                                         u"Send If-Match with the version you saw."_s);
        return std::nullopt;
    }
    if (value.startsWith("W/"))
        value = value.sliced(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.sliced(1, value.size() - 2);
    bool ok = false;
    const int version = value.toInt(&ok);
    if (!ok || version <= 0) {
        *problem = HttpResponse::problem(412, ProblemCode::PreconditionFailed,
                                         u"If-Match does not name a version of this resource."_s);
        return std::nullopt;
    }
    return version;
}
