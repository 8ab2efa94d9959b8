#include "services/settings/serverprofiles.h"

#include "services/api/serveraddress.h"

using namespace Qt::StringLiterals;

namespace {

const QString kGroup = u"servers"_s;

QUrl normalised(const QUrl &url)
{
    const ServerAddress address = ServerAddress::parse(url.toString());
    return address.isValid() ? address.url : url;
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    return normalised(a) == normalised(b);
}

} // namespace

ServerProfiles::ServerProfiles(QSettings &settings) : m_settings(settings) { }

QList<ServerProfile> ServerProfiles::all() const
{
    QList<ServerProfile> profiles;
    const int count = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile profile;
        profile.name = m_settings.value(u"name"_s).toString();
        profile.url = QUrl(m_settings.value(u"url"_s).toString(), QUrl::StrictMode);
        profile.lastUsername = m_settings.value(u"last_username"_s).toString();
        profile.rememberMe = m_settings.value(u"remember_me"_s, false).toBool();
        if (profile.url.isValid() && !profile.url.isEmpty())
            profiles.append(profile);
    }
    m_settings.endArray();
    return profiles;
}

void ServerProfiles::store(const QList<ServerProfile> &profiles)
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &profile = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"name"_s, profile.name);
        m_settings.setValue(u"url"_s, profile.url.toString());
        m_settings.setValue(u"last_username"_s, profile.lastUsername);
        m_settings.setValue(u"remember_me"_s, profile.rememberMe);
    }
    m_settings.endArray();
}

void ServerProfiles::remember(const ServerProfile &profile)
{
    QList<ServerProfile> profiles = all();
    profiles.removeIf([&](const ServerProfile &p) { return sameServer(p.url, profile.url); });
    ServerProfile stored = profile;
    if (stored.name.isEmpty())
        stored.name = profile.url.host();
    profiles.prepend(stored);
    while (profiles.size() > kMaxProfiles)
        profiles.removeLast();
    store(profiles);
}

void ServerProfiles::forget(const QUrl &url)
{
    QList<ServerProfile> profiles = all();
    if (profiles.removeIf([&](const ServerProfile &p) { return sameServer(p.url, url); }) > 0)
        store(profiles);
}

std::optional<ServerProfile> ServerProfiles::mostRecent() const
{
    const QList<ServerProfile> profiles = all();
    if (profiles.isEmpty())
        return std::nullopt;
    return profiles.first();
}

std::optional<ServerProfile> ServerProfiles::find(const QUrl &url) const
{
    const QList<ServerProfile> profiles = all();
    for (const ServerProfile &profile : profiles) {
        if (sameServer(profile.url, url))
            return profile;
    }
    return std::nullopt;
}
