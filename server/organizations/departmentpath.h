#pragma once

#include <QList>
#include <QString>

// A department's materialized path: the ids from the top level down to the
// department itself, "/3/17/42/". "/" is the root level (no department).
// Because '0' follows '/' in byte order, the departments of a subtree are
// exactly those whose path lies in [path, subtreeEnd(path)).
namespace DepartmentPath {

inline const QString kRoot = QStringLiteral("/");

QString child(const QString &parentPath, qint64 id);
QString subtreeEnd(const QString &path);
QList<qint64> ids(const QString &path); // top level first
// Whether `path` is `ancestor` itself or lies below it.
bool isWithin(const QString &path, const QString &ancestor);
int depth(const QString &path); // 0 for the root level
// The path of the department's parent ("/" for a top-level department).
QString parent(const QString &path);

} // namespace DepartmentPath
