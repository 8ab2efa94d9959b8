#include "ui/organizations/movetodialog.h"

#include "models/organizations/organizationtreemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Departments (and the loading rows) only: members are not places to move to.
class DepartmentsOnly final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto type =
                OrganizationTreeModel::Type(sourceModel()
                                                    ->index(row, 0, parent)
                                                    .data(OrganizationTreeModel::NodeTypeRole)
                                                    .toInt());
        return type != OrganizationTreeModel::Type::Member;
    }
    bool filterAcceptsColumn(int column, const QModelIndex &) const override
    {
        return column == OrganizationTreeModel::NameColumn;
    }
};

} // namespace

MoveToDialog::MoveToDialog(OrganizationTreeSource &source, qint64 organizationId, QWidget *parent)
    : QDialog(parent), m_model(new OrganizationTreeModel(source, this)), m_prompt(new QLabel(this)),
      m_topLevel(new QCheckBox(tr("The organization's top level"), this)),
      m_tree(new QTreeView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"moveToDialog"_s);
    setWindowTitle(tr("Move To"));
    setWindowModality(Qt::WindowModal);
    resize(420, 480);
    m_prompt->setWordWrap(true);
    m_model->setIcons(style()->standardIcon(QStyle::SP_DirIcon), {});
    auto *proxy = new DepartmentsOnly(this);
    proxy->setSourceModel(m_model);
    m_tree->setObjectName(u"moveToTree"_s);
    m_tree->setModel(proxy);
    m_tree->header()->hide();
    m_tree->setUniformRowHeights(true);
    m_topLevel->setObjectName(u"moveToTopLevel"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move Here"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_topLevel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    connect(m_topLevel, &QCheckBox::toggled, this, [this](bool top) {
        m_tree->setEnabled(!top);
        updateButtons();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MoveToDialog::updateButtons);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (chosenDepartment() >= 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { emit chosen(chosenDepartment()); });
    m_model->setOrganization(organizationId);
    updateButtons();
}

void MoveToDialog::setPrompt(const QString &text)
{
    m_prompt->setText(text);
}

qint64 MoveToDialog::chosenDepartment() const
{
    if (m_topLevel->isChecked())
        return 0;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()
        || OrganizationTreeModel::Type(current.data(OrganizationTreeModel::NodeTypeRole).toInt())
                != OrganizationTreeModel::Type::Department)
        return -1;
    return current.data(OrganizationTreeModel::NodeIdRole).toLongLong();
}

QString MoveToDialog::chosenName() const
{
    return m_topLevel->isChecked()
            ? tr("the top level")
            : m_tree->currentIndex().data(OrganizationTreeModel::NameRole).toString();
}

void MoveToDialog::choose(qint64 departmentId)
{
    if (departmentId == 0) {
        m_topLevel->setChecked(true);
        return;
    }
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_tree->model());
    const QModelIndex index = proxy->mapFromSource(m_model->departmentIndex(departmentId));
    m_topLevel->setChecked(false);
    m_tree->setCurrentIndex(index);
}

void MoveToDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenDepartment() >= 0);
}
