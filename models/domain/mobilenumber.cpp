#include "domain/mobilenumber.h"

using namespace Qt::StringLiterals;

namespace MobileNumber {

MobileNumberCheck check(QStringView input)
{
    MobileNumberCheck result;
    QString digits;
    digits.reserve(input.size());
    QStringView rest = input.trimmed();
    if (rest.startsWith(u"+86"))
        rest = rest.sliced(3);
    else if (rest.startsWith(u"0086"))
        rest = rest.sliced(4);
    for (QChar c : rest) {
        if (c == u' ' || c == u'-')
            continue;
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            result.normalized = input.toString();
            result.error = MobileNumberCheck::Error::InvalidCharacter;
            return result;
        }
        digits.append(c);
    }
    result.normalized = digits;
    if (digits.isEmpty())
        result.error = MobileNumberCheck::Error::Empty;
    else if (digits.size() != 11)
        result.error = MobileNumberCheck::Error::WrongLength;
    else if (digits[0] != u'1' || digits[1].unicode() < u'3')
        result.error = MobileNumberCheck::Error::NotMobile;
    else
        result.error = MobileNumberCheck::Error::None;
    return result;
}

QString errorCode(MobileNumberCheck::Error error)
{
    switch (error) {
    case MobileNumberCheck::Error::None:
        return {};
    case MobileNumberCheck::Error::Empty:
        return u"mobile_empty"_s;
    case MobileNumberCheck::Error::InvalidCharacter:
        return u"mobile_invalid_character"_s;
    case MobileNumberCheck::Error::WrongLength:
        return u"mobile_wrong_length"_s;
    case MobileNumberCheck::Error::NotMobile:
        return u"mobile_not_mainland"_s;
    }
    return {};
}

} // namespace MobileNumber
