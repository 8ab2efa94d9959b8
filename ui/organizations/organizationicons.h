#pragma once

#include <QIcon>

// The Organizations pane's pictures, drawn rather than shipped: the pane's
// entry (a small tree), a department and a member.
namespace OrganizationIcons {

QIcon pane();
QIcon department();
QIcon member();

} // namespace OrganizationIcons
