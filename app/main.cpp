// gatehouse: the administration console. Everything is assembled in CompositionRoot.
#include "app/commandline.h"
#include "app/compositionroot.h"
#include "app/terminationsignals.h"
#include "resources/gatehouseicons.h"
#include "translations/translationcatalog.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"gatehouse"_s);
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationVersion(u"" GATEHOUSE_VERSION ""_s);
}

// Reads the command line before any window system is needed, so --help,
// --version and mistakes are answered on a bare terminal too. Returns the exit
// code when the console should not start.
std::optional<int> readCommandLine(int &argc, char **argv, CommandLineOptions *options)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    // --help speaks the language asked for, else the system's if the console has it.
    QTranslator translator;
    QString language = CommandLine::requestedLanguage(app.arguments());
    if (language.isEmpty() && QLocale::system().language() == QLocale::Chinese)
        language = u"zh_CN"_s;
    if (!language.isEmpty() && translator.load(TranslationCatalog::resourcePath(language)))
        QCoreApplication::installTranslator(&translator);

    QString text;
    switch (CommandLine::parse(app.arguments(), options, &text)) {
    case CommandLine::Outcome::Help:
    case CommandLine::Outcome::Version:
        std::fputs(qPrintable(QString(text + u'\n')), stdout);
        return 0;
    case CommandLine::Outcome::Error:
        std::fprintf(stderr, "gatehouse: %s\n%s\n", qPrintable(text),
                     qPrintable(CommandLine::tr("Try gatehouse --help.")));
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    CommandLineOptions options;
    if (const std::optional<int> exitCode = readCommandLine(argc, argv, &options))
        return *exitCode;

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Gatehouse"_s);
    QApplication::setDesktopFileName(u"org.gatehouse.Gatehouse"_s);
    QApplication::setWindowIcon(GatehouseIcons::application());
    // The composition root decides when the console ends (after the demo server stops).
    QApplication::setQuitOnLastWindowClosed(false);

    CompositionRoot root(options);
    QObject::connect(&root, &CompositionRoot::finished, &app, &QApplication::exit);
    TerminationSignals::install([&root] { root.quit(); });
    root.start();
    return QApplication::exec();
}
