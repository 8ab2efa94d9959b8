#pragma once

#include "domain/queuerecords.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QueueItemClient;
class QueueModel;
class QueuePageSource;

// A queue list's offline life: keeps the model's rows in the cache as one
// sealed blob (a moment after pages and refreshes land, not on every one),
// puts the last snapshot of the list into the model when it cannot reach the
// server, and, while it shows a snapshot, asks now and then whether the
// server is back.
class QueueSnapshots : public QObject
{
    Q_OBJECT

public:
    QueueSnapshots(QueueKind kind, QueueModel &model, QueueItemClient &client,
                   QueuePageSource &pages, std::function<QueueFilter()> filter,
                   QObject *parent = nullptr);

    static constexpr int kSaveDelayMs = 1'500;

    // Rows changed online: save them shortly.
    void scheduleSave();
    // The list could not be loaded because nobody answered: show the last snapshot.
    void fallBack();
    // Showing a snapshot: ask the server for one row; serverBack() when it answers.
    void probe();

signals:
    void snapshotShown();
    void serverBack();

private:
    QueueKind m_kind;
    QueueModel &m_model;
    QueueItemClient &m_client;
    QueuePageSource &m_pages;
    std::function<QueueFilter()> m_filter;
    QTimer m_save;
    bool m_probing = false;
};
