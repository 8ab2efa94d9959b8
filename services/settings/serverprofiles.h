#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

// The servers a staff member has signed in to, remembered in QSettings (name,
// URL, last username; never a password or token), most recent first.
struct ServerProfile
{
    QString name;
    QUrl url;
    QString lastUsername;
    bool rememberMe = false;
};

class ServerProfiles
{
public:
    explicit ServerProfiles(QSettings &settings);

    QList<ServerProfile> all() const;
    void remember(const ServerProfile &profile); // moves it to the front
    void forget(const QUrl &url);
    std::optional<ServerProfile> mostRecent() const;

private:
    QSettings &m_settings;
};
