#include "domain/personaldatamask.h"

using namespace Qt::StringLiterals;

namespace PersonalDataMask {

QString residentId(QStringView idNumber)
{
    if (idNumber.size() < 4)
        return QString(idNumber.size(), u'*');
    return idNumber.first(1).toString() + QString(idNumber.size() - 3, u'*')
            + idNumber.last(2).toString();
}

QString mobile(QStringView mobileNumber)
{
    if (mobileNumber.size() < 8)
        return QString(mobileNumber.size(), u'*');
    return mobileNumber.first(3).toString() + QString(mobileNumber.size() - 7, u'*')
            + mobileNumber.last(4).toString();
}

QString email(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0)
        return u"***"_s;
    // The first character, whole: a lone half of a surrogate pair is not text.
    const qsizetype first = address[0].isHighSurrogate() && address[1].isLowSurrogate() ? 2 : 1;
    return address.first(first).toString() + u"***"_s + address.sliced(at).toString();
}

QString name(QStringView fullName)
{
    if (fullName.isEmpty())
        return {};
    QString masked;
    bool startOfWord = true;
    for (qsizetype i = 0; i < fullName.size(); ++i) {
        const QChar c = fullName[i];
        if (c.isSpace()) {
            masked.append(c);
            startOfWord = true;
            continue;
        }
        // A character beyond the BMP (rare Han characters in names) is two QChars.
        const bool pair =
                c.isHighSurrogate() && i + 1 < fullName.size() && fullName[i + 1].isLowSurrogate();
        if (startOfWord)
            masked.append(fullName.sliced(i, pair ? 2 : 1));
        else
            masked.append(QChar(u'*'));
        if (pair)
            ++i;
        // Han names have no spaces: only the surname (the first character) stays.
        startOfWord = false;
    }
    return masked;
}

} // namespace PersonalDataMask
