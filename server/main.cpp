// gatehouse-server: the platform's administration API (see docs/api.md).
#include "gatehouseserver.h"
#include "unixsignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A thousand idle keep-alive connections must not exhaust descriptors.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gatehouse-server"_s);
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationVersion(u"" GATEHOUSE_VERSION ""_s);
    qSetMessagePattern(
            u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}E %{endif}%{category}: %{message}"_s);
    raiseDescriptorLimit();

    ServerOptions options;
    QString error;
    bool exitNow = false;
    if (!ServerOptions::parse(app.arguments(), &options, &error, &exitNow)) {
        std::fprintf(stderr, "gatehouse-server: %s\nTry --help.\n", qPrintable(error));
        return 2;
    }

    if (!options.createAdministratorEmail.isEmpty()) {
        QString password = qEnvironmentVariable("GATEHOUSE_ADMIN_PASSWORD");
        if (password.isEmpty()) {
            QTextStream in(stdin);
            password = in.readLine();
        }
        GatehouseServer server(options);
        if (!server.createAdministrator(password, &error)) {
            std::fprintf(stderr, "gatehouse-server: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("gatehouse-server: administrator %s created; sign in with the email or the "
                    "username.\n",
                    qPrintable(options.createAdministratorEmail));
        return 0;
    }

    QElapsedTimer startup;
    startup.start();
    GatehouseServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "gatehouse-server: %s\n", qPrintable(error));
        return 1;
    }
    UnixSignals::quitOnTermination();
    // Tests and the console's demo launcher read this line to learn the port.
    std::printf("gatehouse-server listening on %s (started in %lld ms)\n",
                qPrintable(server.baseUrl()), startup.elapsed());
    std::fflush(stdout);
    return app.exec();
}
