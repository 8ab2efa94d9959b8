#pragma once

#include <QString>
#include <QStringList>

// The console's compiled translations: gatehouse_<language>.qm, embedded
// under :/i18n by qt_add_translations in translations/CMakeLists.txt.
namespace TranslationCatalog {

QStringList languages(); // "en", "zh_CN"
QString resourcePath(const QString &language);

} // namespace TranslationCatalog
