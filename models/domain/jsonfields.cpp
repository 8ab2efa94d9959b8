#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

JsonFieldReader::JsonFieldReader(QJsonObject object) : m_object(std::move(object)) { }

const QJsonValue *JsonFieldReader::lookup(const QString &name)
{
    m_read.insert(name);
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd() || it->isNull())
        return nullptr;
    m_current = *it;
    return &m_current;
}

void JsonFieldReader::addProblem(const QString &field, const QString &code)
{
    m_problems.append({field, code});
}

bool JsonFieldReader::checkText(const QString &name, const QString &value, qsizetype maxLength)
{
    if (value.size() > maxLength) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldTooLong));
        return false;
    }
    for (QChar c : value) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n') || c.unicode() == 0x7f) {
            addProblem(name, QString::fromUtf16(ProblemCode::FieldControlCharacter));
            return false;
        }
    }
    return true;
}

QString JsonFieldReader::requiredString(const QString &name, qsizetype maxLength)
{
    const QJsonValue *v = lookup(name);
    if (!v) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldMissing));
        return {};
    }
    if (!v->isString()) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldWrongType));
        return {};
    }
    const QString s = v->toString();
    if (s.trimmed().isEmpty()) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldEmpty));
        return {};
    }
    return checkText(name, s, maxLength) ? s : QString();
}

std::optional<QString> JsonFieldReader::optionalString(const QString &name, qsizetype maxLength)
{
    const QJsonValue *v = lookup(name);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldWrongType));
        return std::nullopt;
    }
    const QString s = v->toString();
    if (!checkText(name, s, maxLength))
        return std::nullopt;
    return s;
}

std::optional<qint64> JsonFieldReader::optionalInteger(const QString &name, qint64 min, qint64 max)
{
    const QJsonValue *v = lookup(name);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldWrongType));
        return std::nullopt;
    }
    const double d = v->toDouble();
    const qint64 i = v->toInteger();
    if (double(i) != d) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldWrongType));
        return std::nullopt;
    }
    if (i < min || i > max) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldOutOfRange));
        return std::nullopt;
    }
    return i;
}

qint64 JsonFieldReader::requiredInteger(const QString &name, qint64 min, qint64 max)
{
    if (!m_object.contains(name) || m_object.value(name).isNull()) {
        m_read.insert(name);
        addProblem(name, QString::fromUtf16(ProblemCode::FieldMissing));
        return 0;
    }
    return optionalInteger(name, min, max).value_or(0);
}

std::optional<bool> JsonFieldReader::optionalBool(const QString &name)
{
    const QJsonValue *v = lookup(name);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldWrongType));
        return std::nullopt;
    }
    return v->toBool();
}

QStringList JsonFieldReader::optionalStringList(const QString &name, qsizetype maxItems,
                                                qsizetype maxLength)
{
    const QJsonValue *v = lookup(name);
    if (!v)
        return {};
    if (!v->isArray()) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldWrongType));
        return {};
    }
    const QJsonArray array = v->toArray();
    if (array.size() > maxItems) {
        addProblem(name, QString::fromUtf16(ProblemCode::FieldOutOfRange));
        return {};
    }
    QStringList list;
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            addProblem(name, QString::fromUtf16(ProblemCode::FieldWrongType));
            return {};
        }
        if (!checkText(name, item.toString(), maxLength))
            return {};
        list.append(item.toString());
    }
    return list;
}

void JsonFieldReader::finish(const QSet<QString> &privileged)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_read.contains(it.key()))
            continue;
        addProblem(it.key(),
                   QString::fromUtf16(privileged.contains(it.key()) ? ProblemCode::FieldPrivileged
                                                                    : ProblemCode::FieldUnknown));
    }
}
