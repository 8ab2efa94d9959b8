#pragma once

#include "domain/jsonfields.h"
#include "http/httpresponse.h"

#include <QJsonObject>

#include <optional>

// What the organization editors share: the answers they give and the reading
// of the fields that name a tree node.
namespace OrganizationEdits {

HttpResponse notFound(const QString &title);
// 412 with the record as it is now, and its ETag.
HttpResponse stale(const QString &title, const QJsonObject &current, int currentVersion);
HttpResponse conflict(const char16_t *code, const QString &title,
                      const QJsonObject &extensions = {});
HttpResponse invalidField(const QString &field, const char16_t *code);

// A field naming a department: absent → nullopt; null → 0 (the root level);
// a positive integer → that id. Anything else is a problem on the reader.
std::optional<qint64> nodeIdField(JsonFieldReader &reader, const QJsonObject &body,
                                  const QString &name);

// A positive integer id written as text (a query parameter), or nullopt.
std::optional<qint64> idFromText(const QString &text);

// A department name or a title: surrounding blanks trimmed; line breaks and
// tabs refused (they are control characters in a tree label).
std::optional<QString> label(JsonFieldReader &reader, const QString &name, qsizetype maxLength,
                             bool required);

} // namespace OrganizationEdits
