#pragma once

#include "serveroptions.h"

#include <QObject>

#include <memory>

class AccountDetail;
class AccountSearch;
class AccountStore;
class BindingActions;
class OpenPlatformStore;
class RealnameLevels;
class RevealService;
class SmsQuotaService;
class SupportActions;
class ApiServer;
class DepartmentEditor;
class MemberEditor;
class MemberSearch;
class OrganizationStore;
class ArrivalSimulator;
class BusinessCalendar;
class DecisionService;
class IdempotencyStore;
class ImageStore;
class MailOutbox;
class Provisioner;
class QueueStore;
class ReferenceData;
class SubmissionService;
class AuditLog;
class Authenticator;
class Clock;
class Database;
class PasswordHasher;
class Router;
class SessionStore;
class SignInService;
class StaffDirectory;

// The composition root of gatehouse-server: opens and migrates the store,
// generates the demo platform when asked, registers every route and listens.
// main() builds one; tests build one in-process with a clock they move.
class GatehouseServer : public QObject
{
    Q_OBJECT

public:
    explicit GatehouseServer(ServerOptions options, const Clock *clock = nullptr,
                             QObject *parent = nullptr);
    ~GatehouseServer() override;

    bool start(QString *error);
    // --create-administrator: opens and migrates the store, adds the first
    // administrator (options().createAdministratorEmail) and serves nothing.
    bool createAdministrator(const QString &password, QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    Database &database() { return *m_db; }
    AuditLog &auditLog() { return *m_audit; }
    const Router &router() const { return *m_router; }
    const ServerOptions &options() const { return m_options; }

private:
    bool openStore(QString *error);
    void registerRoutes();

    ServerOptions m_options;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<BusinessCalendar> m_calendar;
    std::unique_ptr<ReferenceData> m_reference;
    std::unique_ptr<QueueStore> m_queues;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<Provisioner> m_provisioner;
    std::unique_ptr<MailOutbox> m_mail;
    std::unique_ptr<ImageStore> m_images;
    std::unique_ptr<DecisionService> m_decisions;
    std::unique_ptr<SubmissionService> m_submissions;
    std::unique_ptr<OrganizationStore> m_organizations;
    std::unique_ptr<MemberSearch> m_memberSearch;
    std::unique_ptr<DepartmentEditor> m_departmentEditor;
    std::unique_ptr<MemberEditor> m_memberEditor;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AccountSearch> m_accountSearch;
    std::unique_ptr<SmsQuotaService> m_smsQuota;
    std::unique_ptr<OpenPlatformStore> m_openPlatform;
    std::unique_ptr<AccountDetail> m_accountDetail;
    std::unique_ptr<RevealService> m_reveal;
    std::unique_ptr<SupportActions> m_supportActions;
    std::unique_ptr<BindingActions> m_bindingActions;
    std::unique_ptr<RealnameLevels> m_realnameLevels;
    ArrivalSimulator *m_arrivals = nullptr; // QObject child
    std::unique_ptr<Router> m_router;
    ApiServer *m_http = nullptr; // QObject child
    quint16 m_port = 0;
};
