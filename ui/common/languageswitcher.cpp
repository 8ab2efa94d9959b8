#include "ui/common/languageswitcher.h"

#include "translations/translationcatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "gatehouse.ui.language")

namespace {

const QString kSettingsKey = u"ui/language"_s;

} // namespace

LanguageSwitcher::LanguageSwitcher(QSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{ }

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_console)
        QCoreApplication::removeTranslator(m_console.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageSwitcher::languages()
{
    return TranslationCatalog::languages();
}

QString LanguageSwitcher::nativeName(const QString &language)
{
    // Each language is named in itself, so anyone can find their own.
    if (language == u"zh_CN")
        return u"中文"_s;
    return u"English"_s;
}

QString LanguageSwitcher::initialLanguage() const
{
    const QString saved = m_settings.value(kSettingsKey).toString();
    if (languages().contains(saved))
        return saved;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese
        && system.script() != QLocale::TraditionalChineseScript)
        return u"zh_CN"_s;
    return u"en"_s;
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    auto console = std::make_unique<QTranslator>();
    if (!console->load(TranslationCatalog::resourcePath(language))) {
        qCWarning(lcLanguage) << "no compiled translations for" << language;
        return false;
    }
    std::unique_ptr<QTranslator> qt;
    if (language != u"en") {
        qt = std::make_unique<QTranslator>();
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!qt->load(u"qtbase_%1.qm"_s.arg(language), dir)) {
            // Our own strings still switch; only Qt's standard buttons stay English.
            qCInfo(lcLanguage) << "Qt's own translations for" << language << "are not in" << dir;
            qt.reset();
        }
    }

    // The locale first, so widgets that format dates on LanguageChange see the new one.
    QLocale::setDefault(QLocale(language));
    if (m_console)
        QCoreApplication::removeTranslator(m_console.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_console = std::move(console);
    m_qt = std::move(qt);
    QCoreApplication::installTranslator(m_console.get());
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());

    const bool changed = m_language != language;
    m_language = language;
    m_settings.setValue(kSettingsKey, language);
    if (changed)
        emit languageChanged(language);
    return true;
}
