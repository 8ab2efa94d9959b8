#pragma once

#include <QString>

// Random secrets support hands to a user once: a temporary password (16
// characters of an alphabet without look-alikes, ~93 bits, with upper- and
// lower-case letters and a digit, which the platform's "two kinds of
// characters" rule accepts) and a password-reset link token. libsodium's
// generator; never a fixed default.
namespace TemporaryPassword {

inline constexpr int kLength = 16;

QString generate();

} // namespace TemporaryPassword
