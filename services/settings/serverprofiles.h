#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <optional>

// The servers a staff member has signed in to, remembered in QSettings (name,
// URL, last username; never a password or token), most recent first. URLs are
// kept as ServerAddress normalised them; at most kMaxProfiles are kept.
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
    static constexpr int kMaxProfiles = 20;

    explicit ServerProfiles(QSettings &settings);

    QList<ServerProfile> all() const;
    void remember(const ServerProfile &profile); // moves it to the front
    void forget(const QUrl &url);
    std::optional<ServerProfile> mostRecent() const;
    std::optional<ServerProfile> find(const QUrl &url) const;

private:
    void store(const QList<ServerProfile> &profiles);

    QSettings &m_settings;
};
