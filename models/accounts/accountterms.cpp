#include "models/accounts/accountterms.h"

using namespace Qt::StringLiterals;

QString AccountTerms::status(const QString &code)
{
    if (code == u"unactivated")
        return tr("Unactivated");
    if (code == u"active")
        return tr("Active");
    if (code == u"locked")
        return tr("Locked");
    if (code == u"disabled")
        return tr("Disabled");
    return code;
}

QString AccountTerms::accountType(const QString &code)
{
    if (code == u"individual")
        return tr("Individual");
    if (code == u"corporate")
        return tr("Corporate");
    return code;
}

QString AccountTerms::lockReason(const QString &code)
{
    if (code == u"too_many_failed_sign_ins")
        return tr("too many failed sign-ins");
    if (code == u"suspicious_sign_in")
        return tr("a suspicious sign-in");
    if (code == u"locked_by_support")
        return tr("locked by support");
    return code;
}

QString AccountTerms::identifierKind(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Empty:
        return {};
    case IdentifierKind::AccountId:
        return tr("Account id");
    case IdentifierKind::IdNumber:
        return tr("ID number");
    case IdentifierKind::Mobile:
        return tr("Mobile number");
    case IdentifierKind::Email:
        return tr("Email");
    case IdentifierKind::WeChatId:
        return tr("OpenID / UnionID");
    case IdentifierKind::Username:
        return tr("Username");
    case IdentifierKind::Name:
        return tr("Name");
    }
    return {};
}

QString AccountTerms::identifierKind(const QString &code)
{
    IdentifierKind kind = IdentifierKind::Empty;
    return IdentifierKinds::fromCode(code, &kind) ? identifierKind(kind) : code;
}

QString AccountTerms::matched(const QString &code)
{
    if (code == u"account_id")
        return tr("Account id");
    if (code == u"id_number")
        return tr("ID number");
    if (code == u"mobile")
        return tr("Mobile number");
    if (code == u"email")
        return tr("Email");
    if (code == u"openid")
        return u"OpenID"_s;
    if (code == u"unionid")
        return u"UnionID"_s;
    if (code == u"username")
        return tr("Username");
    if (code == u"display_name")
        return tr("Display name");
    if (code == u"name_latin")
        return tr("Latin name");
    return code;
}

QString AccountTerms::loginMethod(const QString &code)
{
    if (code == u"password")
        return tr("Password");
    if (code == u"sms")
        return tr("SMS verification code");
    if (code == u"face")
        return tr("Face verification");
    if (code == u"wechat")
        return tr("WeChat");
    if (code == u"sso")
        return tr("Single sign-on");
    return code;
}

QString AccountTerms::signInResult(const QString &code)
{
    if (code == u"success")
        return tr("Succeeded");
    if (code == u"wrong_password")
        return tr("Wrong password");
    if (code == u"locked")
        return tr("Refused: locked");
    return code;
}

QString AccountTerms::realnameLevel(int level)
{
    if (level == 3)
        return tr("Level 3 real-name");
    if (level == 4)
        return tr("Level 4 real-name");
    return QString::number(level);
}

QString AccountTerms::noRealname()
{
    return tr("None");
}

QString AccountTerms::fourElementState(const QString &code)
{
    if (code == u"passed")
        return tr("Passed");
    if (code == u"failed")
        return tr("Failed");
    if (code == u"pending")
        return tr("Pending");
    if (code == u"not_checked")
        return tr("Not checked");
    return code;
}

QString AccountTerms::realnameMethod(const QString &code)
{
    if (code == u"four_element")
        return tr("Four-element check");
    if (code == u"face")
        return tr("Face verification");
    if (code == u"administrator")
        return tr("By an administrator");
    return code;
}

QString AccountTerms::businessIneligibility(const QString &code)
{
    if (code == u"no_realname_record")
        return tr("no real-name record");
    if (code == u"level_below_4")
        return tr("real-name level below 4");
    if (code == u"four_element_check_not_passed")
        return tr("the four-element check has not passed");
    if (code == u"id_card_expired")
        return tr("the ID card has expired");
    return code;
}

QString AccountTerms::smsResult(const QString &code)
{
    if (code == u"sent")
        return tr("Sent");
    if (code == u"limited_minute")
        return tr("Refused: one a minute");
    if (code == u"limited_hour")
        return tr("Refused: three an hour");
    if (code == u"limited_day")
        return tr("Refused: five a day");
    if (code == u"failed")
        return tr("Failed");
    return code;
}

QString AccountTerms::smsPurpose(const QString &code)
{
    if (code == u"sign_in")
        return tr("Sign-in");
    if (code == u"activation")
        return tr("Account activation");
    if (code == u"reset_password")
        return tr("Reset password");
    if (code == u"support_test")
        return tr("Test code from support");
    if (code == u"change_mobile")
        return tr("Change of mobile number");
    return code;
}

QString AccountTerms::smsLimit(const QString &code)
{
    if (code == u"minute")
        return tr("one code a minute");
    if (code == u"hour")
        return tr("three codes an hour");
    if (code == u"day")
        return tr("five codes a day");
    return code;
}

QString AccountTerms::permissionSet(const QString &code)
{
    if (code == u"open_platform_management")
        return tr("Open platform management");
    if (code == u"message_management")
        return tr("Message management");
    if (code == u"mini_program_development")
        return tr("Mini program development");
    if (code == u"data_analysis")
        return tr("Data analysis");
    return code;
}

QString AccountTerms::organizationRole(const QString &code)
{
    if (code == u"owner")
        return tr("Owner");
    if (code == u"administrator")
        return tr("Administrator");
    if (code == u"member")
        return tr("Member");
    return code;
}

QString AccountTerms::appKind(const QString &code)
{
    if (code == u"mini_program")
        return tr("Mini program");
    if (code == u"official_account")
        return tr("Official account");
    return code;
}

QString AccountTerms::revealField(const QString &code)
{
    if (code == u"id_number")
        return tr("ID number");
    if (code == u"mobile")
        return tr("Mobile number");
    if (code == u"email")
        return tr("Email");
    return code;
}
