#include "organizations/departmenteditor.h"

#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "http/requestaudit.h"
#include "organizations/deleteddepartments.h"
#include "organizations/departmentpath.h"
#include "organizations/editsupport.h"
#include "organizations/organizationstore.h"
#include "organizations/organizationtree.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace OrganizationEdits;

namespace {

// What a client sees of a department but never sets.
const QSet<QString> kPrivileged{u"id"_s,
                                u"version"_s,
                                u"depth"_s,
                                u"direct_members"_s,
                                u"total_members"_s,
                                u"child_departments"_s,
                                u"created_at"_s,
                                u"path"_s,
                                u"organization_id"_s};

constexpr qint64 kSortKeyMax = 1'000'000'000;

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QJsonObject placeJson(qint64 parentId, const QString &parentName)
{
    return {{u"parent_id"_s, idOrNull(parentId)}, {u"parent"_s, parentName}};
}

void withOrganization(QJsonObject &o, const OrganizationSummary &organization)
{
    o.insert(u"organization_id"_s, organization.id);
    o.insert(u"organization"_s, organization.name);
}

HttpResponse nameTaken(const QString &name)
{
    return conflict(ProblemCode::DepartmentNameTaken,
                    u"Another department at this place is already called %1."_s.arg(name),
                    {{u"name"_s, name}});
}

} // namespace

DepartmentEditor::DepartmentEditor(Database &db, OrganizationStore &store, AuditLog &audit,
                                   const Clock &clock)
    : m_db(db), m_store(store), m_audit(audit), m_clock(clock)
{ }

std::variant<DepartmentEditor::Place, HttpResponse>
DepartmentEditor::checkPlace(qint64 platformOrgId, const OrganizationSummary &organization,
                             qint64 parentId, int version, const HttpResponse &whenMissing)
{
    if (!parentId) {
        const auto current = m_store.organization(platformOrgId, organization.id, true);
        if (current->version != version)
            return stale(u"The organization changed since you looked at it."_s, current->toJson(),
                         current->version);
        return Place{DepartmentPath::kRoot, {}};
    }
    const auto parent = m_store.department(organization.id, parentId);
    if (!parent)
        return whenMissing;
    if (parent->node.version != version)
        return stale(u"The parent department changed since you looked at it."_s,
                     parent->node.toJson(), parent->node.version);
    return Place{parent->path, parent->node.name};
}

QString DepartmentEditor::departmentName(qint64 organizationId, qint64 departmentId)
{
    if (!departmentId)
        return {};
    const auto d = m_store.department(organizationId, departmentId);
    return d ? d->node.name : QString();
}

HttpResponse DepartmentEditor::create(ApiRequest &r, const OrganizationSummary &organization)
{
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const auto name = label(f, u"name"_s, Organizations::kNameMaxLength, true);
    const qint64 parentId = nodeIdField(f, *body, u"parent_id"_s).value_or(0);
    const auto sortKey = f.optionalInteger(u"sort_key"_s, 0, kSortKeyMax);
    f.finish(kPrivileged);
    if (!f.ok() || !name)
        return HttpResponse::validation(f.problems());

    const qint64 now = m_clock.nowMs();
    const qint64 platform = r.principal.platformOrgId;
    HttpResponse response;
    qint64 createdId = 0;
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        if (!tree.lock(platform)) {
            response = notFound(u"No such organization."_s);
            return;
        }
        const auto place =
                checkPlace(platform, organization, parentId, *version,
                           invalidField(u"parent_id"_s, ProblemCode::FieldUnknownReference));
        if (const auto *refused = std::get_if<HttpResponse>(&place)) {
            response = *refused;
            return;
        }
        const QString parentPath = std::get<Place>(place).path;
        const QString parentName = std::get<Place>(place).name;
        if (m_store.siblingNamed(organization.id, parentId, *name, 0)) {
            response = nameTaken(*name);
            return;
        }
        const int key = sortKey ? int(*sortKey) : m_store.nextSortKey(organization.id, parentId);
        createdId = tree.insertDepartment(parentId, parentPath, *name, key, now);
        tree.addToChildDepartments(parentId, 1);
        tree.addToOrganization(0, 1);
        tree.recordChange(u"department"_s, createdId, u"created"_s, {parentId}, now);
        AuditEntry e = auditEntryFor(r, u"organization.department_create"_s, u"department"_s,
                                     QString::number(createdId), *name);
        e.after = placeJson(parentId, parentName);
        e.after.insert(u"name"_s, *name);
        e.after.insert(u"sort_key"_s, key);
        withOrganization(e.after, organization);
        m_audit.append(e);
    });
    if (!createdId)
        return response;
    return createdAnswer(organization.id, createdId);
}

HttpResponse DepartmentEditor::createdAnswer(qint64 organizationId, qint64 departmentId,
                                             const QJsonObject &extra)
{
    const auto created = m_store.department(organizationId, departmentId);
    QJsonObject body = created->node.toJson();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return HttpResponse::json(body, 201)
            .withEtag(created->node.version)
            .withHeader("Location",
                        u"/api/v1/organizations/%1/departments/%2"_s.arg(organizationId)
                                .arg(departmentId)
                                .toUtf8());
}

HttpResponse DepartmentEditor::update(ApiRequest &r, const OrganizationSummary &organization,
                                      qint64 departmentId)
{
    if (!m_store.department(organization.id, departmentId))
        return notFound(u"No such department in this organization."_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const auto name = label(f, u"name"_s, Organizations::kNameMaxLength, false);
    if (name && name->isEmpty())
        f.addProblem(u"name"_s, QString::fromUtf16(ProblemCode::FieldEmpty));
    const auto parent = nodeIdField(f, *body, u"parent_id"_s);
    const auto sortKey = f.optionalInteger(u"sort_key"_s, 0, kSortKeyMax);
    f.finish(kPrivileged);
    if (f.ok() && !name && !parent && !sortKey) {
        // Nothing to change: say which fields could have been sent.
        for (const QString &field : {u"name"_s, u"parent_id"_s, u"sort_key"_s})
            f.addProblem(field, QString::fromUtf16(ProblemCode::FieldMissing));
    }
    if (!f.ok())
        return HttpResponse::validation(f.problems());

    const qint64 now = m_clock.nowMs();
    HttpResponse response;
    bool applied = false;
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        const auto current = tree.lock(r.principal.platformOrgId)
                ? m_store.department(organization.id, departmentId)
                : std::nullopt;
        if (!current) {
            response = notFound(u"No such department in this organization."_s);
            return;
        }
        const DepartmentNode &before = current->node;
        if (before.version != *version) {
            response = stale(u"This department changed since you looked at it."_s, before.toJson(),
                             before.version);
            return;
        }
        const QString newName = name.value_or(before.name);
        const qint64 newParent = parent.value_or(before.parentId);
        const bool moving = newParent != before.parentId;
        int newSortKey = int(sortKey.value_or(before.sortKey));
        QString newParentPath = DepartmentPath::kRoot;
        QString newParentName;
        if (moving && newParent) {
            const auto target = m_store.department(organization.id, newParent);
            if (!target) {
                response = invalidField(u"parent_id"_s, ProblemCode::FieldUnknownReference);
                return;
            }
            if (DepartmentPath::isWithin(target->path, current->path)) {
                response =
                        conflict(ProblemCode::DepartmentCycle,
                                 u"A department cannot move under itself or one of its own"
                                 " sub-departments."_s,
                                 {{u"department_id"_s, departmentId}, {u"parent_id"_s, newParent}});
                return;
            }
            newParentPath = target->path;
            newParentName = target->node.name;
        }
        if (moving && !sortKey)
            newSortKey = m_store.nextSortKey(organization.id, newParent); // last at its new place
        if ((moving || newName != before.name)
            && m_store.siblingNamed(organization.id, newParent, newName, departmentId)) {
            response = nameTaken(newName);
            return;
        }
        if (!tree.updateDepartment(departmentId, before.version, newName, newParent, newSortKey)) {
            response = stale(u"This department changed since you looked at it."_s, before.toJson(),
                             before.version);
            return;
        }
        if (moving) {
            const QString oldParentPath = DepartmentPath::parent(current->path);
            tree.rewritePaths(current->path, DepartmentPath::child(newParentPath, departmentId));
            tree.addToChildDepartments(before.parentId, -1);
            tree.addToChildDepartments(newParent, 1);
            tree.addToTotals(oldParentPath, -before.totalMembers);
            tree.addToTotals(newParentPath, before.totalMembers);
        }
        const QString change = moving    ? u"moved"_s
                : newName != before.name ? u"renamed"_s
                                         : u"reordered"_s;
        tree.recordChange(u"department"_s, departmentId, change, {before.parentId, newParent}, now);

        const QString action = moving    ? u"organization.department_move"_s
                : newName != before.name ? u"organization.department_rename"_s
                                         : u"organization.department_reorder"_s;
        AuditEntry e =
                auditEntryFor(r, action, u"department"_s, QString::number(departmentId), newName);
        e.before = {{u"name"_s, before.name}, {u"sort_key"_s, before.sortKey}};
        e.after = {{u"name"_s, newName}, {u"sort_key"_s, newSortKey}};
        if (moving) {
            const QJsonObject from =
                    placeJson(before.parentId, departmentName(organization.id, before.parentId));
            for (auto it = from.begin(); it != from.end(); ++it)
                e.before.insert(it.key(), it.value());
            const QJsonObject to = placeJson(newParent, newParentName);
            for (auto it = to.begin(); it != to.end(); ++it)
                e.after.insert(it.key(), it.value());
            e.after.insert(u"members_moved"_s, before.totalMembers);
        }
        withOrganization(e.after, organization);
        m_audit.append(e);
        applied = true;
    });
    if (!applied)
        return response;
    const auto updated = m_store.department(organization.id, departmentId);
    return HttpResponse::json(updated->node.toJson()).withEtag(updated->node.version);
}

HttpResponse DepartmentEditor::remove(ApiRequest &r, const OrganizationSummary &organization,
                                      qint64 departmentId)
{
    if (!m_store.department(organization.id, departmentId))
        return notFound(u"No such department in this organization."_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    // move_to: a department id, or "root" for the top level.
    std::optional<qint64> moveTo;
    if (r.query.hasQueryItem(u"move_to"_s)) {
        const QString text = r.query.queryItemValue(u"move_to"_s);
        moveTo = text == u"root" ? std::optional<qint64>(0) : idFromText(text);
        if (!moveTo)
            return invalidField(u"move_to"_s, ProblemCode::FieldWrongType);
    }

    const qint64 now = m_clock.nowMs();
    HttpResponse response;
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        const auto current = tree.lock(r.principal.platformOrgId)
                ? m_store.department(organization.id, departmentId)
                : std::nullopt;
        if (!current) {
            response = notFound(u"No such department in this organization."_s);
            return;
        }
        const DepartmentNode &before = current->node;
        if (before.version != *version) {
            response = stale(u"This department changed since you looked at it."_s, before.toJson(),
                             before.version);
            return;
        }
        const bool hasContents = before.directMembers > 0 || before.childDepartments > 0;
        QString targetPath = DepartmentPath::kRoot;
        QString targetName;
        if (moveTo && *moveTo) {
            const auto target = m_store.department(organization.id, *moveTo);
            if (!target) {
                response = invalidField(u"move_to"_s, ProblemCode::FieldUnknownReference);
                return;
            }
            if (DepartmentPath::isWithin(target->path, current->path)) {
                response = conflict(ProblemCode::DepartmentCycle,
                                    u"The department being deleted cannot receive its own"
                                    " contents; choose a place outside it."_s,
                                    {{u"department_id"_s, departmentId}, {u"move_to"_s, *moveTo}});
                return;
            }
            targetPath = target->path;
            targetName = target->node.name;
        } else if (!moveTo && hasContents) {
            response = conflict(ProblemCode::DepartmentNotEmpty,
                                u"This department has members or sub-departments; say where they"
                                " go with move_to."_s,
                                {{u"direct_members"_s, before.directMembers},
                                 {u"child_departments"_s, before.childDepartments},
                                 {u"total_members"_s, before.totalMembers}});
            return;
        }
        const qint64 target = moveTo.value_or(0);
        DeletedDepartments::Tombstone tombstone;
        tombstone.departmentId = departmentId;
        tombstone.parentId = before.parentId;
        tombstone.name = before.name;
        tombstone.sortKey = before.sortKey;
        tombstone.movedTo = hasContents ? target : 0;
        const qint64 deletedId = DeletedDepartments(m_db, organization.id).record(tombstone, now);
        qint64 movedMembers = 0;
        if (hasContents) {
            movedMembers = tree.moveAllMembers(departmentId, target);
            tree.reparentChildren(departmentId, target);
            tree.rewritePaths(current->path, targetPath);
            tree.addToDirectMembers(target, before.directMembers);
            tree.addToChildDepartments(target, before.childDepartments);
            tree.addToTotals(DepartmentPath::parent(current->path), -before.totalMembers);
            tree.addToTotals(targetPath, before.totalMembers);
        }
        tree.addToChildDepartments(before.parentId, -1);
        tree.addToOrganization(0, -1);
        tree.deleteDepartment(departmentId, before.version);
        QList<qint64> parents{before.parentId};
        if (hasContents)
            parents.append(target);
        const qint64 treeVersion =
                tree.recordChange(u"department"_s, departmentId, u"deleted"_s, parents, now);

        AuditEntry e = auditEntryFor(r, u"organization.department_delete"_s, u"department"_s,
                                     QString::number(departmentId), before.name);
        e.before = placeJson(before.parentId, departmentName(organization.id, before.parentId));
        e.before.insert(u"name"_s, before.name);
        e.before.insert(u"direct_members"_s, before.directMembers);
        e.before.insert(u"child_departments"_s, before.childDepartments);
        e.before.insert(u"total_members"_s, before.totalMembers);
        if (hasContents) {
            e.after = {{u"moved_to_id"_s, idOrNull(target)},
                       {u"moved_to"_s, targetName},
                       {u"moved_members"_s, movedMembers},
                       {u"moved_departments"_s, before.childDepartments}};
        }
        withOrganization(e.after, organization);
        m_audit.append(e);
        response = HttpResponse::json(
                QJsonObject{{u"deleted_id"_s, departmentId},
                            {u"deleted_department_id"_s, deletedId},
                            {u"moved_to"_s, hasContents ? idOrNull(target) : QJsonValue()},
                            {u"moved_members"_s, movedMembers},
                            {u"moved_departments"_s, hasContents ? before.childDepartments : 0},
                            {u"tree_version"_s, treeVersion}});
    });
    return response;
}

HttpResponse DepartmentEditor::restore(ApiRequest &r, const OrganizationSummary &organization,
                                       qint64 deletedId)
{
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;

    const qint64 now = m_clock.nowMs();
    const qint64 platform = r.principal.platformOrgId;
    HttpResponse response;
    qint64 restoredId = 0;
    QJsonArray returnedMembers;
    QJsonArray returnedDepartments;
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        DeletedDepartments deleted(m_db, organization.id);
        const auto tombstone = tree.lock(platform) ? deleted.find(deletedId) : std::nullopt;
        if (!tombstone) {
            response = notFound(u"No such deleted department in this organization: it was"
                                " restored already, or deleted more than 30 days ago."_s);
            return;
        }
        const HttpResponse parentGone =
                conflict(ProblemCode::DepartmentParentGone,
                         u"The department this one stood in has been deleted too; restore that"
                         " one first."_s);
        if (tombstone->parentGone) {
            response = parentGone;
            return;
        }
        const auto place =
                checkPlace(platform, organization, tombstone->parentId, *version, parentGone);
        if (const auto *refused = std::get_if<HttpResponse>(&place)) {
            response = *refused;
            return;
        }
        const Place &parent = std::get<Place>(place);
        if (m_store.siblingNamed(organization.id, tombstone->parentId, tombstone->name, 0)) {
            response = nameTaken(tombstone->name);
            return;
        }
        restoredId = tree.insertDepartment(tombstone->parentId, parent.path, tombstone->name,
                                           tombstone->sortKey, now);
        tree.addToChildDepartments(tombstone->parentId, 1);
        tree.addToOrganization(0, 1);
        const QString restoredPath = DepartmentPath::child(parent.path, restoredId);

        // What it held comes back from where the delete put it, unless it moved on since
        // (or that place is deleted too: then it waits for that one's restore).
        QString holderPath = DepartmentPath::kRoot;
        bool holderExists = !tombstone->contentsGone;
        if (holderExists && tombstone->movedTo) {
            const auto holder = m_store.department(organization.id, tombstone->movedTo);
            holderExists = holder.has_value();
            if (holder)
                holderPath = holder->path;
        }
        qint64 members = 0;
        qint64 returned = 0;
        qint64 departments = 0;
        if (holderExists) {
            for (const DeletedDepartments::Returning &m :
                 deleted.returnMembers(*tombstone, restoredId)) {
                returnedMembers.append(QJsonObject{{u"id"_s, m.id}, {u"version"_s, m.version}});
                ++members;
            }
            returned = members;
            for (const DeletedDepartments::Returning &d : deleted.departmentsToReturn(*tombstone)) {
                tree.setParent(d.id, restoredId);
                tree.rewritePaths(d.path, DepartmentPath::child(restoredPath, d.id));
                returnedDepartments.append(QJsonObject{{u"id"_s, d.id}, {u"version"_s, d.version}});
                returned += d.totalMembers;
                ++departments;
            }
            tree.addToDirectMembers(tombstone->movedTo, -members);
            tree.addToDirectMembers(restoredId, members);
            tree.addToChildDepartments(tombstone->movedTo, -departments);
            tree.addToChildDepartments(restoredId, departments);
            tree.addToTotals(holderPath, -returned);
            tree.addToTotals(restoredPath, returned);
        }
        deleted.restored(*tombstone, restoredId);
        tree.recordChange(u"department"_s, restoredId, u"restored"_s,
                          {tombstone->parentId, tombstone->movedTo}, now);

        AuditEntry e = auditEntryFor(r, u"organization.department_restore"_s, u"department"_s,
                                     QString::number(restoredId), tombstone->name);
        e.before = {{u"deleted_id"_s, tombstone->departmentId},
                    {u"deleted_department_id"_s, deletedId},
                    {u"contents_at_id"_s, idOrNull(tombstone->movedTo)},
                    {u"contents_at"_s, departmentName(organization.id, tombstone->movedTo)}};
        e.after = placeJson(tombstone->parentId, parent.name);
        e.after.insert(u"name"_s, tombstone->name);
        e.after.insert(u"sort_key"_s, tombstone->sortKey);
        e.after.insert(u"restored_members"_s, members);
        e.after.insert(u"restored_departments"_s, departments);
        withOrganization(e.after, organization);
        m_audit.append(e);
    });
    if (!restoredId)
        return response;
    // The versions of what came back, for a client that undoes edits made to them before.
    return createdAnswer(organization.id, restoredId,
                         {{u"returned"_s,
                           QJsonObject{{u"members"_s, returnedMembers},
                                       {u"departments"_s, returnedDepartments}}}});
}
