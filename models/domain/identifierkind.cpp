#include "domain/identifierkind.h"

#include "domain/emailaddress.h"
#include "domain/mobilenumber.h"
#include "domain/problem.h"
#include "domain/residentidnumber.h"

using namespace Qt::StringLiterals;

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isBase64Url(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c == u'_';
}

bool isHan(char32_t u)
{
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x20000 && u <= 0x3134F);
}

bool containsHan(QStringView text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return std::any_of(ucs4.begin(), ucs4.end(), [](uint u) { return isHan(char32_t(u)); });
}

// Digits, spaces and hyphens, with an X at the end: a number as people type
// it. An 18-character one with its X elsewhere is an ID number with a typo.
bool looksNumeric(QStringView text, QString *compact)
{
    compact->clear();
    for (QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (isAsciiDigit(c))
            compact->append(c);
        else if (c == u'x' || c == u'X')
            compact->append(u'X');
        else
            return false;
    }
    const qsizetype xs = compact->count(u'X');
    if (compact->isEmpty() || compact->startsWith(u'X'))
        return false;
    return xs == 0 || (xs == 1 && compact->endsWith(u'X')) || compact->size() == 18;
}

bool isWeChatId(QStringView text)
{
    if (text.size() != 28 || text[0] != u'o')
        return false;
    return std::all_of(text.begin(), text.end(), isBase64Url);
}

bool isUsernameShaped(QStringView text)
{
    if (text.isEmpty() || !isAsciiLetter(text[0]))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_'; });
}

RecognisedQuery idNumber(QStringView text, QDate today)
{
    RecognisedQuery q;
    q.kind = IdentifierKind::IdNumber;
    const ResidentIdCheck check = ResidentIdNumber::check(text, today);
    q.normalized = check.normalized;
    q.errorCode = ResidentIdNumber::errorCode(check.error);
    return q;
}

RecognisedQuery mobile(QStringView text)
{
    RecognisedQuery q;
    q.kind = IdentifierKind::Mobile;
    const MobileNumberCheck check = MobileNumber::check(text);
    q.normalized = check.normalized;
    q.errorCode = MobileNumber::errorCode(check.error);
    return q;
}

RecognisedQuery email(QStringView text, bool exact)
{
    RecognisedQuery q;
    q.kind = IdentifierKind::Email;
    if (exact) {
        const EmailAddressCheck check = EmailAddress::check(text);
        q.normalized = IdentifierKinds::asciiLower(check.normalized);
        q.errorCode = EmailAddress::errorCode(check.error);
    } else {
        q.normalized = IdentifierKinds::asciiLower(text);
    }
    return q;
}

RecognisedQuery accountId(const QString &digits)
{
    RecognisedQuery q;
    q.kind = IdentifierKind::AccountId;
    QString trimmed = digits;
    while (trimmed.size() > 1 && trimmed.startsWith(u'0'))
        trimmed.remove(0, 1);
    q.normalized = trimmed;
    return q;
}

RecognisedQuery name(QStringView text)
{
    RecognisedQuery q;
    q.kind = IdentifierKind::Name;
    q.hanName = containsHan(text);
    // Han names have no case; Latin names are searched lower-cased.
    q.normalized = q.hanName ? text.toString() : IdentifierKinds::asciiLower(text);
    return q;
}

RecognisedQuery username(QStringView text)
{
    RecognisedQuery q;
    q.kind = IdentifierKind::Username;
    q.normalized = IdentifierKinds::asciiLower(text);
    return q;
}

} // namespace

namespace IdentifierKinds {

QString asciiLower(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return out;
}

RecognisedQuery recognise(QStringView input, QDate today, bool exact)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return {};

    if (text.startsWith(u'+') || text.startsWith(u"0086"))
        return mobile(text);
    QString compact;
    if (looksNumeric(text, &compact)) {
        // 18 characters, or an X at the end: an ID number, checked in full.
        if (compact.size() == 18 || compact.endsWith(u'X'))
            return idNumber(compact, today);
        if (compact.size() == 11)
            return mobile(compact);
        if (compact.size() <= 10)
            return accountId(compact);
        // Longer numbers are ID numbers typed short or long: say so rather
        // than search them as text.
        return idNumber(compact, today);
    }
    if (text.contains(u'@'))
        return email(text, exact);
    if (isWeChatId(text)) {
        RecognisedQuery q;
        q.kind = IdentifierKind::WeChatId;
        q.normalized = text.toString();
        return q;
    }
    if (containsHan(text))
        return name(text);
    if (isUsernameShaped(text)) {
        const bool lettersOnly = std::all_of(text.begin(), text.end(), isAsciiLetter);
        if (!lettersOnly)
            return username(text);
        // A single Latin word: a surname ("zhang") or the start of a username.
        RecognisedQuery q = name(text);
        q.alternatives = {IdentifierKind::Username};
        return q;
    }
    // A dot and no space, without an @: the start of an email address.
    if (text.contains(u'.') && !text.contains(u' ')) {
        RecognisedQuery q = email(text, false);
        if (exact)
            q.errorCode = EmailAddress::errorCode(EmailAddressCheck::Error::MissingAt);
        return q;
    }
    return name(text);
}

RecognisedQuery recogniseAs(IdentifierKind kind, QStringView input, QDate today, bool exact)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return {};
    QString compact;
    switch (kind) {
    case IdentifierKind::Empty:
        return {};
    case IdentifierKind::AccountId:
        if (!looksNumeric(text, &compact) || compact.size() > 10 || compact.endsWith(u'X')) {
            RecognisedQuery q;
            q.kind = kind;
            q.errorCode = QString::fromUtf16(ProblemCode::FieldNotAllowed);
            return q;
        }
        return accountId(compact);
    case IdentifierKind::IdNumber:
        return idNumber(text, today);
    case IdentifierKind::Mobile:
        return mobile(text);
    case IdentifierKind::Email:
        return email(text, exact);
    case IdentifierKind::WeChatId: {
        RecognisedQuery q;
        q.kind = kind;
        q.normalized = text.toString();
        if (!isWeChatId(text))
            q.errorCode = QString::fromUtf16(ProblemCode::FieldNotAllowed);
        return q;
    }
    case IdentifierKind::Username:
        return username(text);
    case IdentifierKind::Name:
        return name(text);
    }
    return {};
}

bool allowsPrefix(IdentifierKind kind)
{
    return kind == IdentifierKind::Email || kind == IdentifierKind::Username
            || kind == IdentifierKind::Name;
}

QString code(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Empty:
        return u"empty"_s;
    case IdentifierKind::AccountId:
        return u"account_id"_s;
    case IdentifierKind::IdNumber:
        return u"id_number"_s;
    case IdentifierKind::Mobile:
        return u"mobile"_s;
    case IdentifierKind::Email:
        return u"email"_s;
    case IdentifierKind::WeChatId:
        return u"wechat_id"_s;
    case IdentifierKind::Username:
        return u"username"_s;
    case IdentifierKind::Name:
        return u"name"_s;
    }
    return {};
}

bool fromCode(QStringView text, IdentifierKind *kind)
{
    for (IdentifierKind k : all()) {
        if (code(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QList<IdentifierKind> all()
{
    return {IdentifierKind::AccountId, IdentifierKind::IdNumber, IdentifierKind::Mobile,
            IdentifierKind::Email,     IdentifierKind::WeChatId, IdentifierKind::Username,
            IdentifierKind::Name};
}

} // namespace IdentifierKinds
