#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// What a staff member typed as the server address, checked before anything is
// sent: https anywhere, plain http only to a loopback host.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    enum class Error { None, Empty, Invalid, UnsupportedScheme, InsecureRemote };

    Error error = Error::Empty;
    QUrl url; // normalised: scheme, host, port; no path, query or credentials

    bool isValid() const { return error == Error::None; }
    QString errorText() const; // translated

    static ServerAddress parse(const QString &text);
    static bool isLoopbackHost(const QString &host);
};
