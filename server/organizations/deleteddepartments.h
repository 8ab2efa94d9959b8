#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;
class QSqlQuery;

// The tombstones of one organization's deleted departments: where each stood
// and what it held, so that a delete can be undone (schema v7 says how ids
// that may be reused are kept out). Like OrganizationTree, every method runs
// inside the caller's transaction, after its lock().
class DeletedDepartments
{
public:
    struct Tombstone
    {
        qint64 id = 0;           // the tombstone's own id: what a restore names
        qint64 departmentId = 0; // the id the department had
        qint64 parentId = 0;     // 0: the top level
        bool parentGone = false; // the department it stood in is deleted too
        QString name;
        int sortKey = 0;
        qint64 movedTo = 0;        // where its contents went; 0: the top level
        bool contentsGone = false; // that place is deleted too
    };
    // A member or sub-department that is still where the delete put it.
    struct Returning
    {
        qint64 id = 0;
        int version = 0; // once it is back
        QString path;    // departments
        qint64 totalMembers = 0;
    };

    static constexpr qint64 kKeptMs = 30LL * 24 * 60 * 60 * 1000;

    DeletedDepartments(Database &db, qint64 organizationId);

    // Before the delete moves anything: the department's place and its direct
    // members and sub-departments; returns the tombstone's id. Tombstones that
    // stood in it or hold contents in it now wait for this one; lists that
    // held it forget it. Forgets tombstones older than kKeptMs.
    qint64 record(const Tombstone &department, qint64 now);
    std::optional<Tombstone> find(qint64 tombstoneId);
    // Members of the tombstone still where its contents went, moved into departmentId.
    QList<Returning> returnMembers(const Tombstone &tombstone, qint64 departmentId);
    // Sub-departments of the tombstone still where its contents went (the caller
    // moves them: versions as they will be once moved).
    QList<Returning> departmentsToReturn(const Tombstone &tombstone);
    // The department is back as departmentId: the tombstone goes, and those
    // waiting for it point at departmentId.
    void restored(const Tombstone &tombstone, qint64 departmentId);
    // A member removed from the organization leaves every list of contents.
    void forgetMember(qint64 memberId);

private:
    // statement (an UPDATE … SET or a SELECT … FROM) over the tombstone's nodes of
    // nodeType whose placeColumn is still where the delete put them, then tail;
    // prepared and bound but for the statement's own parameters.
    QSqlQuery &stillWhereTheDeletePutThem(const QString &statement, const QString &placeColumn,
                                          const QString &nodeType, const QString &tail,
                                          const Tombstone &tombstone);
    void forget(qint64 tombstoneId);
    void forgetNode(const QString &type, qint64 id);
    // Tombstones whose place column names departmentId wait for tombstoneId instead.
    void waitFor(const QString &place, const QString &waiting, qint64 departmentId,
                 qint64 tombstoneId);
    void stopWaiting(const QString &place, const QString &waiting, qint64 tombstoneId,
                     qint64 departmentId);

    Database &m_db;
    qint64 m_organizationId;
};
