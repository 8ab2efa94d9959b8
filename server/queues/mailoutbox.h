#pragma once

#include <QJsonArray>
#include <QString>

class Database;
struct DecisionMail;

// Rendered mails waiting for (or past) delivery. Delivery by SMTP is optional;
// the outbox is the record of what each applicant was told.
class MailOutbox
{
public:
    explicit MailOutbox(Database &db);

    qint64 queue(qint64 orgId, const DecisionMail &mail, const QString &relatedType,
                 const QString &relatedId, qint64 now);
    QJsonArray list(qint64 orgId, const QString &relatedType, const QString &relatedId,
                    qint64 beforeId, int limit);

private:
    Database &m_db;
};
