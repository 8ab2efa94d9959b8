#pragma once

#include "auth/authsettings.h"
#include "http/guardedtcpserver.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// Everything gatehouse-server can be told on its command line.
struct ServerOptions
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8730;
    QString databaseUrl;
    bool demo = false;
    int demoSize = 2000; // accounts
    quint32 demoSeed = 20261121;
    QString demoPassword; // from GATEHOUSE_DEMO_PASSWORD, else the documented default
    QString tlsCertificateFile;
    QString tlsKeyFile;
    ConnectionLimits limits;
    AuthSettings auth;
    QString portalKey; // from GATEHOUSE_PORTAL_KEY or --portal-key; demo default below
    qint64 claimLeaseMs = 5 * 60 * 1000;
    double demoArrivalsPerMinute = 0;
    QString createAdministratorEmail; // --create-administrator: add one and exit

    bool usesTls() const { return !tlsCertificateFile.isEmpty(); }

    // Parses arguments (argv[0] included). On failure returns false with *error
    // set; on --help/--version prints and sets *exitNow.
    static bool parse(const QStringList &arguments, ServerOptions *options, QString *error,
                      bool *exitNow);
    static QString defaultDatabaseUrl();
    static constexpr char16_t kDefaultDemoPassword[] = u"gatehouse-demo";
    static constexpr char16_t kDefaultDemoPortalKey[] = u"gatehouse-demo-portal";
};
