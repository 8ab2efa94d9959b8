#pragma once

#include <QIcon>

// The icons compiled into the console (drawn in resources/icons/*.mvg).
namespace GatehouseIcons {

QIcon application();
QIcon auditLog();

} // namespace GatehouseIcons
