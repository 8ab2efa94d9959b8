#include "domain/residentidnumber.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char, 11> kCheckCharacters{'1', '0', 'X', '9', '8', '7',
                                                '6', '5', '4', '3', '2'};

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() accepts full-width and other Unicode digits; the standard does not.
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isKnownProvince(int code)
{
    // GB/T 2260 province-level codes, plus 71 (Taiwan), 81 (Hong Kong), 82 (Macau)
    // and 83 (residence permits for Hong Kong, Macau and Taiwan residents).
    static constexpr std::array<int, 35> kProvinces{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                    35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::find(kProvinces.begin(), kProvinces.end(), code) != kProvinces.end();
}

} // namespace

namespace ResidentIdNumber {

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17[i]))
            return {};
        sum += (first17[i].unicode() - u'0') * kWeights[size_t(i)];
    }
    return QLatin1Char(kCheckCharacters[size_t(sum % 11)]);
}

ResidentIdCheck check(QStringView input, QDate today)
{
    ResidentIdCheck result;
    QString normalized;
    normalized.reserve(input.size());
    for (QChar c : input) {
        if (c == u' ' || c == u'-')
            continue;
        normalized.append(c == u'x' ? QChar(u'X') : c);
    }
    result.normalized = normalized;
    if (normalized.isEmpty()) {
        result.error = ResidentIdCheck::Error::Empty;
        return result;
    }
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized[i];
        const bool lastAndX = (i == 17 && c == u'X');
        if (!isAsciiDigit(c) && !lastAndX) {
            result.error = ResidentIdCheck::Error::InvalidCharacter;
            return result;
        }
    }
    if (normalized.size() != 18) {
        result.error = ResidentIdCheck::Error::WrongLength;
        return result;
    }
    if (!isKnownProvince(QStringView(normalized).first(2).toInt())) {
        result.error = ResidentIdCheck::Error::UnknownRegion;
        return result;
    }
    const int year = QStringView(normalized).mid(6, 4).toInt();
    const int month = QStringView(normalized).mid(10, 2).toInt();
    const int day = QStringView(normalized).mid(12, 2).toInt();
    const QDate birth(year, month, day);
    if (!birth.isValid() || year < 1900) {
        result.error = ResidentIdCheck::Error::ImpossibleBirthDate;
        return result;
    }
    if (today.isValid() && birth > today) {
        result.error = ResidentIdCheck::Error::FutureBirthDate;
        return result;
    }
    if (checkCharacter(QStringView(normalized).first(17)) != normalized[17]) {
        result.error = ResidentIdCheck::Error::WrongCheckDigit;
        return result;
    }
    result.error = ResidentIdCheck::Error::None;
    result.birthDate = birth;
    result.male = (normalized[16].unicode() - u'0') % 2 == 1;
    return result;
}

QString errorCode(ResidentIdCheck::Error error)
{
    switch (error) {
    case ResidentIdCheck::Error::None:
        return {};
    case ResidentIdCheck::Error::Empty:
        return u"id_number_empty"_s;
    case ResidentIdCheck::Error::WrongLength:
        return u"id_number_wrong_length"_s;
    case ResidentIdCheck::Error::InvalidCharacter:
        return u"id_number_invalid_character"_s;
    case ResidentIdCheck::Error::UnknownRegion:
        return u"id_number_unknown_region"_s;
    case ResidentIdCheck::Error::ImpossibleBirthDate:
        return u"id_number_impossible_birth_date"_s;
    case ResidentIdCheck::Error::FutureBirthDate:
        return u"id_number_future_birth_date"_s;
    case ResidentIdCheck::Error::WrongCheckDigit:
        return u"id_number_wrong_check_digit"_s;
    }
    return {};
}

} // namespace ResidentIdNumber
