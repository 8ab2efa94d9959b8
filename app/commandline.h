#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

struct CommandLineOptions
{
    bool demo = false;
    QUrl server;          // checked by ServerAddress
    QString language;     // "en" or "zh_CN"; empty: the remembered or the system's
    QString settingsFile; // empty: the platform's own settings place
    QString pane;         // the pane to open first, by id; empty: the last one used
    QString screenshotFile;
    QString screenshotWindow = QStringLiteral("main"); // "signin" or "main"
    // How long without input before the console locks; zero: the settings'
    // security/idleLockMinutes, or 15 minutes.
    std::chrono::milliseconds idleLimit{0};
};

constexpr int kMaxIdleLockMinutes = 24 * 60;

// gatehouse's command line; --help documents every option.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, Help, Version, Error };

    // text is the help or version text, or the error, for the caller to print.
    static Outcome parse(const QStringList &arguments, CommandLineOptions *options, QString *text);
    // --language, read before the translators are installed so --help can be translated.
    static QString requestedLanguage(const QStringList &arguments);
};
