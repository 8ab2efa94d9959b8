#include "domain/creditcode.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<int, 17> kWeights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                       29, 25, 13, 8,  24, 10, 30, 28};
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (kAlphabet[i] == c.unicode())
            return i;
    }
    return -1;
}

} // namespace

namespace CreditCode {

QStringView alphabet()
{
    return QStringView(kAlphabet, 31);
}

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[size_t(i)];
    }
    return QChar(kAlphabet[(31 - sum % 31) % 31]);
}

CreditCodeCheck check(QStringView input)
{
    CreditCodeCheck result;
    QString normalized;
    normalized.reserve(input.size());
    for (QChar c : input) {
        if (c == u' ' || c == u'-')
            continue;
        normalized.append(c.unicode() < 128 ? c.toUpper() : c);
    }
    result.normalized = normalized;
    if (normalized.isEmpty()) {
        result.error = CreditCodeCheck::Error::Empty;
        return result;
    }
    for (QChar c : normalized) {
        if (valueOf(c) < 0) {
            result.error = CreditCodeCheck::Error::InvalidCharacter;
            return result;
        }
    }
    if (normalized.size() != 18) {
        result.error = CreditCodeCheck::Error::WrongLength;
        return result;
    }
    if (checkCharacter(QStringView(normalized).first(17)) != normalized[17]) {
        result.error = CreditCodeCheck::Error::WrongCheckCharacter;
        return result;
    }
    result.error = CreditCodeCheck::Error::None;
    return result;
}

QString errorCode(CreditCodeCheck::Error error)
{
    switch (error) {
    case CreditCodeCheck::Error::None:
        return {};
    case CreditCodeCheck::Error::Empty:
        return u"credit_code_empty"_s;
    case CreditCodeCheck::Error::WrongLength:
        return u"credit_code_wrong_length"_s;
    case CreditCodeCheck::Error::InvalidCharacter:
        return u"credit_code_invalid_character"_s;
    case CreditCodeCheck::Error::WrongCheckCharacter:
        return u"credit_code_wrong_check_character"_s;
    }
    return {};
}

} // namespace CreditCode
