#pragma once

#include "domain/smsquota.h"

#include <QJsonObject>
#include <QString>

class Database;

// The SMS quota of one mobile number as stored: the codes sent to it
// (sms_sends, result 'sent') since support last reset it (sms_quota_resets).
// The rules themselves are SmsQuota's, shared with the console. The code
// itself is never generated here nor kept anywhere: only that one was sent.
class SmsQuotaService
{
public:
    explicit SmsQuotaService(Database &db);

    SmsQuotaState state(const QString &mobile, qint64 now);

    struct Attempt
    {
        SmsQuotaState before; // the quota as the attempt found it
        QString result;       // sent, limited_minute, limited_hour, limited_day
        qint64 sendId = 0;
    };
    // Records one attempt to send a code, within the caller's transaction: 'sent'
    // when the quota allows it, otherwise the limit that refused it.
    Attempt attempt(qint64 accountId, const QString &mobile, const QString &purpose, qint64 now);

    // Codes sent so far no longer count against the number.
    void reset(const QString &mobile, qint64 staffId, qint64 now);

    // What the account detail shows: counts against the limits, when the next
    // code may go, the last reset, and the recent attempts with their results.
    QJsonObject toJson(const QString &mobile, qint64 now, int recent = 20);

private:
    struct Reset
    {
        qint64 at = 0;
        qint64 afterSendId = 0;
    };
    Reset lastReset(const QString &mobile);

    Database &m_db;
};
