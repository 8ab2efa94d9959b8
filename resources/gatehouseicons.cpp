#include "resources/gatehouseicons.h"

using namespace Qt::StringLiterals;

namespace {

QIcon fromSizes(const QString &name, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (int size : sizes)
        icon.addFile(u":/icons/%1-%2.png"_s.arg(name).arg(size), QSize(size, size));
    return icon;
}

} // namespace

namespace GatehouseIcons {

QIcon application()
{
    return fromSizes(u"gatehouse"_s, {16, 24, 32, 48, 64, 128, 256});
}

QIcon auditLog()
{
    return fromSizes(u"audit-log"_s, {24, 48});
}

} // namespace GatehouseIcons
