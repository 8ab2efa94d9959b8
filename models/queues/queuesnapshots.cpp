#include "models/queues/queuesnapshots.h"

#include "models/queues/queueitemclient.h"
#include "models/queues/queuemodel.h"
#include "models/queues/queuepagesource.h"
#include "services/cache/cachestore.h"

QueueSnapshots::QueueSnapshots(QueueKind kind, QueueModel &model, QueueItemClient &client,
                               QueuePageSource &pages, std::function<QueueFilter()> filter,
                               QObject *parent)
    : QObject(parent), m_kind(kind), m_model(model), m_client(client), m_pages(pages),
      m_filter(std::move(filter))
{
    m_save.setSingleShot(true);
    m_save.setInterval(kSaveDelayMs);
    connect(&m_save, &QTimer::timeout, this, [this] {
        if (!m_model.isLocal() && m_model.rowCount() > 0)
            m_client.saveSnapshot(m_kind, m_filter(), m_model.snapshot());
    });
}

void QueueSnapshots::scheduleSave()
{
    if (!m_model.isLocal())
        m_save.start();
}

void QueueSnapshots::fallBack()
{
    if (m_model.isLocal())
        return;
    const QueueFilter filter = m_filter();
    m_client.loadSnapshot(m_kind, filter, this,
                          [this, filter](const std::optional<CachedDocument> &cached) {
                              // The server may have answered meanwhile: then it wins.
                              if (!cached || !m_model.isOffline() || m_model.isLocal())
                                  return;
                              if (m_model.loadSnapshot(cached->blob, cached->fetchedAt, filter))
                                  emit snapshotShown();
                          });
}

void QueueSnapshots::probe()
{
    if (m_probing || !m_model.isLocal())
        return;
    m_probing = true;
    QueueFilter one = m_filter();
    one.limit = 1;
    m_pages.fetchPage(m_kind, one, this, [this](const QueuePageResult &result) {
        m_probing = false;
        if (result.ok && m_model.isLocal())
            emit serverBack();
    });
}
