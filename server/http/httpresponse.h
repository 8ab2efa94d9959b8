#pragma once

#include "domain/problem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

// What a route answers. Built with the helpers below, written by ApiServer.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<Problem> problemDocument; // rendered at write time, with the request id
    bool omitBody = false;                  // an answer to HEAD: the head of the GET answer only

    bool isProblem() const { return problemDocument.has_value(); }

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    HttpResponse &withEtag(int version);

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    // A body already written as JSON (JsonWriter), for long lists.
    static HttpResponse jsonBytes(QByteArray body, int status = 200);
    static HttpResponse noContent();
    static HttpResponse problem(const Problem &problem);
    // The common shape: status, stable code, English title, optional detail.
    static HttpResponse problem(int status, const char16_t *code, const QString &title,
                                const QString &detail = {});
    static HttpResponse validation(const QList<FieldProblem> &fields);
};
