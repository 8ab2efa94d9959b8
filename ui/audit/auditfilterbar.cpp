#include "ui/audit/auditfilterbar.h"

#include "models/audit/auditterms.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

void addCodes(QComboBox *combo, const QStringList &codes)
{
    for (const QString &code : codes) {
        if (!code.isEmpty() && combo->findText(code) < 0)
            combo->addItem(code);
    }
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent), m_actionLabel(new QLabel(this)), m_action(new QComboBox(this)),
      m_targetLabel(new QLabel(this)), m_targetType(new QComboBox(this)),
      m_targetId(new QLineEdit(this)), m_apply(new QPushButton(this)),
      m_clear(new QPushButton(this))
{
    m_action->setObjectName(u"actionFilter"_s);
    m_targetType->setObjectName(u"targetTypeFilter"_s);
    m_targetId->setObjectName(u"targetIdFilter"_s);
    m_apply->setObjectName(u"applyFilterButton"_s);
    m_clear->setObjectName(u"clearFilterButton"_s);
    for (QComboBox *combo : {m_action, m_targetType}) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMinimumContentsLength(18);
        combo->addItem(QString());
    }
    addCodes(m_action, AuditTerms::knownActions());
    addCodes(m_targetType, AuditTerms::knownTargetTypes());
    m_targetId->setMaximumWidth(160);
    m_actionLabel->setBuddy(m_action);
    m_targetLabel->setBuddy(m_targetType);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actionLabel);
    layout->addWidget(m_action);
    layout->addSpacing(12);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_targetType);
    layout->addWidget(m_targetId);
    layout->addSpacing(6);
    layout->addWidget(m_apply);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::apply);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clearFilters);
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, &AuditFilterBar::apply);
    connect(m_targetType->lineEdit(), &QLineEdit::returnPressed, this, &AuditFilterBar::apply);
    connect(m_targetId, &QLineEdit::returnPressed, this, &AuditFilterBar::apply);
    connect(m_action, &QComboBox::activated, this, &AuditFilterBar::apply);
    connect(m_targetType, &QComboBox::activated, this, &AuditFilterBar::apply);
    retranslate();
}

AuditQuery AuditFilterBar::query() const
{
    AuditQuery q;
    q.action = m_action->currentText().trimmed();
    q.targetType = m_targetType->currentText().trimmed();
    q.targetId = m_targetId->text().trimmed();
    return q;
}

void AuditFilterBar::setQuery(const AuditQuery &query)
{
    m_action->setEditText(query.action);
    m_targetType->setEditText(query.targetType);
    m_targetId->setText(query.targetId);
}

void AuditFilterBar::addSuggestions(const QStringList &actions, const QStringList &targetTypes)
{
    addCodes(m_action, actions);
    addCodes(m_targetType, targetTypes);
}

void AuditFilterBar::focusAction()
{
    m_action->setFocus();
    m_action->lineEdit()->selectAll();
}

void AuditFilterBar::apply()
{
    emit applied(query());
}

void AuditFilterBar::clearFilters()
{
    setQuery({});
    apply();
}

void AuditFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditFilterBar::retranslate()
{
    m_actionLabel->setText(tr("&Action:"));
    m_action->lineEdit()->setPlaceholderText(tr("All actions"));
    m_action->setToolTip(tr("An action code such as auth.sign_in; the server matches it exactly."));
    m_targetLabel->setText(tr("&Target:"));
    m_targetType->lineEdit()->setPlaceholderText(tr("All targets"));
    m_targetId->setPlaceholderText(tr("Any ID"));
    m_apply->setText(tr("Apply"));
    m_clear->setText(tr("Clear"));
    // The codes stay codes (they are what the server matches); their meaning is a tooltip away.
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemData(i, AuditTerms::action(m_action->itemText(i)), Qt::ToolTipRole);
    for (int i = 1; i < m_targetType->count(); ++i)
        m_targetType->setItemData(i, AuditTerms::targetType(m_targetType->itemText(i)),
                                  Qt::ToolTipRole);
}
