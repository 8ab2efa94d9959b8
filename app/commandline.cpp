#include "app/commandline.h"

#include "services/api/serveraddress.h"
#include "translations/translationcatalog.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

CommandLine::Outcome CommandLine::parse(const QStringList &arguments, CommandLineOptions *options,
                                        QString *text)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Gatehouse: the administration console of a mini-program open platform.\n"
               "Without options it opens the sign-in window for the servers you used before."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and quit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and quit."));
    const QCommandLineOption demo(u"demo"_s,
                                  tr("Start a local demo platform (gatehouse-server --demo on a "
                                     "free loopback port, with its "
                                     "own temporary database) and sign in to it as the demo "
                                     "administrator. The server stops "
                                     "when the console quits. GATEHOUSE_SERVER_BINARY names the "
                                     "server program if it is not "
                                     "installed beside the console."));
    const QCommandLineOption server(u"server"_s,
                                    tr("Fill in the server to sign in to, e.g. "
                                       "https://gatehouse.example.com. Plain http:// is "
                                       "accepted for this computer only."),
                                    tr("url"));
    const QCommandLineOption language(
            u"language"_s,
            tr("The language of the console: en (English) or zh_CN "
               "(Simplified Chinese). It can be changed later in View › Language."),
            tr("language"));
    const QCommandLineOption settingsFile(
            u"settings-file"_s,
            tr("Keep settings (server profiles, window layout, language) in this INI file instead "
               "of "
               "the usual place; the offline cache goes beside it. For tests and portable use."),
            tr("file"));
    const QCommandLineOption pane(
            u"pane"_s,
            tr("Open this pane first, by its name: e.g. audit for the audit log. "
               "Without it, the pane used last."),
            tr("name"));
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        tr("Save a picture of the window named by "
                                           "--screenshot-window to this PNG file once it has "
                                           "loaded, then quit. For documentation."),
                                        tr("file"));
    const QCommandLineOption screenshotWindow(
            u"screenshot-window"_s,
            tr("The window --screenshot saves: signin or main (the default)."), tr("window"),
            u"main"_s);
    const QCommandLineOption idleLock(
            u"idle-lock"_s,
            tr("Lock the console after this many minutes without a key press or a click "
               "(1 to 1440; default 15, or security/idleLockMinutes in the settings). "
               "Locking signs out and forgets what the panes showed."),
            tr("minutes"));
    parser.addOptions({help, version, demo, server, language, settingsFile, pane, screenshot,
                       screenshotWindow, idleLock});

    if (!parser.parse(arguments)) {
        *text = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *text = parser.helpText();
        return Outcome::Help;
    }
    if (parser.isSet(version)) {
        *text = u"%1 %2"_s.arg(QCoreApplication::applicationName(),
                               QCoreApplication::applicationVersion());
        return Outcome::Version;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *text = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    options->demo = parser.isSet(demo);
    if (parser.isSet(server)) {
        if (options->demo) {
            *text = tr(
                    "--demo and --server cannot be used together: the demo brings its own server.");
            return Outcome::Error;
        }
        const ServerAddress address = ServerAddress::parse(parser.value(server));
        if (!address.isValid()) {
            *text = address.errorText();
            return Outcome::Error;
        }
        options->server = address.url;
    }
    if (parser.isSet(language)) {
        const QString value = parser.value(language);
        if (!TranslationCatalog::languages().contains(value)) {
            *text = tr("Unknown language \"%1\": use en or zh_CN.").arg(value);
            return Outcome::Error;
        }
        options->language = value;
    }
    if (parser.isSet(idleLock)) {
        bool ok = false;
        const int minutes = parser.value(idleLock).toInt(&ok);
        if (!ok || minutes < 1 || minutes > kMaxIdleLockMinutes) {
            *text = tr("--idle-lock takes a number of minutes from 1 to %1, not \"%2\".")
                            .arg(kMaxIdleLockMinutes)
                            .arg(parser.value(idleLock));
            return Outcome::Error;
        }
        options->idleLimit = std::chrono::minutes(minutes);
    }
    options->settingsFile = parser.value(settingsFile);
    options->pane = parser.value(pane);
    options->screenshotFile = parser.value(screenshot);
    options->screenshotWindow = parser.value(screenshotWindow);
    if (options->screenshotWindow != u"main" && options->screenshotWindow != u"signin") {
        *text = tr("Unknown window \"%1\" for --screenshot-window: use signin or main.")
                        .arg(options->screenshotWindow);
        return Outcome::Error;
    }
    return Outcome::Run;
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u"--language="))
            return argument.mid(11);
        if (argument == u"--language" && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}
