#include "translations/translationcatalog.h"

using namespace Qt::StringLiterals;

namespace TranslationCatalog {

QStringList languages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString resourcePath(const QString &language)
{
    return u":/i18n/gatehouse_%1.qm"_s.arg(language);
}

} // namespace TranslationCatalog
