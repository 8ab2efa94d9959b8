#include "app/offlinecachekeeper.h"

#include "services/cache/cachestore.h"
#include "services/session/sessionservice.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCacheKeeper, "gatehouse.app.cache")

OfflineCacheKeeper::OfflineCacheKeeper(SessionService &session, CacheStore &cache, QObject *parent)
    : QObject(parent), m_session(session), m_cache(cache)
{
    connect(&m_session, &SessionService::signedIn, this, &OfflineCacheKeeper::sessionBegan);
    connect(&m_session, &SessionService::organizationChanged, this,
            &OfflineCacheKeeper::sessionBegan);
    connect(&m_session, &SessionService::signedOut, this, &OfflineCacheKeeper::signedOut);
    connect(&m_session, &SessionService::locked, this, &OfflineCacheKeeper::locked);
    connect(&m_cache, &CacheStore::opened, this, [this](bool ok, const QString &errorText) {
        m_opening = false;
        if (!ok)
            qCWarning(lcCacheKeeper).noquote() << errorText;
    });
}

void OfflineCacheKeeper::sessionBegan()
{
    const QUrl server = m_session.server();
    m_cache.setScope(u"%1:%2/%3/%4"_s.arg(server.host())
                             .arg(server.port())
                             .arg(m_session.staff().id)
                             .arg(m_session.organization().id));
    if (m_cache.isOpen() || m_opening)
        return;
    m_opening = true;
    m_session.loadCacheKey(this, [this](const QByteArray &key, bool persistent) {
        m_keyPersistent = persistent;
        if (m_session.state() != SessionService::State::SignedIn) {
            m_opening = false; // signed out or locked while the keychain answered
            return;
        }
        if (!persistent)
            qCInfo(lcCacheKeeper) << "no keychain: the offline cache lasts for this run only";
        m_cache.open(key);
    });
}

void OfflineCacheKeeper::signedOut()
{
    // SessionService has forgotten the key; what it sealed goes with it.
    m_cache.wipe();
    m_cache.close();
}

void OfflineCacheKeeper::locked()
{
    // A key for this run only is gone with the close: what it sealed could never be read again.
    if (!m_keyPersistent)
        m_cache.wipe();
    m_cache.close();
}
