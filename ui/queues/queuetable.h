#pragma once

#include "domain/queuerecords.h"

#include <QTableView>

class QueueModel;

// The queue's list: fixed row heights (the view never measures a row, however
// many there are), movable and hideable columns (the header's context menu),
// sort indicators for the server's sort, several rows selectable for a bulk
// decision. While a live refresh lands it holds the top visible row still, so
// arrivals above it do not move what the reviewer is reading.
class QueueTable : public QTableView
{
    Q_OBJECT

public:
    QueueTable(QueueModel *model, QWidget *parent = nullptr);

    QueueModel *queueModel() const { return m_model; }
    // The selected rows' items, in the list's order.
    QList<QueueItemSummary> selectedItems() const;
    int selectedCount() const;
    // "Showing 100 of 1,234 items; scroll down for more." — never a silent cap.
    QString countText() const;
    // Makes the item current and selected, and scrolls to it; false when it is not listed.
    bool selectItem(qint64 id);
    void clearCurrent();

    // Around a live refresh: remember the top visible item, then bring it back to the top.
    void holdPosition();
    void restorePosition();

private:
    void showHeaderMenu(const QPoint &pos);

    QueueModel *m_model;
    qint64 m_anchorId = 0;
    bool m_holding = false;
};
