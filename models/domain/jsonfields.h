#pragma once

#include "domain/problem.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

// Reads the fields of an untrusted JSON object, collecting one FieldProblem per
// bad field instead of stopping at the first, so the caller answers once with
// every problem. Fields never read are "unknown" unless declared privileged
// (fields a client may see but never set, such as id, status or version).
class JsonFieldReader
{
public:
    explicit JsonFieldReader(QJsonObject object);

    // Text: trimmed is not applied; control characters other than tab and newline
    // are refused; maxLength counts UTF-16 code units.
    QString requiredString(const QString &name, qsizetype maxLength = 256);
    std::optional<QString> optionalString(const QString &name, qsizetype maxLength = 256);
    std::optional<qint64> optionalInteger(const QString &name, qint64 min, qint64 max);
    qint64 requiredInteger(const QString &name, qint64 min, qint64 max);
    std::optional<bool> optionalBool(const QString &name);
    QStringList optionalStringList(const QString &name, qsizetype maxItems, qsizetype maxLength);

    void addProblem(const QString &field, const QString &code);

    // Call once after reading: flags every field that was not read.
    void finish(const QSet<QString> &privileged = {});

    bool ok() const { return m_problems.isEmpty(); }
    const QList<FieldProblem> &problems() const { return m_problems; }

private:
    const QJsonValue *lookup(const QString &name);
    bool checkText(const QString &name, const QString &value, qsizetype maxLength);

    QJsonObject m_object;
    QJsonValue m_current;
    QSet<QString> m_read;
    QList<FieldProblem> m_problems;
};
