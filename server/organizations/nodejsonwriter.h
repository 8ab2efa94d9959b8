#pragma once

#include "domain/organizationrecords.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

// Writes the pages of organization trees (children, search hits, the
// organization list) straight to UTF-8 JSON. Building them as QJsonObjects
// first cost about seven times the database reads for a page of 100 members
// (bench/server_orgtree_bench.cpp); the records' own toJson() stays the
// reference, and tst_server_organizations checks that both say the same.
class NodeJsonWriter
{
public:
    NodeJsonWriter() { m_out.reserve(32 * 1024); }

    void beginObject();
    void endObject() { m_out.append('}'); }
    void beginArray();
    void endArray() { m_out.append(']'); }
    NodeJsonWriter &key(QLatin1StringView name); // names are ASCII, written as they are

    void string(QStringView text);
    void stringOrNull(QStringView text); // null when empty
    void integer(qint64 value);
    void idOrNull(qint64 id); // null when 0
    void boolean(bool value);
    void null();
    void timeOrNull(qint64 msSinceEpoch); // ISO 8601 UTC with milliseconds, null when 0

    void department(const DepartmentNode &d);
    void member(const MemberNode &m);
    void organization(const OrganizationSummary &o);

    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
};
