#include "serveroptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString ServerOptions::defaultDatabaseUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return u"sqlite:"_s + QDir(dir).filePath(u"gatehouse-server.sqlite"_s);
}

bool ServerOptions::parse(const QStringList &arguments, ServerOptions *o, QString *error,
                          bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(
            u"gatehouse-server: the administration API of the Gatehouse mini-program open "
            u"platform.\n"
            "Plain HTTP is served on loopback only; anything else needs --tls-certificate and --tls-key."_s);
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                    u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(
            u"port"_s, u"Port to listen on; 0 picks a free port and prints it (default 8730)."_s,
            u"port"_s, u"8730"_s);
    const QCommandLineOption database(
            u"database"_s,
            u"Database URL: sqlite:/path/file.sqlite (the default, in the app data folder) or "
            "postgresql://user[:password]@host[:port]/database."_s,
            u"url"_s);
    const QCommandLineOption demo(
            u"demo"_s,
            u"Fill an empty database with a generated demo platform. Demo staff sign in with "
            "the password in GATEHOUSE_DEMO_PASSWORD, or \"gatehouse-demo\"."_s);
    const QCommandLineOption demoSize(
            u"demo-size"_s, u"Accounts in the demo platform (default 2000; up to 5000000)."_s,
            u"accounts"_s, u"2000"_s);
    const QCommandLineOption demoSeed(
            u"demo-seed"_s, u"Seed of the demo generator; the same seed gives the same data."_s,
            u"seed"_s, u"20261121"_s);
    const QCommandLineOption tlsCert(u"tls-certificate"_s,
                                     u"PEM certificate (chain) to serve HTTPS with."_s, u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key of the certificate."_s,
                                    u"file"_s);
    const QCommandLineOption maxBody(
            u"max-body-bytes"_s,
            u"Largest request body accepted (default 8388608); larger gets 413."_s, u"bytes"_s,
            u"8388608"_s);
    const QCommandLineOption maxHead(
            u"max-header-bytes"_s,
            u"Largest request head accepted (default 32768); larger gets 431."_s, u"bytes"_s,
            u"32768"_s);
    const QCommandLineOption accessTtl(u"access-token-seconds"_s,
                                       u"Lifetime of access tokens (default 300)."_s, u"seconds"_s,
                                       u"300"_s);
    const QCommandLineOption idleTtl(u"session-idle-hours"_s,
                                     u"A session unused this long ends (default 168)."_s,
                                     u"hours"_s, u"168"_s);
    const QCommandLineOption absoluteTtl(u"session-max-days"_s,
                                         u"A session ends this long after sign-in (default 30)."_s,
                                         u"days"_s, u"30"_s);
    const QCommandLineOption portalKey(u"portal-key"_s,
                                       u"Key the developer portal sends (X-Portal-Key) on the "
                                       u"applicant routes /api/v1/portal/…; prefer the "
                                       "environment variable GATEHOUSE_PORTAL_KEY. Without one the "
                                       "applicant routes are closed, except in "
                                       "--demo mode where the key is \"gatehouse-demo-portal\"."_s,
                                       u"key"_s);
    const QCommandLineOption claimLease(
            u"claim-lease-seconds"_s,
            u"How long a reviewer's claim on a queue item lasts unless renewed (default 300)."_s,
            u"seconds"_s, u"300"_s);
    const QCommandLineOption arrivals(
            u"demo-arrivals-per-minute"_s,
            u"With --demo: new applications and verifications arriving per minute (default 0)."_s,
            u"rate"_s, u"0"_s);
    const QCommandLineOption createAdministrator(
            u"create-administrator"_s,
            u"Add the first administrator of a real platform with this email (username: its local "
            u"part) to the "
            "database, then exit. The password (12 characters or more) comes from "
            "GATEHOUSE_ADMIN_PASSWORD or the "
            "first line of standard input."_s,
            u"email"_s);
    p.addOptions({listen, port, database, demo, demoSize, demoSeed, tlsCert, tlsKey, maxBody,
                  maxHead, accessTtl, idleTtl, absoluteTtl, portalKey, claimLease, arrivals,
                  createAdministrator});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(u"help"_s)) {
        p.showHelp(0); // exits
    }
    if (p.isSet(u"version"_s)) {
        p.showVersion();
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = u"Unexpected argument: %1"_s.arg(p.positionalArguments().first());
        return false;
    }

    const auto number = [&](const QCommandLineOption &opt, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        const qint64 v = p.value(opt).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = u"--%1 must be a number from %2 to %3."_s.arg(opt.names().first())
                             .arg(min)
                             .arg(max);
            return false;
        }
        *out = v;
        return true;
    };
    qint64 v = 0;
    if (!o->listenAddress.setAddress(p.value(listen))) {
        *error = u"--listen must be an IP address."_s;
        return false;
    }
    if (!number(port, 0, 65535, &v))
        return false;
    o->port = quint16(v);
    o->databaseUrl = p.isSet(database) ? p.value(database) : defaultDatabaseUrl();
    o->demo = p.isSet(demo);
    if (!number(demoSize, 10, 5'000'000, &v))
        return false;
    o->demoSize = int(v);
    if (!number(demoSeed, 0, 0xffffffffLL, &v))
        return false;
    o->demoSeed = quint32(v);
    o->demoPassword = QProcessEnvironment::systemEnvironment().value(
            u"GATEHOUSE_DEMO_PASSWORD"_s, QString::fromUtf16(kDefaultDemoPassword));
    o->portalKey = p.isSet(portalKey)
            ? p.value(portalKey)
            : QProcessEnvironment::systemEnvironment().value(
                    u"GATEHOUSE_PORTAL_KEY"_s,
                    o->demo ? QString::fromUtf16(kDefaultDemoPortalKey) : QString());
    if (!number(claimLease, 30, 24 * 3600, &v))
        return false;
    o->claimLeaseMs = v * 1000;
    {
        bool ok = false;
        o->demoArrivalsPerMinute = p.value(arrivals).toDouble(&ok);
        if (!ok || o->demoArrivalsPerMinute < 0 || o->demoArrivalsPerMinute > 600) {
            *error = u"--demo-arrivals-per-minute must be a number from 0 to 600."_s;
            return false;
        }
    }
    o->createAdministratorEmail = p.value(createAdministrator);
    o->tlsCertificateFile = p.value(tlsCert);
    o->tlsKeyFile = p.value(tlsKey);
    if (o->tlsCertificateFile.isEmpty() != o->tlsKeyFile.isEmpty()) {
        *error = u"--tls-certificate and --tls-key go together."_s;
        return false;
    }
    if (!o->listenAddress.isLoopback() && !o->usesTls()) {
        *error =
                u"Plain HTTP is for loopback only: give --tls-certificate and --tls-key to listen on %1."_s
                        .arg(o->listenAddress.toString());
        return false;
    }
    if (!number(maxBody, 1024, 1LL << 30, &v))
        return false;
    o->limits.maxBodyBytes = v;
    if (!number(maxHead, 1024, 1 << 20, &v))
        return false;
    o->limits.maxHeadBytes = qsizetype(v);
    if (!number(accessTtl, 10, 3600, &v))
        return false;
    o->auth.accessTokenMs = v * 1000;
    if (!number(idleTtl, 1, 24 * 365, &v))
        return false;
    o->auth.sessionIdleMs = v * 3600 * 1000;
    if (!number(absoluteTtl, 1, 365, &v))
        return false;
    o->auth.sessionAbsoluteMs = v * 24 * 3600 * 1000;
    return true;
}
