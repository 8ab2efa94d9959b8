#include "ui/queues/queuetable.h"

#include "models/queues/queuemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

QueueTable::QueueTable(QueueModel *model, QWidget *parent) : QTableView(parent), m_model(model)
{
    setObjectName(u"queueTable"_s);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setObjectName(u"queueHeader"_s);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(QueueModel::DueColumn, Qt::AscendingOrder);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<int> widths{96, 190, 128, 124, 196, 88, 90};
    for (int column = 0; column < widths.size(); ++column)
        setColumnWidth(column, widths.at(column));
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueueTable::showHeaderMenu);
}

QList<QueueItemSummary> QueueTable::selectedItems() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QueueItemSummary> items;
    items.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        items.append(m_model->summary(index.row()));
    return items;
}

int QueueTable::selectedCount() const
{
    return int(selectionModel()->selectedRows().size());
}

bool QueueTable::selectItem(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void QueueTable::clearCurrent()
{
    selectionModel()->clearSelection();
    selectionModel()->clearCurrentIndex();
}

QString QueueTable::countText() const
{
    const int shown = m_model->rowCount();
    const qint64 total = std::max<qint64>(m_model->total(), shown);
    const QLocale locale;
    if (m_model->isLocal())
        return tr("Showing %1 of %Ln item(s) kept offline.", nullptr, int(total))
                .arg(locale.toString(shown));
    if (m_model->isLoading() && shown == 0)
        return tr("Loading…");
    if (shown == 0 && m_model->errorText().isEmpty())
        return tr("No items match these filters.");
    if (shown < total)
        return tr("Showing %1 of %Ln item(s); scroll down for more.", nullptr, int(total))
                .arg(locale.toString(shown));
    return tr("Showing all %Ln item(s).", nullptr, int(total));
}

void QueueTable::holdPosition()
{
    if (m_holding)
        return;
    m_holding = true;
    const int top = rowAt(0);
    // At the very top, arrivals should show: nothing to hold still.
    m_anchorId = top > 0 ? m_model->summary(top).id : 0;
}

void QueueTable::restorePosition()
{
    if (!m_holding)
        return;
    m_holding = false;
    const qint64 id = std::exchange(m_anchorId, 0);
    const int row = id ? m_model->rowOfId(id) : -1;
    if (row >= 0)
        scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
}

void QueueTable::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            // One column always stays.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
        });
    }
    menu->popup(header->mapToGlobal(pos));
}
