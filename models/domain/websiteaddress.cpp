#include "domain/websiteaddress.h"

#include "domain/mobilenumber.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace WebsiteAddress {

WebsiteAddressCheck check(QStringView input)
{
    WebsiteAddressCheck r;
    QString text = input.trimmed().toString();
    if (text.isEmpty())
        return r;
    if (text.size() > 2048) {
        r.error = WebsiteAddressCheck::Error::TooLong;
        return r;
    }
    if (!text.contains(u"://"_s))
        text = u"https://"_s + text;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        r.error = WebsiteAddressCheck::Error::BadScheme;
        return r;
    }
    if (!url.userInfo().isEmpty()) {
        r.error = WebsiteAddressCheck::Error::HasCredentials;
        return r;
    }
    static const QRegularExpression host(
            u"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"_s);
    if (!host.match(url.host(QUrl::FullyEncoded).toLower()).hasMatch()) {
        r.error = WebsiteAddressCheck::Error::BadHost;
        return r;
    }
    r.error = WebsiteAddressCheck::Error::None;
    r.normalized = url.toString(QUrl::NormalizePathSegments);
    return r;
}

QString errorCode(WebsiteAddressCheck::Error error)
{
    switch (error) {
    case WebsiteAddressCheck::Error::None:
        return {};
    case WebsiteAddressCheck::Error::Empty:
        return u"website_empty"_s;
    case WebsiteAddressCheck::Error::TooLong:
        return u"website_too_long"_s;
    case WebsiteAddressCheck::Error::BadScheme:
        return u"website_bad_scheme"_s;
    case WebsiteAddressCheck::Error::BadHost:
        return u"website_bad_host"_s;
    case WebsiteAddressCheck::Error::HasCredentials:
        return u"website_has_credentials"_s;
    }
    return {};
}

} // namespace WebsiteAddress

namespace ContactNumber {

ContactNumberCheck check(QStringView input)
{
    ContactNumberCheck r;
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return r;
    const MobileNumberCheck mobile = MobileNumber::check(text);
    if (mobile.isValid()) {
        r.error = ContactNumberCheck::Error::None;
        r.normalized = mobile.normalized;
        return r;
    }
    // [0-9] and not \d: \d would accept full-width digits.
    static const QRegularExpression landline(
            u"^(?:\\+86[ -]?)?(0[1-9][0-9]{1,2})[ -]?([1-9][0-9]{6,7})(?:(?:-|转|ext\\.? ?)([0-9]{1,6}))?$"_s);
    const auto m = landline.match(text);
    if (!m.hasMatch()) {
        r.error = ContactNumberCheck::Error::Invalid;
        return r;
    }
    r.error = ContactNumberCheck::Error::None;
    r.normalized = m.captured(1) + u'-' + m.captured(2);
    if (!m.captured(3).isEmpty())
        r.normalized += u'-' + m.captured(3);
    return r;
}

QString errorCode(ContactNumberCheck::Error error)
{
    switch (error) {
    case ContactNumberCheck::Error::None:
        return {};
    case ContactNumberCheck::Error::Empty:
        return u"contact_number_empty"_s;
    case ContactNumberCheck::Error::Invalid:
        return u"contact_number_invalid"_s;
    }
    return {};
}

} // namespace ContactNumber
