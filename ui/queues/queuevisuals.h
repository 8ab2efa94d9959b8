#pragma once

#include "domain/queuerecords.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

// What the queue panes draw rather than load: the generated avatar a
// workspace gets when its application has no logo (seed 001: the first
// character of the company name on a solid colour), and the panes' icons.
namespace QueueVisuals {

// The colour gatehouse-server gives the workspace (Provisioner::avatarColour):
// the same palette and the same choice by name, so the preview is what the
// applicant will see.
QColor avatarColour(const QString &companyName);
QPixmap avatar(const QString &companyName, int size, qreal devicePixelRatio);
// The first character as a person reads it (a surrogate pair stays whole).
QString initial(const QString &companyName);

QIcon paneIcon(QueueKind kind);

} // namespace QueueVisuals
