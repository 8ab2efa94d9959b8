#include "organizations/departmentpath.h"

using namespace Qt::StringLiterals;

namespace DepartmentPath {

QString child(const QString &parentPath, qint64 id)
{
    return parentPath + QString::number(id) + u'/';
}

QString subtreeEnd(const QString &path)
{
    return path.left(path.size() - 1) + u'0';
}

QList<qint64> ids(const QString &path)
{
    QList<qint64> result;
    const QList<QStringView> parts = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    for (QStringView part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            result.append(id);
    }
    return result;
}

bool isWithin(const QString &path, const QString &ancestor)
{
    return !ancestor.isEmpty() && path.startsWith(ancestor);
}

int depth(const QString &path)
{
    return int(path.count(u'/')) - 1;
}

QString parent(const QString &path)
{
    const qsizetype cut = path.lastIndexOf(u'/', path.size() - 2);
    return cut < 0 ? kRoot : path.left(cut + 1);
}

} // namespace DepartmentPath
