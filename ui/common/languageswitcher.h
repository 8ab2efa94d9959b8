#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;
class QTranslator;

// The console's language, switched at run time: installs the console's own
// translator (the .qm files compiled in under :/i18n) and Qt's (standard
// dialogs and buttons), sets the default locale for dates and numbers, and
// remembers the choice. Installing a translator sends QEvent::LanguageChange
// to every widget, and every widget retranslates itself in changeEvent().
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QSettings &settings, QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QStringList languages(); // "en", "zh_CN"
    // The language's name in itself, as a language menu shows it.
    static QString nativeName(const QString &language);

    QString language() const { return m_language; }
    // The remembered choice, else the system's when the console speaks it, else English.
    QString initialLanguage() const;
    // False when the language is unknown or its translations cannot be loaded.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QSettings &m_settings;
    std::unique_ptr<QTranslator> m_console;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};
