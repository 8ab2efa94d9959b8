#pragma once

#include <QJsonObject>

class Database;
class OpenPlatformStore;
class SmsQuotaService;
struct AccountCore;

// Everything support sees of one account, masked: profile, status and lock,
// login methods, recent sign-ins, sessions, organizations with roles, the
// real-name record with its history and business-registration eligibility, the
// SMS quota, and the open-platform data. Never a clear ID number, mobile or
// email, whatever the caller's role; never an SMS code or a password hash.
class AccountDetail
{
public:
    AccountDetail(Database &db, SmsQuotaService &sms, OpenPlatformStore &openPlatform);

    QJsonObject build(const AccountCore &account, qint64 now);

    // The profile and status part alone (what audit rows and action answers quote).
    static QJsonObject profile(const AccountCore &account, qint64 now);
    // Business registration (工商注册) needs level 4, a passed four-element check
    // and an ID card that has not expired; reason names what is missing.
    static QJsonObject eligibility(int level, const QString &fourElementState,
                                   const QString &validTo, qint64 now);

private:
    QJsonValue realname(qint64 accountId, qint64 now);
    QJsonArray signIns(qint64 accountId);
    QJsonArray sessions(qint64 accountId);
    QJsonArray organizations(qint64 accountId);
    QJsonArray loginMethods(qint64 accountId);

    Database &m_db;
    SmsQuotaService &m_sms;
    OpenPlatformStore &m_openPlatform;
};
