#include "accounts/temporarypassword.h"

#include <sodium.h>

#include <algorithm>

namespace {

// No 0/O, 1/l/I: the user types it from what support reads out or sends.
constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
constexpr uint32_t kAlphabetSize = sizeof(kAlphabet) - 1;

bool hasEveryKind(const QString &s)
{
    const auto any = [&s](auto predicate) {
        return std::any_of(s.begin(), s.end(), predicate);
    };
    return any([](QChar c) { return c.isUpper(); }) && any([](QChar c) { return c.isLower(); })
            && any([](QChar c) { return c.isDigit(); });
}

} // namespace

namespace TemporaryPassword {

QString generate()
{
    QString password;
    do {
        password.clear();
        for (int i = 0; i < kLength; ++i)
            password += QLatin1Char(kAlphabet[randombytes_uniform(kAlphabetSize)]);
    } while (!hasEveryKind(password));
    return password;
}

} // namespace TemporaryPassword
