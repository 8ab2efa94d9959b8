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
    return address.first(1).toString() + u"***"_s + address.sliced(at).toString();
}

QString name(QStringView fullName)
{
    if (fullName.isEmpty())
        return {};
    QString masked;
    bool startOfWord = true;
    for (QChar c : fullName) {
        if (c.isSpace()) {
            masked.append(c);
            startOfWord = true;
            continue;
        }
        masked.append(startOfWord ? c : QChar(u'*'));
        // Han names have no spaces: only the surname (the first character) stays.
        startOfWord = false;
    }
    return masked;
}

} // namespace PersonalDataMask
