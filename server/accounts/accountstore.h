#pragma once

#include "domain/accountrecords.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

class Database;

// One platform account's own row (and its real-name level and ID number), as
// the support desk works with it. Holds clear personal values: they leave the
// server only through toSummary()/the detail (masked) or the reveal route.
struct AccountCore
{
    qint64 id = 0;
    qint64 platformOrgId = 0;
    QString username;
    QString email;
    QString mobile;
    QString displayName;
    QString nameLatin;
    QString accountType;
    QString status;
    qint64 lockedUntil = 0;
    QString lockReason;
    QString disabledReason;
    bool passwordSet = false;
    bool mustChangePassword = false;
    bool createdByAgent = false;
    qint64 createdAt = 0;
    qint64 activatedAt = 0;
    qint64 lastSignInAt = 0;
    QString preferredLanguage;
    qint64 passwordResetAt = 0;
    qint64 passwordResetExpiresAt = 0;
    bool resetLinkPending = false;
    qint64 activationSentAt = 0;
    int version = 0;
    int realnameLevel = 0;
    QString idNumber;

    bool activated() const { return activatedAt > 0; }
    // How audit rows and problem titles name the account: display name and username.
    QString targetName() const;
    AccountSummary toSummary(const QString &matched = {}) const;
};

// Reads accounts of one platform organization (another organization's ids are
// not found) and applies changes only at the version the caller saw.
class AccountStore
{
public:
    explicit AccountStore(Database &db);

    std::optional<AccountCore> find(qint64 orgId, qint64 id);

    // UPDATE accounts SET <assignments>, version = version + 1 WHERE id, org
    // and version match; false when another change came first. assignments
    // name their parameters (":status"), given in binds.
    bool updateAtVersion(qint64 orgId, qint64 id, int version, const QString &assignments,
                         const QVariantMap &binds);
    // Ends the account's open sessions; returns how many were open.
    int endSessions(qint64 accountId, qint64 now);
    int openSessions(qint64 accountId);
    // On PostgreSQL, holds the account row until the transaction ends, so two
    // servers cannot both pass a check (the SMS quota) for one account.
    void lockRow(qint64 id);

    // The select list and joins that make an AccountSummary row (search shares them).
    static QString summaryColumns();
    static AccountSummary summaryFrom(const class QSqlQuery &q, int firstColumn = 0);

private:
    Database &m_db;
};
