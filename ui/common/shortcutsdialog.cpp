#include "ui/common/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(QList<QAction *> actions, QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    for (QAction *action : actions)
        m_actions.append(action);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(2);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 380);
    retranslate();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The actions retranslate on the same event; read their texts after them.
        QTimer::singleShot(0, this, &ShortcutsDialog::retranslate);
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("These keys work anywhere in the main window."));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    fill();
}

void ShortcutsDialog::fill()
{
    m_table->setRowCount(0);
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString text = action->text();
        static const QRegularExpression mnemonic(u"\\(&[^)]\\)|&"_s); // "&Quit", "退出(&Q)"
        text.remove(mnemonic);
        m_table->setItem(row, 0, new QTableWidgetItem(text));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(keys.join(tr(" or ", "between two shortcuts"))));
    }
    m_table->resizeColumnToContents(0);
}
