#pragma once

#include <QString>
#include <QStringView>

// A company website as applicants type it: http or https, a host with a dot,
// no credentials. "example.com" is accepted and normalised to https://example.com.
struct WebsiteAddressCheck
{
    enum class Error { None, Empty, TooLong, BadScheme, BadHost, HasCredentials };
    Error error = Error::Empty;
    QString normalized;
    bool isValid() const { return error == Error::None; }
};

namespace WebsiteAddress {
WebsiteAddressCheck check(QStringView input);
QString errorCode(WebsiteAddressCheck::Error error);
} // namespace WebsiteAddress

// A contact number: a mainland mobile, or a landline with area code
// (010-12345678, 0755 1234567, optional extension after "-" or "转").
struct ContactNumberCheck
{
    enum class Error { None, Empty, Invalid };
    Error error = Error::Empty;
    QString normalized;
    bool isValid() const { return error == Error::None; }
};

namespace ContactNumber {
ContactNumberCheck check(QStringView input);
QString errorCode(ContactNumberCheck::Error error);
} // namespace ContactNumber
