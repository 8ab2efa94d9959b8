#include "http/httpresponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

HttpResponse &HttpResponse::withEtag(int version)
{
    return withHeader("ETag", '"' + QByteArray::number(version) + '"');
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::jsonBytes(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::problem(const Problem &problem)
{
    HttpResponse r;
    r.status = problem.status;
    r.contentType = "application/problem+json";
    r.problemDocument = problem;
    return r;
}

HttpResponse HttpResponse::problem(int status, const char16_t *code, const QString &title,
                                   const QString &detail)
{
    Problem p;
    p.status = status;
    p.code = QString::fromUtf16(code);
    p.title = title;
    p.detail = detail;
    return problem(p);
}

HttpResponse HttpResponse::validation(const QList<FieldProblem> &fields)
{
    Problem p;
    p.status = 400;
    p.code = QString::fromUtf16(ProblemCode::ValidationFailed);
    p.title = u"The request has invalid fields."_s;
    p.fieldProblems = fields;
    return problem(p);
}
