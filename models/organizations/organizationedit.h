#pragma once

#include "domain/organizationrecords.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

// One change to an organization's tree, as the console sends it, with what
// the node was before (so the change can be undone). Versions are the
// If-Match the server wants (docs/api.md "Changing a tree").
struct OrganizationEdit
{
    enum class Kind : quint8 {
        CreateDepartment,
        RenameDepartment,
        MoveDepartment,
        DeleteDepartment,
        RestoreDepartment,
        AddMember,
        MoveMember,
        SetMemberRole,
        SetMemberTitle,
        RemoveMember,
        TransferOwnership,
    };

    Kind kind = Kind::MoveMember;
    qint64 organizationId = 0;
    qint64 nodeId = 0;   // the department or member changed (0 when creating or restoring)
    qint64 targetId = 0; // where it goes: a department, 0 for the top level
    QString name;        // a department's new name
    QString title;       // a member's new title
    MemberRole role = MemberRole::Member; // TransferOwnership: what the former owner becomes
    qint64 accountId = 0;                 // AddMember
    int sortKey = -1;                     // -1: the server's default (last)
    bool moveContents = false;            // DeleteDepartment: its contents go to targetId
    qint64 contentsId = 0;                // RestoreDepartment: where the delete put its contents
    qint64 deletedId = 0;                 // RestoreDepartment: the delete's deleted_department_id
    int ifMatch = 0;

    // What the node was: enough to build the opposite change.
    qint64 previousParentId = 0;
    QString previousName;
    QString previousTitle;
    MemberRole previousRole = MemberRole::Member; // TransferOwnership: the new owner's
    int previousSortKey = -1;
    int parentVersion = 0; // the version of previousParentId (re-creating into it)
    qint64 previousOwnerMemberId = 0;
    qint64 recreatesId = 0; // brings back this removed node (under a new id)

    // The record whose version If-Match names, for tracking versions across edits.
    QString versionKey() const;
    // The record the answer's ETag is the version of.
    QString answerKey(qint64 createdId) const;
    bool createsNode() const
    {
        return kind == Kind::CreateDepartment || kind == Kind::RestoreDepartment
                || kind == Kind::AddMember;
    }
    bool isDepartmentEdit() const;
};

// What the server answered to an edit.
struct EditOutcome
{
    bool ok = false;
    int httpStatus = 0;
    QString problemCode;
    QString errorText; // translated, from ErrorText
    int version = 0;   // the ETag: the changed record's new version
    qint64 createdId = 0;
    QJsonObject record;
    // Other records the edit changed, by version key ("member:12"), with their new
    // versions: what a restore brought back.
    QHash<QString, int> otherVersions;
};

namespace OrganizationEdits {

// The change that puts things back as they were before edit, once outcome
// answered it; nullopt when it cannot be undone (an ownership transfer in an
// organization that had no owner). A deleted department comes back by a
// restore, with what it held.
std::optional<OrganizationEdit> inverseOf(const OrganizationEdit &edit, const EditOutcome &outcome);

QString versionKey(const QString &type, qint64 id);

} // namespace OrganizationEdits
