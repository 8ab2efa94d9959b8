#pragma once

#include <QString>
#include <QStringView>

// A pragmatic check of an email address as staff type it: one @, a local part of
// at most 64 printable ASCII characters, a domain of dot-separated labels with a
// top-level label of letters; 254 characters at most. The domain is lower-cased.
struct EmailAddressCheck
{
    enum class Error { None, Empty, TooLong, MissingAt, BadLocalPart, BadDomain };

    Error error = Error::Empty;
    QString normalized;

    bool isValid() const { return error == Error::None; }
};

namespace EmailAddress {

EmailAddressCheck check(QStringView input);
QString errorCode(EmailAddressCheck::Error error);

} // namespace EmailAddress
