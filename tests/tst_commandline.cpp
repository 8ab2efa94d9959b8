// The console's command line: every option, and clear words for mistakes.
#include "app/commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void withoutOptionsItRuns();
    void readsEveryOption();
    void helpDocumentsEveryOption();
    void refusesMistakes_data();
    void refusesMistakes();
    void findsTheLanguageBeforeParsing();
};

namespace {

CommandLine::Outcome parse(const QStringList &arguments, CommandLineOptions *options, QString *text)
{
    return CommandLine::parse(QStringList{u"gatehouse"_s} + arguments, options, text);
}

} // namespace

void tst_CommandLine::withoutOptionsItRuns()
{
    CommandLineOptions options;
    QString text;
    QCOMPARE(parse({}, &options, &text), CommandLine::Outcome::Run);
    QVERIFY(!options.demo);
    QVERIFY(options.server.isEmpty());
    QVERIFY(options.language.isEmpty());
    QVERIFY(options.settingsFile.isEmpty());
    QVERIFY(options.screenshotFile.isEmpty());
    QCOMPARE(options.screenshotWindow, u"main"_s);
    QCOMPARE(options.idleLimit.count(), 0); // the settings', or 15 minutes
}

void tst_CommandLine::readsEveryOption()
{
    CommandLineOptions options;
    QString text;
    QCOMPARE(parse({u"--server"_s, u"https://Gatehouse.Example.com:8443/some/path"_s,
                    u"--language=zh_CN"_s, u"--settings-file"_s, u"/tmp/x/settings.ini"_s,
                    u"--screenshot"_s, u"/tmp/x/shot.png"_s, u"--screenshot-window"_s, u"signin"_s,
                    u"--pane"_s, u"audit"_s, u"--idle-lock"_s, u"5"_s},
                   &options, &text),
             CommandLine::Outcome::Run);
    // The address as ServerAddress normalises it: scheme, host and port only.
    QCOMPARE(options.server, QUrl(u"https://gatehouse.example.com:8443"_s));
    QCOMPARE(options.language, u"zh_CN"_s);
    QCOMPARE(options.settingsFile, u"/tmp/x/settings.ini"_s);
    QCOMPARE(options.screenshotFile, u"/tmp/x/shot.png"_s);
    QCOMPARE(options.screenshotWindow, u"signin"_s);
    QCOMPARE(options.pane, u"audit"_s);
    QCOMPARE(options.idleLimit, std::chrono::minutes(5));

    CommandLineOptions demo;
    QCOMPARE(parse({u"--demo"_s, u"--language"_s, u"en"_s}, &demo, &text),
             CommandLine::Outcome::Run);
    QVERIFY(demo.demo);
    QCOMPARE(demo.language, u"en"_s);
}

void tst_CommandLine::helpDocumentsEveryOption()
{
    CommandLineOptions options;
    QString text;
    QCOMPARE(parse({u"--help"_s}, &options, &text), CommandLine::Outcome::Help);
    for (const QString &option :
         {u"--demo"_s, u"--server <url>"_s, u"--language <language>"_s, u"--settings-file <file>"_s,
          u"--pane <name>"_s, u"--screenshot <file>"_s, u"--screenshot-window <window>"_s,
          u"--idle-lock <minutes>"_s, u"--help"_s, u"--version"_s}) {
        QVERIFY2(text.contains(option), qPrintable(option));
    }
    QVERIFY(text.contains(u"GATEHOUSE_SERVER_BINARY"_s));
    QVERIFY(text.contains(u"zh_CN"_s));
    QCOMPARE(parse({u"--version"_s}, &options, &text), CommandLine::Outcome::Version);
}

void tst_CommandLine::refusesMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("stray argument") << QStringList{u"extra"_s} << u"extra"_s;
    QTest::newRow("plain http elsewhere")
            << QStringList{u"--server"_s, u"http://gatehouse.example.com"_s} << u"https://"_s;
    QTest::newRow("not an address") << QStringList{u"--server"_s, u"ftp://x"_s} << QString();
    QTest::newRow("demo and server")
            << QStringList{u"--demo"_s, u"--server"_s, u"https://a.example"_s} << u"--demo"_s;
    QTest::newRow("unknown language") << QStringList{u"--language"_s, u"fr"_s} << u"fr"_s;
    QTest::newRow("unknown window")
            << QStringList{u"--screenshot-window"_s, u"queue"_s} << u"queue"_s;
    QTest::newRow("missing value") << QStringList{u"--server"_s} << u"server"_s;
    QTest::newRow("idle lock of no minutes") << QStringList{u"--idle-lock"_s, u"0"_s} << u"0"_s;
    QTest::newRow("idle lock of a day and more") << QStringList{u"--idle-lock=1441"_s} << u"1441"_s;
    QTest::newRow("idle lock not a number")
            << QStringList{u"--idle-lock"_s, u"soon"_s} << u"soon"_s;
}

void tst_CommandLine::refusesMistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    CommandLineOptions options;
    QString text;
    QCOMPARE(parse(arguments, &options, &text), CommandLine::Outcome::Error);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(says), qPrintable(text));
}

void tst_CommandLine::findsTheLanguageBeforeParsing()
{
    QCOMPARE(CommandLine::requestedLanguage(
                     {u"gatehouse"_s, u"--language"_s, u"zh_CN"_s, u"--help"_s}),
             u"zh_CN"_s);
    QCOMPARE(CommandLine::requestedLanguage({u"gatehouse"_s, u"--demo"_s, u"--language=en"_s}),
             u"en"_s);
    QCOMPARE(CommandLine::requestedLanguage({u"gatehouse"_s, u"--language"_s}), QString());
    QCOMPARE(CommandLine::requestedLanguage({u"gatehouse"_s}), QString());
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
