#include "ui/common/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_action(new QPushButton(this))
{
    m_label->setObjectName(u"messageText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"messageAction"_s);
    m_action->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    setVisible(false);
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    QString colours;
    switch (kind) {
    case Kind::Error:
        colours = u"background:#fdecea; border:1px solid #f1b8b4; color:#8a1c14;"_s;
        break;
    case Kind::Warning:
        colours = u"background:#fff4e0; border:1px solid #f3cf8e; color:#6b4300;"_s;
        break;
    case Kind::Notice:
        colours = u"background:#e9f2fc; border:1px solid #b7d0ee; color:#1b4a80;"_s;
        break;
    }
    setStyleSheet(
            u"MessageBanner { %1 border-radius:4px; } MessageBanner QLabel { border:none; background:transparent; }"_s
                    .arg(colours));
    setVisible(!text.isEmpty());
}

void MessageBanner::clear()
{
    m_label->clear();
    setVisible(false);
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void MessageBanner::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}
