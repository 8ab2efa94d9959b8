#include "routes/organizationroutes.h"

#include "domain/organizationrecords.h"
#include "http/router.h"
#include "organizations/departmenteditor.h"
#include "organizations/editsupport.h"
#include "organizations/membereditor.h"
#include "organizations/membersearch.h"
#include "organizations/nodejsonwriter.h"
#include "organizations/organizationstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

HttpResponse noOrganization()
{
    return HttpResponse::problem(404, ProblemCode::NotFound, u"No such organization."_s);
}

HttpResponse noDepartment()
{
    return HttpResponse::problem(404, ProblemCode::NotFound,
                                 u"No such department in this organization."_s);
}

HttpResponse noMember()
{
    return HttpResponse::problem(404, ProblemCode::NotFound,
                                 u"No such member in this organization."_s);
}

// {id} as an organization of the caller's platform organization.
std::optional<OrganizationSummary> organizationFrom(OrganizationStore &store, const ApiRequest &r,
                                                    bool withRoot = false)
{
    const auto id = r.idParam(u"id"_s);
    return id ? store.organization(r.principal.platformOrgId, *id, withRoot) : std::nullopt;
}

// An optional integer query parameter in [min, max]; a bad one lands in *problems.
int intParameter(const ApiRequest &r, const QString &name, int fallback, int min, int max,
                 QList<FieldProblem> *problems)
{
    if (!r.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = r.query.queryItemValue(name).toInt(&ok);
    if (!ok)
        problems->append({name, QString::fromUtf16(ProblemCode::FieldWrongType)});
    else if (value < min || value > max)
        problems->append({name, QString::fromUtf16(ProblemCode::FieldOutOfRange)});
    return ok && value >= min && value <= max ? value : fallback;
}

// A text query parameter: at most maxLength characters, no control characters.
QString textParameter(const ApiRequest &r, const QString &name, qsizetype maxLength,
                      QList<FieldProblem> *problems)
{
    const QString text = r.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (text.size() > maxLength)
        problems->append({name, QString::fromUtf16(ProblemCode::FieldTooLong)});
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            problems->append({name, QString::fromUtf16(ProblemCode::FieldControlCharacter)});
            break;
        }
    }
    return text;
}

// The root level as a node of its own: the organization's name and counts.
void writeRoot(NodeJsonWriter &w, const OrganizationSummary &o)
{
    w.beginObject();
    w.key("id"_L1).null();
    w.key("name"_L1).string(o.name);
    w.key("direct_members"_L1).integer(o.rootMembers);
    w.key("total_members"_L1).integer(o.memberCount);
    w.key("child_departments"_L1).integer(o.rootDepartments);
    w.endObject();
}

void writeCursor(NodeJsonWriter &w, const QString &next)
{
    w.key("next_cursor"_L1);
    if (next.isEmpty())
        w.null();
    else
        w.string(next);
}

HttpResponse written(NodeJsonWriter &w)
{
    HttpResponse r;
    r.body = w.take();
    return r;
}

} // namespace

namespace OrganizationRoutes {

void add(Router &router, OrganizationRouteContext c)
{
    const auto read = Access::permit(Permission::ReadOrganizations);
    const auto edit = Access::permit(Permission::EditOrganizations);

    router.add("GET", u"/api/v1/organizations"_s, read, [c](ApiRequest &r) {
        QList<FieldProblem> problems;
        OrganizationStore::ListQuery query;
        query.text = textParameter(r, u"q"_s, Organizations::kNameMaxLength, &problems);
        query.limit = intParameter(r, u"limit"_s, 50, 1, Organizations::kPageMax, &problems);
        query.cursor = r.query.queryItemValue(u"cursor"_s);
        if (r.query.hasQueryItem(u"type"_s)) {
            OrganizationType type;
            if (Organizations::typeFromCode(r.query.queryItemValue(u"type"_s), &type))
                query.type = type;
            else
                problems.append({u"type"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed)});
        }
        QList<OrganizationSummary> items;
        QString next;
        if (!problems.isEmpty()
            || !c.store.list(r.principal.platformOrgId, query, &items, &next, &problems))
            return HttpResponse::validation(problems);
        NodeJsonWriter w;
        w.beginObject();
        w.key("items"_L1).beginArray();
        for (const OrganizationSummary &o : std::as_const(items))
            w.organization(o);
        w.endArray();
        writeCursor(w, next);
        w.endObject();
        return written(w);
    });

    router.add("GET", u"/api/v1/organizations/{id}"_s, read, [c](ApiRequest &r) {
        const auto o = organizationFrom(c.store, r, true);
        if (!o)
            return noOrganization();
        return HttpResponse::json(o->toJson()).withEtag(o->version);
    });

    router.add("GET", u"/api/v1/organizations/{id}/children"_s, read, [c](ApiRequest &r) {
        QList<FieldProblem> problems;
        const QString parentText = r.query.queryItemValue(u"parent"_s);
        qint64 parentId = 0;
        if (!parentText.isEmpty() && parentText != u"root") {
            const auto id = OrganizationEdits::idFromText(parentText);
            if (!id)
                problems.append({u"parent"_s, QString::fromUtf16(ProblemCode::FieldWrongType)});
            else
                parentId = *id;
        }
        // The root level's own counts only when the root is the node.
        const auto o = organizationFrom(c.store, r, parentId == 0);
        if (!o)
            return noOrganization();
        const int limit = intParameter(r, u"limit"_s, 100, 1, Organizations::kPageMax, &problems);
        if (!problems.isEmpty())
            return HttpResponse::validation(problems);
        std::optional<StoredDepartment> parent;
        if (parentId) {
            parent = c.store.department(o->id, parentId);
            if (!parent)
                return noDepartment();
        }
        ChildrenPage page;
        if (!c.store.children(o->id, parentId, r.query.queryItemValue(u"cursor"_s), limit, &page,
                              &problems))
            return HttpResponse::validation(problems);
        NodeJsonWriter w;
        w.beginObject();
        w.key("parent"_L1);
        if (parent)
            w.department(parent->node);
        else
            writeRoot(w, *o);
        w.key("departments"_L1).beginArray();
        for (const DepartmentNode &d : std::as_const(page.departments))
            w.department(d);
        w.endArray();
        w.key("members"_L1).beginArray();
        for (const MemberNode &m : std::as_const(page.members))
            w.member(m);
        w.endArray();
        writeCursor(w, page.nextCursor);
        w.key("tree_version"_L1).integer(o->treeVersion);
        w.endObject();
        return written(w);
    });

    router.add("GET", u"/api/v1/organizations/{id}/changes"_s, read, [c](ApiRequest &r) {
        const auto o = organizationFrom(c.store, r);
        if (!o)
            return noOrganization();
        QList<FieldProblem> problems;
        const int limit = intParameter(r, u"limit"_s, 500, 1, 1000, &problems);
        bool ok = false;
        const qint64 since = r.query.queryItemValue(u"since"_s).toLongLong(&ok);
        if (!ok || since < 0)
            problems.append({u"since"_s,
                             QString::fromUtf16(ok ? ProblemCode::FieldOutOfRange
                                                   : ProblemCode::FieldWrongType)});
        if (!problems.isEmpty())
            return HttpResponse::validation(problems);
        const QList<OrganizationChange> changes = c.store.changes(o->id, since, limit);
        QJsonArray items;
        for (const OrganizationChange &change : changes)
            items.append(change.toJson());
        // A client that got a full batch asks again from the last tree version it saw.
        return HttpResponse::json(QJsonObject{{u"tree_version"_s, o->treeVersion},
                                              {u"version"_s, o->version},
                                              {u"changes"_s, items},
                                              {u"more"_s, changes.size() == limit}});
    });

    router.add("GET", u"/api/v1/organizations/{id}/departments/{department}"_s, read,
               [c](ApiRequest &r) {
                   const auto o = organizationFrom(c.store, r);
                   if (!o)
                       return noOrganization();
                   const auto id = r.idParam(u"department"_s);
                   const auto d = id ? c.store.department(o->id, *id) : std::nullopt;
                   if (!d)
                       return noDepartment();
                   QJsonObject json = d->node.toJson();
                   QJsonArray path;
                   const QList<DepartmentRef> steps = c.store.pathOf(o->id, d->path);
                   for (const DepartmentRef &step : steps)
                       path.append(step.toJson());
                   json.insert(u"path"_s, path);
                   return HttpResponse::json(json).withEtag(d->node.version);
               });

    router.add("GET", u"/api/v1/organizations/{id}/departments/{department}/path"_s, read,
               [c](ApiRequest &r) {
                   const auto o = organizationFrom(c.store, r);
                   if (!o)
                       return noOrganization();
                   const auto id = r.idParam(u"department"_s);
                   const auto d = id ? c.store.department(o->id, *id) : std::nullopt;
                   if (!d)
                       return noDepartment();
                   QJsonArray path;
                   const QList<DepartmentRef> steps = c.store.pathOf(o->id, d->path);
                   for (const DepartmentRef &step : steps)
                       path.append(step.toJson());
                   return HttpResponse::json(QJsonObject{{u"organization_id"_s, o->id},
                                                         {u"organization"_s, o->name},
                                                         {u"path"_s, path}});
               });

    // Registered before …/members/{member}, which would otherwise take "search" for an id.
    router.add("GET", u"/api/v1/organizations/{id}/members/search"_s, read, [c](ApiRequest &r) {
        const auto o = organizationFrom(c.store, r);
        if (!o)
            return noOrganization();
        QList<FieldProblem> problems;
        const QString text = textParameter(r, u"q"_s, Organizations::kNameMaxLength, &problems);
        if (text.isEmpty() && problems.isEmpty())
            problems.append({u"q"_s, QString::fromUtf16(ProblemCode::FieldMissing)});
        const int limit = intParameter(r, u"limit"_s, 20, 1, Organizations::kSearchMax, &problems);
        if (!problems.isEmpty())
            return HttpResponse::validation(problems);
        const MemberSearch::Result result =
                c.search.search(r.principal.platformOrgId, *o, text, limit);
        NodeJsonWriter w;
        w.beginObject();
        w.key("items"_L1).beginArray();
        for (const StoredMember &m : result.hits)
            w.member(m.node);
        w.endArray();
        w.key("more"_L1).boolean(result.more);
        w.endObject();
        return written(w);
    });

    router.add("GET", u"/api/v1/organizations/{id}/members/{member}"_s, read, [c](ApiRequest &r) {
        const auto o = organizationFrom(c.store, r);
        if (!o)
            return noOrganization();
        const auto id = r.idParam(u"member"_s);
        const auto m = id ? c.store.member(o->id, *id) : std::nullopt;
        if (!m)
            return noMember();
        QList<StoredMember> one{*m};
        c.store.attachPaths(o->id, one);
        MemberNode node = one.first().node;
        node.memberships = c.store.memberships(r.principal.platformOrgId, node.accountId);
        node.hasMemberships = true;
        return HttpResponse::json(node.toJson()).withEtag(node.version);
    });

    // Edits: the organization first (404 for another platform's), then the editor.
    const auto organizationThen = [c](auto change) {
        return [c, change](ApiRequest &r) {
            const auto o = organizationFrom(c.store, r);
            if (!o)
                return noOrganization();
            return change(r, *o);
        };
    };
    const auto departmentThen = [c](auto change) {
        return [c, change](ApiRequest &r) {
            const auto o = organizationFrom(c.store, r);
            if (!o)
                return noOrganization();
            const auto id = r.idParam(u"department"_s);
            if (!id)
                return noDepartment();
            return change(r, *o, *id);
        };
    };
    const auto memberThen = [c](auto change) {
        return [c, change](ApiRequest &r) {
            const auto o = organizationFrom(c.store, r);
            if (!o)
                return noOrganization();
            const auto id = r.idParam(u"member"_s);
            if (!id)
                return noMember();
            return change(r, *o, *id);
        };
    };

    DepartmentEditor *departments = &c.departments;
    MemberEditor *members = &c.members;
    router.add("POST", u"/api/v1/organizations/{id}/departments"_s, edit,
               organizationThen([departments](ApiRequest &r, const OrganizationSummary &o) {
                   return departments->create(r, o);
               }));
    router.add("PATCH", u"/api/v1/organizations/{id}/departments/{department}"_s, edit,
               departmentThen([departments](ApiRequest &r, const OrganizationSummary &o,
                                            qint64 id) { return departments->update(r, o, id); }));
    router.add("DELETE", u"/api/v1/organizations/{id}/departments/{department}"_s, edit,
               departmentThen([departments](ApiRequest &r, const OrganizationSummary &o,
                                            qint64 id) { return departments->remove(r, o, id); }));
    router.add("POST", u"/api/v1/organizations/{id}/deleted-departments/{deleted}/restore"_s, edit,
               [c, departments](ApiRequest &r) {
                   const auto o = organizationFrom(c.store, r);
                   if (!o)
                       return noOrganization();
                   const auto id = r.idParam(u"deleted"_s);
                   if (!id)
                       return OrganizationEdits::notFound(u"No such deleted department."_s);
                   return departments->restore(r, *o, *id);
               });
    router.add("POST", u"/api/v1/organizations/{id}/members"_s, edit,
               organizationThen([members](ApiRequest &r, const OrganizationSummary &o) {
                   return members->add(r, o);
               }));
    router.add("PATCH", u"/api/v1/organizations/{id}/members/{member}"_s, edit,
               memberThen([members](ApiRequest &r, const OrganizationSummary &o, qint64 id) {
                   return members->update(r, o, id);
               }));
    router.add("DELETE", u"/api/v1/organizations/{id}/members/{member}"_s, edit,
               memberThen([members](ApiRequest &r, const OrganizationSummary &o, qint64 id) {
                   return members->remove(r, o, id);
               }));
    router.add("POST", u"/api/v1/organizations/{id}/transfer-ownership"_s, edit,
               organizationThen([members](ApiRequest &r, const OrganizationSummary &o) {
                   return members->transferOwnership(r, o);
               }));
}

} // namespace OrganizationRoutes
