#include "ui/accounts/accounttabs.h"

#include "domain/jsontime.h"
#include "models/accounts/accountterms.h"
#include "models/accounts/revealedvalues.h"
#include "models/audit/auditrecord.h"
#include "models/audit/auditterms.h"
#include "models/common/rolenames.h"

#include <QLocale>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : esc(text);
}

// Rows of label/value pairs; values are already HTML.
class Form
{
public:
    void row(const QString &label, const QString &valueHtml)
    {
        m_html += u"<tr><td style=\"color:#666;padding-right:14px\" valign=\"top\">"_s + esc(label)
                + u"</td><td>"_s + valueHtml + u"</td></tr>"_s;
    }
    QString html() const
    {
        return u"<table cellspacing=\"0\" cellpadding=\"2\">"_s + m_html + u"</table>"_s;
    }

private:
    QString m_html;
};

// A list as a table with a header row; cells are already HTML.
class Table
{
public:
    explicit Table(const QStringList &headers)
    {
        m_html = u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"0\" width=\"100%\"><tr>"_s;
        for (const QString &header : headers)
            m_html += u"<th align=\"left\" style=\"background:#eef0f3\">"_s + esc(header)
                    + u"</th>"_s;
        m_html += u"</tr>"_s;
    }
    void row(const QStringList &cells)
    {
        m_html += u"<tr>"_s;
        for (const QString &cell : cells)
            m_html += u"<td valign=\"top\">"_s + cell + u"</td>"_s;
        m_html += u"</tr>"_s;
        ++m_rows;
    }
    QString html(const QString &empty) const
    {
        if (m_rows == 0)
            return u"<p style=\"color:#666\">"_s + esc(empty) + u"</p>"_s;
        return m_html + u"</table>"_s;
    }

private:
    QString m_html;
    int m_rows = 0;
};

QString heading(const QString &text)
{
    return u"<h3>"_s + esc(text) + u"</h3>"_s;
}

// The masked value, or the revealed one marked as such.
QString personal(const QString &masked, const RevealedValues &revealed, const QString &field)
{
    if (revealed.has(field)) {
        const QString clear = revealed.value(field);
        return u"<b>"_s + dash(clear) + u"</b> <span style=\"color:#9a6700\">("_s
                + esc(AccountTabs::tr("revealed until %1")
                              .arg(QLocale().toString(revealed.expiresAt().toLocalTime(),
                                                      u"HH:mm:ss"_s)))
                + u")</span>"_s;
    }
    return dash(masked);
}

} // namespace

QString AccountTabs::time(const QJsonValue &value)
{
    const QDateTime at = JsonTime::parse(value.toString());
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString AccountTabs::overview(const QJsonObject &a, const RevealedValues &revealed)
{
    Form form;
    form.row(tr("Display name"), dash(a.value(u"display_name"_s).toString()));
    form.row(tr("Latin name"), dash(a.value(u"name_latin"_s).toString()));
    form.row(tr("Username"), dash(a.value(u"username"_s).toString()));
    form.row(tr("Account id"), QString::number(a.value(u"id"_s).toInteger()));
    form.row(tr("Type"), esc(AccountTerms::accountType(a.value(u"account_type"_s).toString())));

    const QString status = a.value(u"status"_s).toString();
    QString statusHtml = u"<b>"_s + esc(AccountTerms::status(status)) + u"</b>"_s;
    const QJsonObject lock = a.value(u"lock"_s).toObject();
    if (!lock.isEmpty()) {
        statusHtml += u"<br>"_s
                + esc(tr("until %1, because of %2")
                              .arg(time(lock.value(u"until"_s)),
                                   AccountTerms::lockReason(lock.value(u"reason"_s).toString())));
        if (!lock.value(u"in_effect"_s).toBool())
            statusHtml += u"<br>"_s + esc(tr("The lock has run out; the next sign-in clears it."));
    }
    if (status == u"disabled" && !a.value(u"disabled_reason"_s).toString().isEmpty())
        statusHtml +=
                u"<br>"_s + esc(tr("Reason: %1").arg(a.value(u"disabled_reason"_s).toString()));
    form.row(tr("Status"), statusHtml);
    if (a.value(u"created_by_agent"_s).toBool())
        form.row(tr("Registered by"),
                 esc(tr("A third-party platform, on the user's behalf; not yet activated")));
    form.row(tr("Mobile number"), personal(a.value(u"mobile"_s).toString(), revealed, u"mobile"_s));
    form.row(tr("Email"), personal(a.value(u"email"_s).toString(), revealed, u"email"_s));
    const QJsonObject realname = a.value(u"realname"_s).toObject();
    if (!realname.isEmpty())
        form.row(tr("ID number"),
                 personal(realname.value(u"id_number"_s).toString(), revealed, u"id_number"_s));
    form.row(tr("Real-name level"),
             esc(realname.isEmpty()
                         ? AccountTerms::noRealname()
                         : AccountTerms::realnameLevel(realname.value(u"level"_s).toInt())));

    Form access;
    QStringList methods;
    for (const QJsonValue &method : a.value(u"login_methods"_s).toArray())
        methods << AccountTerms::loginMethod(method.toString());
    access.row(tr("Sign-in methods"), dash(methods.join(tr(", "))));
    const QJsonObject password = a.value(u"password"_s).toObject();
    QString passwordHtml = esc(password.value(u"set"_s).toBool() ? tr("Set") : tr("Not set"));
    if (password.value(u"must_change"_s).toBool())
        passwordHtml += u"; "_s + esc(tr("must be changed at the next sign-in"));
    if (!password.value(u"reset_at"_s).isNull())
        passwordHtml += u"; "_s + esc(tr("reset %1").arg(time(password.value(u"reset_at"_s))));
    if (!password.value(u"reset_link_expires_at"_s).isNull())
        passwordHtml += u"; "_s
                + esc(tr("a reset link is valid until %1")
                              .arg(time(password.value(u"reset_link_expires_at"_s))));
    access.row(tr("Password"), passwordHtml);
    access.row(tr("Open sessions"), QString::number(a.value(u"open_sessions"_s).toInt()));
    access.row(tr("Last sign-in"), dash(time(a.value(u"last_sign_in_at"_s))));
    access.row(tr("Created"), dash(time(a.value(u"created_at"_s))));
    access.row(tr("Activated"), dash(time(a.value(u"activated_at"_s))));
    if (!a.value(u"activation_sent_at"_s).isNull())
        access.row(tr("Activation sent"), dash(time(a.value(u"activation_sent_at"_s))));
    const QString language = a.value(u"preferred_language"_s).toString();
    // In its own language and as its code: what the user reads, and what support types.
    access.row(tr("Preferred language"),
               dash(language.isEmpty()
                            ? QString()
                            : tr("%1 (%2)").arg(QLocale(language).nativeLanguageName(), language)));
    const QJsonObject business = a.value(u"business_registration"_s).toObject();
    access.row(tr("Business registration"),
               business.value(u"eligible"_s).toBool()
                       ? esc(tr("Eligible"))
                       : esc(tr("Not eligible: %1")
                                     .arg(AccountTerms::businessIneligibility(
                                             business.value(u"reason"_s).toString()))));
    return u"<table width=\"100%\"><tr><td valign=\"top\" width=\"50%\">"_s + form.html()
            + u"</td><td valign=\"top\">"_s + access.html() + u"</td></tr></table>"_s;
}

QString AccountTabs::realname(const QJsonObject &a, const RevealedValues &revealed)
{
    const QJsonObject r = a.value(u"realname"_s).toObject();
    if (r.isEmpty())
        return u"<p>"_s + esc(tr("This account has no real-name record.")) + u"</p>"_s;
    Form form;
    form.row(tr("Level"),
             u"<b>"_s + esc(AccountTerms::realnameLevel(r.value(u"level"_s).toInt())) + u"</b>"_s);
    form.row(tr("Legal name"), dash(r.value(u"legal_name"_s).toString()));
    form.row(tr("ID number"),
             personal(r.value(u"id_number"_s).toString(), revealed, u"id_number"_s));
    QString validity;
    if (r.value(u"long_term"_s).toBool())
        validity = tr("%1 – long-term").arg(r.value(u"id_valid_from"_s).toString());
    else
        validity = tr("%1 – %2 (%n year(s))", nullptr, r.value(u"validity_years"_s).toInt())
                           .arg(r.value(u"id_valid_from"_s).toString(),
                                r.value(u"id_valid_to"_s).toString());
    QString validityHtml = esc(validity);
    if (r.value(u"id_expired"_s).toBool())
        validityHtml += u" <b style=\"color:#b3261e\">"_s + esc(tr("expired")) + u"</b>"_s;
    form.row(tr("ID validity period"), validityHtml);
    form.row(tr("Four-element check"),
             esc(AccountTerms::fourElementState(r.value(u"four_element_state"_s).toString())));
    form.row(tr("Verified"), dash(time(r.value(u"verified_at"_s))));
    form.row(tr("Face verification"), dash(time(r.value(u"face_verified_at"_s))));
    const QJsonObject business = a.value(u"business_registration"_s).toObject();
    form.row(tr("Business registration"),
             business.value(u"eligible"_s).toBool()
                     ? esc(tr("Eligible"))
                     : esc(tr("Not eligible: %1")
                                   .arg(AccountTerms::businessIneligibility(
                                           business.value(u"reason"_s).toString()))));

    Table history({tr("When"), tr("From"), tr("To"), tr("How"), tr("By"), tr("Note")});
    for (const QJsonValue &value : r.value(u"history"_s).toArray()) {
        const QJsonObject h = value.toObject();
        const auto level = [](const QJsonValue &v) {
            return v.isNull() ? AccountTerms::noRealname() : AccountTerms::realnameLevel(v.toInt());
        };
        const QString actor = h.value(u"actor"_s).toString();
        history.row({esc(time(h.value(u"at"_s))), esc(level(h.value(u"from_level"_s))),
                     esc(level(h.value(u"to_level"_s))),
                     esc(AccountTerms::realnameMethod(h.value(u"method"_s).toString())),
                     esc(actor == u"self" ? tr("The user") : actor),
                     dash(h.value(u"note"_s).toString())});
    }
    return form.html() + heading(tr("History of level changes"))
            + history.html(tr("No level changes recorded."));
}

QString AccountTabs::organizations(const QJsonObject &a)
{
    Table table({tr("Organization"), tr("Type"), tr("Role"), tr("Title"), tr("Department"),
                 tr("Joined")});
    for (const QJsonValue &value : a.value(u"organizations"_s).toArray()) {
        const QJsonObject o = value.toObject();
        table.row({esc(o.value(u"name"_s).toString()),
                   esc(AccountTerms::accountType(o.value(u"type"_s).toString())),
                   esc(AccountTerms::organizationRole(o.value(u"role"_s).toString())),
                   dash(o.value(u"title"_s).toString()),
                   dash(o.value(u"department"_s).toObject().value(u"name"_s).toString()),
                   esc(time(o.value(u"joined_at"_s)))});
    }
    return table.html(tr("This account is a member of no organization."));
}

QString AccountTabs::sms(const QJsonObject &a, const RevealedValues &revealed)
{
    const QJsonObject s = a.value(u"sms"_s).toObject();
    if (s.isEmpty())
        return u"<p>"_s + esc(tr("This account has no mobile number, so no SMS codes."))
                + u"</p>"_s;
    const QJsonObject limits = s.value(u"limits"_s).toObject();
    Form form;
    form.row(tr("Mobile number"), personal(s.value(u"mobile"_s).toString(), revealed, u"mobile"_s));
    form.row(tr("Last minute"),
             esc(tr("%1 of %2")
                         .arg(s.value(u"sent_last_minute"_s).toInt())
                         .arg(limits.value(u"minute"_s).toInt(1))));
    form.row(tr("Last 60 minutes"),
             esc(tr("%1 of %2")
                         .arg(s.value(u"sent_last_hour"_s).toInt())
                         .arg(limits.value(u"hour"_s).toInt(3))));
    form.row(tr("Today (China Standard Time)"),
             esc(tr("%1 of %2")
                         .arg(s.value(u"sent_today"_s).toInt())
                         .arg(limits.value(u"day"_s).toInt(5))));
    const QString blockedBy = s.value(u"blocked_by"_s).toString();
    form.row(tr("Next code"),
             blockedBy.isEmpty() ? esc(tr("Can be sent now"))
                                 : u"<b style=\"color:#b3261e\">"_s
                             + esc(tr("Not before %1 (limit: %2)")
                                           .arg(time(s.value(u"next_allowed_at"_s)),
                                                AccountTerms::smsLimit(blockedBy)))
                             + u"</b>"_s);
    if (!s.value(u"reset_at"_s).isNull())
        form.row(tr("Quota last reset"), esc(time(s.value(u"reset_at"_s))));
    Table recent({tr("When"), tr("Purpose"), tr("Result")});
    for (const QJsonValue &value : s.value(u"recent"_s).toArray()) {
        const QJsonObject r = value.toObject();
        recent.row({esc(time(r.value(u"at"_s))),
                    esc(AccountTerms::smsPurpose(r.value(u"purpose"_s).toString())),
                    esc(AccountTerms::smsResult(r.value(u"result"_s).toString()))});
    }
    return form.html() + heading(tr("Recent codes")) + recent.html(tr("No codes sent recently."));
}

QString AccountTabs::security(const QJsonObject &a)
{
    Table signIns({tr("When"), tr("Method"), tr("IP address"), tr("Result")});
    for (const QJsonValue &value : a.value(u"recent_sign_ins"_s).toArray()) {
        const QJsonObject s = value.toObject();
        signIns.row({esc(time(s.value(u"at"_s))),
                     esc(AccountTerms::loginMethod(s.value(u"method"_s).toString())),
                     dash(s.value(u"ip"_s).toString()),
                     esc(AccountTerms::signInResult(s.value(u"result"_s).toString()))});
    }
    Table sessions({tr("Started"), tr("Last seen"), tr("Device"), tr("IP address"), tr("State")});
    for (const QJsonValue &value : a.value(u"sessions"_s).toArray()) {
        const QJsonObject s = value.toObject();
        sessions.row({esc(time(s.value(u"started_at"_s))), esc(time(s.value(u"last_seen_at"_s))),
                      dash(s.value(u"device"_s).toString()), dash(s.value(u"ip"_s).toString()),
                      s.value(u"open"_s).toBool()
                              ? u"<b>"_s + esc(tr("Open")) + u"</b>"_s
                              : esc(tr("Ended %1").arg(time(s.value(u"ended_at"_s))))});
    }
    return heading(tr("Recent sign-ins")) + signIns.html(tr("No sign-ins recorded."))
            + heading(tr("Sessions")) + sessions.html(tr("No sessions."));
}

QString AccountTabs::audit(const QJsonArray &rows)
{
    Table table({tr("When"), tr("Action"), tr("By"), tr("Reason"), tr("Result")});
    for (const QJsonValue &value : rows) {
        const AuditRecord r = AuditRecord::fromJson(value.toObject());
        const QString by = r.actorName.isEmpty()
                ? QString::number(r.actorId)
                : tr("%1 (%2)").arg(r.actorName, RoleNames::fromCodes(r.actorRole));
        table.row({esc(QLocale().toString(r.at.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)),
                   esc(AuditTerms::action(r.action)), esc(by), dash(r.reason),
                   esc(AuditTerms::result(r.result))});
    }
    return table.html(tr("Nobody has changed or revealed anything of this account yet."));
}

void AccountTabs::fillBindings(QTreeWidget *tree, const QJsonObject &a)
{
    tree->clear();
    const QJsonObject op = a.value(u"open_platform"_s).toObject();
    auto *accounts = new QTreeWidgetItem(tree, {tr("Open platform accounts")});
    for (const QJsonValue &value : op.value(u"open_platform_accounts"_s).toArray()) {
        const QJsonObject o = value.toObject();
        QString state = o.value(u"authenticated"_s).toBool() ? tr("Authenticated")
                                                             : tr("Not authenticated");
        const QJsonValue agent = o.value(u"created_by_third_party"_s);
        if (agent.isObject())
            state += tr(", registered by %1").arg(agent.toObject().value(u"name"_s).toString());
        new QTreeWidgetItem(accounts,
                            {o.value(u"name"_s).toString(), o.value(u"appid"_s).toString(),
                             tr("%n app(s) bound", nullptr, o.value(u"bound_apps"_s).toInt()),
                             state});
    }
    auto *apps = new QTreeWidgetItem(tree, {tr("Apps")});
    for (const QJsonValue &value : op.value(u"apps"_s).toArray()) {
        const QJsonObject app = value.toObject();
        const QJsonObject boundTo = app.value(u"open_platform_account"_s).toObject();
        auto *item = new QTreeWidgetItem(
                apps,
                {app.value(u"name"_s).toString(), app.value(u"appid"_s).toString(),
                 AccountTerms::appKind(app.value(u"kind"_s).toString()),
                 boundTo.isEmpty() ? tr("Not bound to an open platform account")
                                   : tr("Bound to %1 since %2")
                                             .arg(boundTo.value(u"name"_s).toString(),
                                                  time(app.value(u"bound_at"_s)))});
        item->setData(0, KindRole, u"app"_s);
        item->setData(0, IdRole, app.value(u"id"_s).toInteger());
        item->setData(0, VersionRole, app.value(u"version"_s).toInt());
        item->setData(0, ActiveRole, !boundTo.isEmpty());
        item->setData(0, NameRole, app.value(u"name"_s).toString());
        for (const QJsonValue &authValue : app.value(u"authorizations"_s).toArray()) {
            const QJsonObject auth = authValue.toObject();
            const QJsonObject platform = auth.value(u"third_party_platform"_s).toObject();
            QString set = AccountTerms::permissionSet(auth.value(u"permission_set"_s).toString());
            if (auth.value(u"exclusive"_s).toBool())
                set = tr("%1 (exclusive)").arg(set);
            const bool active = auth.value(u"active"_s).toBool();
            auto *child = new QTreeWidgetItem(
                    item,
                    {tr("%1 (%2)").arg(platform.value(u"name"_s).toString(),
                                       platform.value(u"service_provider"_s).toString()),
                     set, QString(),
                     active ? tr("Authorized %1").arg(time(auth.value(u"granted_at"_s)))
                            : tr("Revoked %1").arg(time(auth.value(u"revoked_at"_s)))});
            child->setData(0, KindRole, u"authorization"_s);
            child->setData(0, IdRole, auth.value(u"id"_s).toInteger());
            child->setData(0, VersionRole, auth.value(u"version"_s).toInt());
            child->setData(0, ActiveRole, active);
            child->setData(0, NameRole, platform.value(u"name"_s).toString());
            if (!active)
                child->setForeground(3, QColor(0x66, 0x66, 0x66));
        }
    }
    auto *openids = new QTreeWidgetItem(tree, {u"OpenID"_s});
    for (const QJsonValue &value : op.value(u"openids"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject app = o.value(u"app"_s).toObject();
        new QTreeWidgetItem(openids,
                            {app.value(u"name"_s).toString(), o.value(u"openid"_s).toString(),
                             AccountTerms::appKind(app.value(u"kind"_s).toString()),
                             time(o.value(u"created_at"_s))});
    }
    auto *unionids = new QTreeWidgetItem(tree, {u"UnionID"_s});
    for (const QJsonValue &value : op.value(u"unionids"_s).toArray()) {
        const QJsonObject o = value.toObject();
        new QTreeWidgetItem(
                unionids,
                {o.value(u"open_platform_account"_s).toObject().value(u"name"_s).toString(),
                 o.value(u"unionid"_s).toString(), QString(), time(o.value(u"created_at"_s))});
    }
    for (QTreeWidgetItem *top : {accounts, apps, openids, unionids}) {
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setText(0, tr("%1 (%2)").arg(top->text(0)).arg(top->childCount()));
    }
    tree->expandAll();
}
