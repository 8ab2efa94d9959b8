#include "ui/signin/organizationpicker.h"

#include "models/common/rolenames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

OrganizationPicker::OrganizationPicker(QWidget *parent)
    : QWidget(parent), m_prompt(new QLabel(this)), m_list(new QListWidget(this)),
      m_back(new QPushButton(this)), m_continue(new QPushButton(this))
{
    m_prompt->setWordWrap(true);
    m_list->setObjectName(u"organizationList"_s);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_back->setObjectName(u"backButton"_s);
    m_continue->setObjectName(u"continueButton"_s);
    m_continue->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemActivated, this, &OrganizationPicker::choose);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_continue->setEnabled(row >= 0); });
    connect(m_continue, &QPushButton::clicked, this, &OrganizationPicker::choose);
    connect(m_back, &QPushButton::clicked, this, &OrganizationPicker::backRequested);
    retranslate();
}

void OrganizationPicker::setChoice(const StaffProfile &staff,
                                   const QList<PlatformOrganization> &organizations)
{
    m_staff = staff;
    m_organizations = organizations;
    fill();
    m_list->setCurrentRow(0);
    m_list->setFocus();
    setBusy(false);
}

qint64 OrganizationPicker::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void OrganizationPicker::setBusy(bool busy)
{
    m_list->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_continue->setEnabled(!busy && m_list->currentRow() >= 0);
}

void OrganizationPicker::choose()
{
    const qint64 id = selectedId();
    if (id != 0 && m_continue->isEnabled())
        emit chosen(id);
}

void OrganizationPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrganizationPicker::retranslate()
{
    m_back->setText(tr("Back"));
    m_continue->setText(tr("Continue"));
    fill();
}

void OrganizationPicker::fill()
{
    const QString name = m_staff.displayName.isEmpty() ? m_staff.username : m_staff.displayName;
    m_prompt->setText(
            tr("%1, you work in several platform organizations. Choose the one to work in now; "
               "you can switch later from the File menu.")
                    .arg(name));
    const int current = m_list->currentRow();
    m_list->clear();
    for (const PlatformOrganization &organization : std::as_const(m_organizations)) {
        auto *item = new QListWidgetItem(m_list);
        item->setText(tr("%1\nRoles: %2", "organization name, then the staff member's roles")
                              .arg(organization.displayName(chineseUi()),
                                   RoleNames::list(organization.roles)));
        item->setData(Qt::UserRole, organization.id);
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
}
