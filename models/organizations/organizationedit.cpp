#include "models/organizations/organizationedit.h"

using namespace Qt::StringLiterals;

namespace OrganizationEdits {

QString versionKey(const QString &type, qint64 id)
{
    return type + u':' + QString::number(id);
}

std::optional<OrganizationEdit> inverseOf(const OrganizationEdit &edit, const EditOutcome &outcome)
{
    using Kind = OrganizationEdit::Kind;
    OrganizationEdit back;
    back.organizationId = edit.organizationId;
    back.nodeId = edit.createsNode() ? outcome.createdId : edit.nodeId;
    back.ifMatch = outcome.version;
    back.previousParentId = edit.targetId;
    back.previousName = edit.name;
    back.previousTitle = edit.title;
    back.previousRole = edit.role;
    back.accountId = edit.accountId;
    switch (edit.kind) {
    case Kind::CreateDepartment:
        back.kind = Kind::DeleteDepartment;
        back.previousName = edit.name;
        back.previousSortKey = edit.sortKey;
        back.parentVersion = edit.ifMatch;
        return back;
    case Kind::RenameDepartment:
        back.kind = Kind::RenameDepartment;
        back.name = edit.previousName;
        back.previousName = edit.name;
        return back;
    case Kind::MoveDepartment:
        back.kind = Kind::MoveDepartment;
        back.targetId = edit.previousParentId;
        back.sortKey = edit.previousSortKey;
        back.previousParentId = edit.targetId;
        return back;
    case Kind::DeleteDepartment:
        back.kind = Kind::RestoreDepartment;
        back.nodeId = 0;
        back.deletedId = outcome.record.value(u"deleted_department_id"_s).toInteger();
        if (!back.deletedId)
            return std::nullopt; // a server that keeps no deleted departments
        back.recreatesId = edit.nodeId;
        back.name = edit.previousName;
        back.targetId = edit.previousParentId;
        back.moveContents = edit.moveContents;
        back.contentsId = edit.moveContents ? edit.targetId : 0;
        back.sortKey = edit.previousSortKey;
        back.ifMatch = edit.parentVersion;
        return back;
    case Kind::RestoreDepartment:
        // Deleted again, its contents going where the first delete put them.
        back.kind = Kind::DeleteDepartment;
        back.moveContents = edit.moveContents;
        back.targetId = edit.contentsId;
        back.previousParentId = edit.targetId;
        back.previousName = edit.name;
        back.previousSortKey = edit.sortKey;
        back.parentVersion = edit.ifMatch;
        return back;
    case Kind::AddMember:
        back.kind = Kind::RemoveMember;
        back.previousParentId = edit.targetId;
        back.parentVersion = edit.ifMatch;
        return back;
    case Kind::MoveMember:
        back.kind = Kind::MoveMember;
        back.targetId = edit.previousParentId;
        back.previousParentId = edit.targetId;
        return back;
    case Kind::SetMemberRole:
        back.kind = Kind::SetMemberRole;
        back.role = edit.previousRole;
        back.previousRole = edit.role;
        return back;
    case Kind::SetMemberTitle:
        back.kind = Kind::SetMemberTitle;
        back.title = edit.previousTitle;
        back.previousTitle = edit.title;
        return back;
    case Kind::RemoveMember:
        back.kind = Kind::AddMember;
        back.nodeId = 0;
        back.recreatesId = edit.nodeId;
        back.targetId = edit.previousParentId;
        back.role = edit.previousRole;
        back.title = edit.previousTitle;
        back.ifMatch = edit.parentVersion;
        return back;
    case Kind::TransferOwnership:
        if (!edit.previousOwnerMemberId)
            return std::nullopt;
        // The member made owner gets back the role they had.
        back.kind = Kind::TransferOwnership;
        back.nodeId = edit.previousOwnerMemberId;
        back.previousOwnerMemberId = edit.nodeId;
        back.role = edit.previousRole;
        back.previousRole = edit.role;
        return back;
    }
    return std::nullopt;
}

} // namespace OrganizationEdits

bool OrganizationEdit::isDepartmentEdit() const
{
    return kind == Kind::CreateDepartment || kind == Kind::RenameDepartment
            || kind == Kind::MoveDepartment || kind == Kind::DeleteDepartment
            || kind == Kind::RestoreDepartment;
}

QString OrganizationEdit::versionKey() const
{
    using OrganizationEdits::versionKey;
    switch (kind) {
    case Kind::CreateDepartment:
    case Kind::RestoreDepartment:
    case Kind::AddMember:
        return targetId ? versionKey(u"department"_s, targetId)
                        : versionKey(u"organization"_s, organizationId);
    case Kind::TransferOwnership:
        return versionKey(u"organization"_s, organizationId);
    default:
        return versionKey(isDepartmentEdit() ? u"department"_s : u"member"_s, nodeId);
    }
}

QString OrganizationEdit::answerKey(qint64 createdId) const
{
    using OrganizationEdits::versionKey;
    switch (kind) {
    case Kind::CreateDepartment:
    case Kind::RestoreDepartment:
        return versionKey(u"department"_s, createdId);
    case Kind::AddMember:
        return versionKey(u"member"_s, createdId);
    case Kind::TransferOwnership:
        return versionKey(u"organization"_s, organizationId);
    case Kind::DeleteDepartment:
    case Kind::RemoveMember:
        return {};
    default:
        return versionKey(isDepartmentEdit() ? u"department"_s : u"member"_s, nodeId);
    }
}
