#pragma once

#include <QString>
#include <QStringView>

// Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from
// 0-9 and A-Z without I, O, S, V, Z; the last is a MOD 31 check character.
struct CreditCodeCheck
{
    enum class Error {
        None,
        Empty,
        WrongLength,
        InvalidCharacter,
        WrongCheckCharacter,
    };

    Error error = Error::Empty;
    QString normalized; // upper case, no spaces

    bool isValid() const { return error == Error::None; }
};

namespace CreditCode {

CreditCodeCheck check(QStringView input);

// The check character for the first 17 characters; QChar() if any is not allowed.
QChar checkCharacter(QStringView first17);

// The 31 characters a credit code is written with, in value order.
QStringView alphabet();

QString errorCode(CreditCodeCheck::Error error);

} // namespace CreditCode
