#include "domain/emailaddress.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

bool isLocalCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~.").contains(c);
}

bool isDomainLabel(QStringView label, bool topLevel)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        const char16_t u = c.unicode();
        const bool letter = (u >= u'a' && u <= u'z');
        const bool digit = (u >= u'0' && u <= u'9');
        if (topLevel ? !letter : !(letter || digit || u == u'-'))
            return false;
    }
    return !topLevel || label.size() >= 2;
}

} // namespace

namespace EmailAddress {

EmailAddressCheck check(QStringView input)
{
    EmailAddressCheck result;
    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        result.error = EmailAddressCheck::Error::Empty;
        return result;
    }
    if (trimmed.size() > 254) {
        result.error = EmailAddressCheck::Error::TooLong;
        return result;
    }
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0 || trimmed.indexOf(u'@') != at) {
        result.error = EmailAddressCheck::Error::MissingAt;
        return result;
    }
    const QStringView local = trimmed.first(at);
    const QString domain = trimmed.sliced(at + 1).toString().toLower();
    bool localOk = !local.isEmpty() && local.size() <= 64 && !local.startsWith(u'.')
            && !local.endsWith(u'.') && !local.contains(u"..");
    for (QChar c : local)
        localOk = localOk && isLocalCharacter(c);
    if (!localOk) {
        result.error = EmailAddressCheck::Error::BadLocalPart;
        return result;
    }
    const QList<QStringView> labels = QStringView(domain).split(u'.');
    bool domainOk = labels.size() >= 2;
    for (qsizetype i = 0; domainOk && i < labels.size(); ++i)
        domainOk = isDomainLabel(labels[i], i == labels.size() - 1);
    if (!domainOk) {
        result.error = EmailAddressCheck::Error::BadDomain;
        return result;
    }
    result.error = EmailAddressCheck::Error::None;
    result.normalized = local.toString() + u'@' + domain;
    return result;
}

QString errorCode(EmailAddressCheck::Error error)
{
    switch (error) {
    case EmailAddressCheck::Error::None:
        return {};
    case EmailAddressCheck::Error::Empty:
        return u"email_empty"_s;
    case EmailAddressCheck::Error::TooLong:
        return u"email_too_long"_s;
    case EmailAddressCheck::Error::MissingAt:
        return u"email_missing_at"_s;
    case EmailAddressCheck::Error::BadLocalPart:
        return u"email_bad_local_part"_s;
    case EmailAddressCheck::Error::BadDomain:
        return u"email_bad_domain"_s;
    }
    return {};
}

} // namespace EmailAddress
