#include "models/accounts/supportsummary.h"

#include "domain/jsontime.h"
#include "models/accounts/accountterms.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString when(const QJsonValue &value)
{
    const QDateTime time = JsonTime::parse(value.toString());
    return time.isValid() ? QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)
                          : QString();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

QString SupportSummary::build(const QJsonObject &d)
{
    QStringList lines;
    lines << tr("Account %1: %2 (%3)")
                     .arg(QString::number(d.value(u"id"_s).toInteger()),
                          d.value(u"display_name"_s).toString(), d.value(u"username"_s).toString());
    QString status = AccountTerms::status(d.value(u"status"_s).toString());
    const QJsonObject lock = d.value(u"lock"_s).toObject();
    if (!lock.isEmpty())
        status = tr("%1 until %2, for %3")
                         .arg(status, when(lock.value(u"until"_s)),
                              AccountTerms::lockReason(lock.value(u"reason"_s).toString()));
    lines << tr("Status: %1").arg(status);
    lines << tr("Type: %1").arg(AccountTerms::accountType(d.value(u"account_type"_s).toString()));
    lines << tr("Mobile: %1").arg(orDash(d.value(u"mobile"_s).toString()));
    lines << tr("Email: %1").arg(orDash(d.value(u"email"_s).toString()));
    const QJsonObject realname = d.value(u"realname"_s).toObject();
    if (realname.isEmpty()) {
        lines << tr("Real-name level: %1").arg(AccountTerms::noRealname());
    } else {
        lines << tr("Real-name level: %1, four-element check %2, ID number %3")
                         .arg(AccountTerms::realnameLevel(realname.value(u"level"_s).toInt()),
                              AccountTerms::fourElementState(
                                      realname.value(u"four_element_state"_s).toString()),
                              realname.value(u"id_number"_s).toString());
    }
    lines << tr("Open sessions: %1").arg(d.value(u"open_sessions"_s).toInt());
    lines << tr("Last sign-in: %1").arg(orDash(when(d.value(u"last_sign_in_at"_s))));
    const QJsonObject sms = d.value(u"sms"_s).toObject();
    if (!sms.isEmpty()) {
        lines << tr("SMS codes sent: %1 in the last minute, %2 in the last hour, %3 today")
                         .arg(sms.value(u"sent_last_minute"_s).toInt())
                         .arg(sms.value(u"sent_last_hour"_s).toInt())
                         .arg(sms.value(u"sent_today"_s).toInt());
    }
    lines << tr("Version: %1").arg(d.value(u"version"_s).toInt());
    return lines.join(u'\n');
}
