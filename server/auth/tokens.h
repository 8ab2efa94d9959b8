#pragma once

#include <QString>

// Bearer tokens: 256 random bits, base64url, with a prefix that names the kind
// (so a leaked token is recognisable by secret scanners). Only the SHA-256
// digest is ever stored.
namespace Tokens {

QString generate(QStringView prefix); // "gha_", "ghr_", "ghs_"
QString digest(const QString &token);

inline constexpr char16_t kAccessPrefix[] = u"gha_";
inline constexpr char16_t kRefreshPrefix[] = u"ghr_";
inline constexpr char16_t kSelectionPrefix[] = u"ghs_";

} // namespace Tokens
