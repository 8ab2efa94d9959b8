#pragma once

#include <QObject>

class CacheStore;
class SessionService;

// Opens the offline cache for whoever signs in, with the key SessionService
// keeps in the keychain (or, without a keychain, a key for this run only), and
// scopes it to server, staff member and organization. A sign-out wipes it; a
// lock closes it (the key leaves memory) and the next sign-in opens it again.
class OfflineCacheKeeper : public QObject
{
    Q_OBJECT

public:
    OfflineCacheKeeper(SessionService &session, CacheStore &cache, QObject *parent = nullptr);

private:
    void sessionBegan();
    void signedOut();
    void locked();

    SessionService &m_session;
    CacheStore &m_cache;
    bool m_opening = false;
    bool m_keyPersistent = false;
};
