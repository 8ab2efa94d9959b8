#include "services/api/serveraddress.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

QString ServerAddress::errorText() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter the server address, for example https://gatehouse.example.com.");
    case Error::Invalid:
        return tr("This is not a server address. Enter it like https://gatehouse.example.com.");
    case Error::UnsupportedScheme:
        return tr("Gatehouse connects over https:// only. Change the start of the address to "
                  "https://.");
    case Error::InsecureRemote:
        return tr("Plain http:// is allowed only to this computer (localhost). Use https:// for a "
                  "server on the network.");
    }
    return {};
}

bool ServerAddress::isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h == u"localhost")
        return true;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    // Only literal addresses count: a name that merely looks local could resolve anywhere.
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

ServerAddress ServerAddress::parse(const QString &text)
{
    ServerAddress result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;

    // "gatehouse.example.com" or "localhost:8730" typed without a scheme means https.
    static const QString separator = u"://"_s;
    const QString withScheme = trimmed.contains(separator) ? trimmed : u"https://"_s + trimmed;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result.error = Error::Invalid;
        return result;
    }

    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http") {
        result.error = Error::UnsupportedScheme;
        return result;
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        result.error = Error::InsecureRemote;
        return result;
    }

    QUrl normalised;
    normalised.setScheme(scheme);
    normalised.setHost(url.host().toLower());
    const int defaultPort = scheme == u"https" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        normalised.setPort(url.port());
    result.url = normalised;
    result.error = Error::None;
    return result;
}
