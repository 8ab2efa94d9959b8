#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// Resident ID number (居民身份证号码, GB 11643-1999): 17 digits and an
// ISO 7064 MOD 11-2 check character (0-9 or X).
struct ResidentIdCheck
{
    enum class Error {
        None,
        Empty,
        WrongLength,
        InvalidCharacter,
        UnknownRegion,
        ImpossibleBirthDate,
        FutureBirthDate,
        WrongCheckDigit,
    };

    Error error = Error::Empty;
    QString normalized; // upper-case X, no spaces
    QDate birthDate;
    bool male = false;

    bool isValid() const { return error == Error::None; }
};

namespace ResidentIdNumber {

// Checks region, birth date (a real date, not after today, not before 1900)
// and the check character. Lower-case x is accepted and normalised to X.
ResidentIdCheck check(QStringView input, QDate today);

// The check character for the first 17 digits; QChar() if they are not 17 digits.
QChar checkCharacter(QStringView first17);

// A stable problem code for an error, shared by console and server.
QString errorCode(ResidentIdCheck::Error error);

} // namespace ResidentIdNumber
