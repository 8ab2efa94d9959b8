#include "models/realname/realnameterms.h"

using namespace Qt::StringLiterals;

QString RealnameTerms::level(int level)
{
    switch (level) {
    case 3:
        return tr("Level 3");
    case 4:
        return tr("Level 4");
    default:
        return tr("Level %1").arg(level);
    }
}

QString RealnameTerms::noRecord()
{
    return tr("No real-name record");
}

QString RealnameTerms::accountStatus(const QString &code)
{
    if (code == u"active")
        return tr("Active");
    if (code == u"unactivated")
        return tr("Unactivated");
    if (code == u"locked")
        return tr("Locked");
    if (code == u"disabled")
        return tr("Disabled");
    return code;
}

QString RealnameTerms::fourElementState(const QString &code)
{
    if (code == u"passed")
        return tr("Passed");
    if (code == u"pending")
        return tr("Pending");
    if (code == u"failed")
        return tr("Failed");
    return code;
}

QString RealnameTerms::ineligibleReason(const QString &code)
{
    if (code == u"no_realname_record")
        return tr("No real-name record");
    if (code == u"level_below_4")
        return tr("Below level 4");
    if (code == u"four_element_check_not_passed")
        return tr("Four-element check not passed");
    if (code == u"id_card_expired")
        return tr("ID card expired");
    return code;
}

bool RealnameTerms::isProblemState(const QString &fourElementCode)
{
    return fourElementCode == u"failed";
}
