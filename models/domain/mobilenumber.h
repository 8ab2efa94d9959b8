#pragma once

#include <QString>
#include <QStringView>

// Mainland China mobile numbers: 11 digits, 1[3-9]xxxxxxxxx, optionally written
// with +86 / 0086 and spaces or hyphens.
struct MobileNumberCheck
{
    enum class Error { None, Empty, InvalidCharacter, WrongLength, NotMobile };

    Error error = Error::Empty;
    QString normalized; // the 11 digits

    bool isValid() const { return error == Error::None; }
};

namespace MobileNumber {

MobileNumberCheck check(QStringView input);
QString errorCode(MobileNumberCheck::Error error);

} // namespace MobileNumber
