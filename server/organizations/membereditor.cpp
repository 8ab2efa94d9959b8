#include "organizations/membereditor.h"

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

using namespace Qt::StringLiterals;
using namespace OrganizationEdits;

namespace {

// What a client sees of a member but never sets.
const QSet<QString> kPrivileged{u"id"_s,           u"version"_s,       u"joined_at"_s,
                                u"display_name"_s, u"name_latin"_s,    u"username"_s,
                                u"email"_s,        u"mobile"_s,        u"account_status"_s,
                                u"path"_s,         u"organizations"_s, u"organization_id"_s};

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

void withOrganization(QJsonObject &o, const OrganizationSummary &organization)
{
    o.insert(u"organization_id"_s, organization.id);
    o.insert(u"organization"_s, organization.name);
}

// "administrator" or "member"; the owner role is only ever given by a transfer.
std::optional<MemberRole> roleField(JsonFieldReader &f, const QString &name)
{
    const auto text = f.optionalString(name, 32);
    if (!text)
        return std::nullopt;
    MemberRole role;
    if (!Organizations::roleFromCode(*text, &role)) {
        f.addProblem(name, QString::fromUtf16(ProblemCode::FieldNotAllowed));
        return std::nullopt;
    }
    return role;
}

HttpResponse ownerOnlyByTransfer(const QString &title)
{
    return conflict(ProblemCode::OwnerTransferRequired, title);
}

} // namespace

MemberEditor::MemberEditor(Database &db, OrganizationStore &store, AuditLog &audit,
                           const Clock &clock)
    : m_db(db), m_store(store), m_audit(audit), m_clock(clock)
{ }

QJsonObject MemberEditor::placeJson(qint64 organizationId, qint64 departmentId)
{
    const auto d = departmentId ? m_store.department(organizationId, departmentId) : std::nullopt;
    return {{u"department_id"_s, idOrNull(departmentId)},
            {u"department"_s, d ? d->node.name : QString()}};
}

HttpResponse MemberEditor::memberAnswer(qint64 organizationId, qint64 memberId, int status)
{
    QList<StoredMember> one{*m_store.member(organizationId, memberId)};
    m_store.attachPaths(organizationId, one);
    return HttpResponse::json(one.first().node.toJson(), status).withEtag(one.first().node.version);
}

HttpResponse MemberEditor::add(ApiRequest &r, const OrganizationSummary &organization)
{
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const qint64 accountId = f.requiredInteger(u"account_id"_s, 1, 999'999'999'999'999'999);
    const qint64 departmentId = nodeIdField(f, *body, u"department_id"_s).value_or(0);
    const MemberRole role = roleField(f, u"role"_s).value_or(MemberRole::Member);
    const QString title =
            label(f, u"title"_s, Organizations::kTitleMaxLength, false).value_or(QString());
    f.finish(kPrivileged);
    if (!f.ok())
        return HttpResponse::validation(f.problems());
    if (role == MemberRole::Owner) {
        return ownerOnlyByTransfer(u"An organization has one owner: add the member, then transfer"
                                   " ownership to them."_s);
    }

    const qint64 now = m_clock.nowMs();
    const qint64 platform = r.principal.platformOrgId;
    HttpResponse response;
    qint64 memberId = 0;
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        if (!tree.lock(platform)) {
            response = notFound(u"No such organization."_s);
            return;
        }
        const auto current = m_store.organization(platform, organization.id, true);
        QString departmentPath = DepartmentPath::kRoot;
        QString departmentName;
        if (departmentId) {
            const auto department = m_store.department(organization.id, departmentId);
            if (!department) {
                response = invalidField(u"department_id"_s, ProblemCode::FieldUnknownReference);
                return;
            }
            if (department->node.version != *version) {
                response = stale(u"The department changed since you looked at it."_s,
                                 department->node.toJson(), department->node.version);
                return;
            }
            departmentPath = department->path;
            departmentName = department->node.name;
        } else if (current->version != *version) {
            response = stale(u"The organization changed since you looked at it."_s,
                             current->toJson(), current->version);
            return;
        }
        const auto accountName = m_store.accountName(platform, accountId);
        if (!accountName) {
            response = invalidField(u"account_id"_s, ProblemCode::FieldUnknownReference);
            return;
        }
        if (const auto existing = m_store.memberForAccount(organization.id, accountId)) {
            response = conflict(ProblemCode::AlreadyMember,
                                u"%1 is already a member of this organization."_s.arg(*accountName),
                                {{u"member_id"_s, existing->node.id}});
            return;
        }
        if (current->type == OrganizationType::Individual && current->memberLimit > 0
            && current->memberCount >= current->memberLimit) {
            response = conflict(ProblemCode::MemberLimitReached,
                                u"This individual team is full (%1 members). Enterprise"
                                " verification lifts the limit."_s.arg(current->memberLimit),
                                {{u"member_limit"_s, current->memberLimit},
                                 {u"member_count"_s, current->memberCount}});
            return;
        }
        memberId = tree.insertMember(accountId, departmentId, Organizations::roleCode(role), title,
                                     now);
        tree.addToDirectMembers(departmentId, 1);
        tree.addToTotals(departmentPath, 1);
        tree.addToOrganization(1, 0);
        tree.recordChange(u"member"_s, memberId, u"added"_s, {departmentId}, now);
        AuditEntry e = auditEntryFor(r, u"organization.member_add"_s, u"organization_member"_s,
                                     QString::number(memberId), *accountName);
        e.after = {{u"account_id"_s, accountId},
                   {u"department_id"_s, idOrNull(departmentId)},
                   {u"department"_s, departmentName},
                   {u"role"_s, Organizations::roleCode(role)},
                   {u"title"_s, title}};
        withOrganization(e.after, organization);
        m_audit.append(e);
    });
    if (!memberId)
        return response;
    return memberAnswer(organization.id, memberId, 201)
            .withHeader("Location",
                        u"/api/v1/organizations/%1/members/%2"_s.arg(organization.id)
                                .arg(memberId)
                                .toUtf8());
}

HttpResponse MemberEditor::update(ApiRequest &r, const OrganizationSummary &organization,
                                  qint64 memberId)
{
    if (!m_store.member(organization.id, memberId))
        return notFound(u"No such member in this organization."_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const auto department = nodeIdField(f, *body, u"department_id"_s);
    const auto role = roleField(f, u"role"_s);
    // A null title clears it.
    const bool clearsTitle = body->contains(u"title"_s) && body->value(u"title"_s).isNull();
    auto title = label(f, u"title"_s, Organizations::kTitleMaxLength, false);
    if (clearsTitle)
        title = QString();
    f.finish(kPrivileged);
    if (f.ok() && !department && !role && !title) {
        for (const QString &field : {u"department_id"_s, u"role"_s, u"title"_s})
            f.addProblem(field, QString::fromUtf16(ProblemCode::FieldMissing));
    }
    if (!f.ok())
        return HttpResponse::validation(f.problems());
    if (role == MemberRole::Owner)
        return ownerOnlyByTransfer(u"The owner role is given by transferring ownership."_s);

    const qint64 now = m_clock.nowMs();
    HttpResponse response;
    bool applied = false;
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        const auto current = tree.lock(r.principal.platformOrgId)
                ? m_store.member(organization.id, memberId)
                : std::nullopt;
        if (!current) {
            response = notFound(u"No such member in this organization."_s);
            return;
        }
        const MemberNode &before = current->node;
        if (before.version != *version) {
            QList<StoredMember> one{*current};
            m_store.attachPaths(organization.id, one);
            response = stale(u"This member changed since you looked at them."_s,
                             one.first().node.toJson(), before.version);
            return;
        }
        const MemberRole newRole = role.value_or(before.role);
        if (before.role == MemberRole::Owner && newRole != MemberRole::Owner) {
            response = ownerOnlyByTransfer(u"The owner keeps the owner role until ownership is"
                                           " transferred to another member."_s);
            return;
        }
        const qint64 newDepartment = department.value_or(before.departmentId);
        const bool moving = newDepartment != before.departmentId;
        QString newPath = DepartmentPath::kRoot;
        if (moving && newDepartment) {
            const auto target = m_store.department(organization.id, newDepartment);
            if (!target) {
                response = invalidField(u"department_id"_s, ProblemCode::FieldUnknownReference);
                return;
            }
            newPath = target->path;
        }
        const QString newTitle = title.value_or(before.title);
        if (!tree.updateMember(memberId, before.version, newDepartment,
                               Organizations::roleCode(newRole), newTitle)) {
            response = stale(u"This member changed since you looked at them."_s, before.toJson(),
                             before.version);
            return;
        }
        if (moving) {
            tree.addToDirectMembers(before.departmentId, -1);
            tree.addToTotals(current->departmentPath, -1);
            tree.addToDirectMembers(newDepartment, 1);
            tree.addToTotals(newPath, 1);
        }
        tree.recordChange(u"member"_s, memberId, moving ? u"moved"_s : u"updated"_s,
                          {before.departmentId, newDepartment}, now);

        const bool roleChanged = newRole != before.role;
        const QString action = roleChanged ? u"organization.member_role"_s
                : moving                   ? u"organization.member_move"_s
                                           : u"organization.member_update"_s;
        AuditEntry e = auditEntryFor(r, action, u"organization_member"_s, QString::number(memberId),
                                     before.displayName);
        e.before = {{u"role"_s, Organizations::roleCode(before.role)}, {u"title"_s, before.title}};
        e.after = {{u"role"_s, Organizations::roleCode(newRole)}, {u"title"_s, newTitle}};
        if (moving) {
            const QJsonObject from = placeJson(organization.id, before.departmentId);
            for (auto it = from.begin(); it != from.end(); ++it)
                e.before.insert(it.key(), it.value());
            const QJsonObject to = placeJson(organization.id, newDepartment);
            for (auto it = to.begin(); it != to.end(); ++it)
                e.after.insert(it.key(), it.value());
        }
        withOrganization(e.after, organization);
        m_audit.append(e);
        applied = true;
    });
    if (!applied)
        return response;
    return memberAnswer(organization.id, memberId, 200);
}

HttpResponse MemberEditor::remove(ApiRequest &r, const OrganizationSummary &organization,
                                  qint64 memberId)
{
    if (!m_store.member(organization.id, memberId))
        return notFound(u"No such member in this organization."_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;

    const qint64 now = m_clock.nowMs();
    HttpResponse response = HttpResponse::noContent();
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        const auto current = tree.lock(r.principal.platformOrgId)
                ? m_store.member(organization.id, memberId)
                : std::nullopt;
        if (!current) {
            response = notFound(u"No such member in this organization."_s);
            return;
        }
        const MemberNode &before = current->node;
        if (before.version != *version) {
            QList<StoredMember> one{*current};
            m_store.attachPaths(organization.id, one);
            response = stale(u"This member changed since you looked at them."_s,
                             one.first().node.toJson(), before.version);
            return;
        }
        if (before.role == MemberRole::Owner) {
            response = ownerOnlyByTransfer(u"The owner cannot be removed; transfer ownership to"
                                           " another member first."_s);
            return;
        }
        const QJsonObject place = placeJson(organization.id, before.departmentId);
        tree.deleteMember(memberId, before.version);
        DeletedDepartments(m_db, organization.id).forgetMember(memberId);
        tree.addToDirectMembers(before.departmentId, -1);
        tree.addToTotals(current->departmentPath, -1);
        tree.addToOrganization(-1, 0);
        tree.recordChange(u"member"_s, memberId, u"removed"_s, {before.departmentId}, now);
        AuditEntry e = auditEntryFor(r, u"organization.member_remove"_s, u"organization_member"_s,
                                     QString::number(memberId), before.displayName);
        e.before = place;
        e.before.insert(u"account_id"_s, before.accountId);
        e.before.insert(u"role"_s, Organizations::roleCode(before.role));
        e.before.insert(u"title"_s, before.title);
        withOrganization(e.after, organization);
        m_audit.append(e);
    });
    return response;
}

HttpResponse MemberEditor::transferOwnership(ApiRequest &r, const OrganizationSummary &organization)
{
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const qint64 memberId = f.requiredInteger(u"member_id"_s, 1, 999'999'999'999'999'999);
    // What the former owner becomes: an administrator unless said otherwise (an
    // undo gives the member who was made owner back the role they had).
    const auto formerOwnerRole = roleField(f, u"former_owner_role"_s);
    if (formerOwnerRole == MemberRole::Owner)
        f.addProblem(u"former_owner_role"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
    const MemberRole formerRole = formerOwnerRole.value_or(MemberRole::Administrator);
    f.finish({u"owner"_s, u"owner_account_id"_s, u"version"_s, u"id"_s});
    if (!f.ok())
        return HttpResponse::validation(f.problems());

    const qint64 now = m_clock.nowMs();
    const qint64 platform = r.principal.platformOrgId;
    HttpResponse response;
    bool applied = false;
    m_db.transaction([&] {
        OrganizationTree tree(m_db, organization.id);
        if (!tree.lock(platform)) {
            response = notFound(u"No such organization."_s);
            return;
        }
        const auto current = m_store.organization(platform, organization.id, true);
        if (current->version != *version) {
            response = stale(u"The organization changed since you looked at it."_s,
                             current->toJson(), current->version);
            return;
        }
        const auto next = m_store.member(organization.id, memberId);
        if (!next) {
            response = invalidField(u"member_id"_s, ProblemCode::FieldUnknownReference);
            return;
        }
        if (next->node.role == MemberRole::Owner) {
            response = invalidField(u"member_id"_s, ProblemCode::FieldNotAllowed);
            return;
        }
        const auto previous = m_store.owner(organization.id);
        if (previous)
            tree.setRole(previous->node.id, Organizations::roleCode(formerRole));
        tree.setRole(memberId, Organizations::roleCode(MemberRole::Owner));
        tree.setOwnerAccount(next->node.accountId);
        tree.recordChange(u"organization"_s, organization.id, u"ownership_transferred"_s,
                          {previous ? previous->node.departmentId : 0, next->node.departmentId},
                          now);
        AuditEntry e = auditEntryFor(r, u"organization.ownership_transfer"_s, u"organization"_s,
                                     QString::number(organization.id), current->name);
        e.before = {{u"owner"_s, current->ownerName},
                    {u"owner_account_id"_s, current->ownerAccountId},
                    {u"owner_member_id"_s, previous ? QJsonValue(previous->node.id) : QJsonValue()},
                    {u"owner_becomes"_s, Organizations::roleCode(formerRole)}};
        e.after = {{u"owner"_s, next->node.displayName},
                   {u"owner_account_id"_s, next->node.accountId},
                   {u"owner_member_id"_s, memberId},
                   {u"previous_role"_s, Organizations::roleCode(next->node.role)}};
        m_audit.append(e);
        applied = true;
    });
    if (!applied)
        return response;
    const auto updated = m_store.organization(platform, organization.id, true);
    return HttpResponse::json(updated->toJson()).withEtag(updated->version);
}
