#include "ui/common/pane.h"

#include <QEvent>

void Pane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
