#include "gatehouseserver.h"

#include "accounts/accountdetail.h"
#include "accounts/accountsearch.h"
#include "accounts/accountstore.h"
#include "accounts/bindingactions.h"
#include "accounts/openplatformstore.h"
#include "accounts/realnamelevels.h"
#include "accounts/revealservice.h"
#include "accounts/smsquotaservice.h"
#include "accounts/supportactions.h"
#include "auth/administratorbootstrap.h"
#include "auth/authenticator.h"
#include "auth/passwordhasher.h"
#include "auth/sessionstore.h"
#include "auth/signinservice.h"
#include "auth/staffdirectory.h"
#include "demo/demogenerator.h"
#include "domain/businesscalendar.h"
#include "domain/clock.h"
#include "http/apiserver.h"
#include "http/router.h"
#include "organizations/departmenteditor.h"
#include "organizations/membereditor.h"
#include "organizations/membersearch.h"
#include "organizations/organizationbackfill.h"
#include "organizations/organizationstore.h"
#include "queues/arrivalsimulator.h"
#include "queues/decisionservice.h"
#include "queues/idempotencystore.h"
#include "queues/imagestore.h"
#include "queues/mailoutbox.h"
#include "queues/provisioner.h"
#include "queues/queuebackfill.h"
#include "queues/queuestore.h"
#include "queues/referencedata.h"
#include "queues/submissionservice.h"
#include "routes/accountroutes.h"
#include "routes/auditroutes.h"
#include "routes/authroutes.h"
#include "routes/healthroutes.h"
#include "routes/organizationroutes.h"
#include "routes/portalroutes.h"
#include "routes/queueroutes.h"
#include "routes/realnameroutes.h"
#include "routes/staffroutes.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "gatehouse.server")

GatehouseServer::GatehouseServer(ServerOptions options, const Clock *clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

GatehouseServer::~GatehouseServer()
{
    delete m_http; // stop serving before the services it uses go away
}

QString GatehouseServer::baseUrl() const
{
    const QString host = m_options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? u"["_s + m_options.listenAddress.toString() + u"]"_s
            : m_options.listenAddress.toString();
    return (m_options.usesTls() ? u"https://"_s : u"http://"_s) + host + u':'
            + QString::number(m_port);
}

bool GatehouseServer::openStore(QString *error)
{
    m_db = Database::fromUrl(m_options.databaseUrl, error);
    if (!m_db || !m_db->open(error))
        return false;
    if (!Migrations::migrate(*m_db, error))
        return false;
    m_hasher = std::make_unique<PasswordHasher>();
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_staff = std::make_unique<StaffDirectory>(*m_db);
    return true;
}

bool GatehouseServer::createAdministrator(const QString &password, QString *error)
{
    if (!openStore(error))
        return false;
    try {
        return AdministratorBootstrap(*m_db, *m_staff, *m_hasher, *m_audit)
                .create(m_options.createAdministratorEmail, password, error);
    } catch (const StoreError &e) {
        *error = u"Creating the administrator failed: "_s + QString::fromStdString(e.what());
        return false;
    }
}

bool GatehouseServer::start(QString *error)
{
    if (!openStore(error))
        return false;
    m_sessions = std::make_unique<SessionStore>(*m_db, m_options.auth);
    m_signIn = std::make_unique<SignInService>(*m_db, *m_staff, *m_sessions, *m_hasher, *m_audit,
                                               *m_clock, m_options.auth);
    m_authenticator = std::make_unique<Authenticator>(*m_sessions, *m_staff, *m_clock);

    if (m_options.demo) {
        DemoGenerator::Settings settings;
        settings.accounts = m_options.demoSize;
        settings.seed = m_options.demoSeed;
        settings.staffPassword = m_options.demoPassword;
        DemoGenerator generator(*m_db, *m_hasher, *m_clock, settings);
        try {
            if (generator.isEmpty()) {
                generator.generate();
                QueueBackfill::run(*m_db);
            } else
                qCInfo(lcServer)
                        << "the database already holds a platform; --demo leaves it as it is";
        } catch (const StoreError &e) {
            *error = u"Generating the demo platform failed: "_s + QString::fromStdString(e.what());
            return false;
        }
    }
    try {
        OrganizationBackfill::run(*m_db); // trees the demo generator or an older schema wrote
    } catch (const StoreError &e) {
        *error = u"Computing the organization trees failed: "_s + QString::fromStdString(e.what());
        return false;
    }
    m_db->restrictPrivileges();

    m_calendar = std::make_unique<BusinessCalendar>();
    m_reference = std::make_unique<ReferenceData>(*m_db);
    m_reference->loadCalendar(m_calendar.get());
    m_queues = std::make_unique<QueueStore>(*m_db, *m_calendar);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_db);
    m_idempotency->purgeOlderThan(m_clock->nowMs() - IdempotencyStore::kRetentionMs);
    m_provisioner = std::make_unique<Provisioner>(*m_db);
    m_mail = std::make_unique<MailOutbox>(*m_db);
    m_images = std::make_unique<ImageStore>(*m_db);
    m_decisions =
            std::make_unique<DecisionService>(*m_db, *m_queues, *m_idempotency, *m_provisioner,
                                              *m_mail, *m_reference, *m_audit, *m_clock);
    m_submissions = std::make_unique<SubmissionService>(*m_db, *m_images, *m_queues, *m_calendar,
                                                        *m_audit, *m_clock);
    m_organizations = std::make_unique<OrganizationStore>(*m_db);
    m_memberSearch = std::make_unique<MemberSearch>(*m_db, *m_organizations);
    m_departmentEditor =
            std::make_unique<DepartmentEditor>(*m_db, *m_organizations, *m_audit, *m_clock);
    m_memberEditor = std::make_unique<MemberEditor>(*m_db, *m_organizations, *m_audit, *m_clock);
    m_accounts = std::make_unique<AccountStore>(*m_db);
    m_accountSearch = std::make_unique<AccountSearch>(*m_db);
    m_smsQuota = std::make_unique<SmsQuotaService>(*m_db);
    m_openPlatform = std::make_unique<OpenPlatformStore>(*m_db);
    m_accountDetail = std::make_unique<AccountDetail>(*m_db, *m_smsQuota, *m_openPlatform);
    m_reveal = std::make_unique<RevealService>(*m_db, *m_accounts, *m_audit, *m_clock);
    m_supportActions = std::make_unique<SupportActions>(*m_db, *m_accounts, *m_accountDetail,
                                                        *m_smsQuota, *m_hasher, *m_audit, *m_clock);
    m_bindingActions = std::make_unique<BindingActions>(*m_db, *m_openPlatform, *m_audit, *m_clock);
    m_realnameLevels = std::make_unique<RealnameLevels>(*m_db);
    if (m_options.demo && m_options.demoArrivalsPerMinute > 0) {
        m_arrivals =
                new ArrivalSimulator(*m_db, *m_submissions, m_options.demoArrivalsPerMinute, this);
        m_arrivals->start();
    }

    m_router = std::make_unique<Router>();
    registerRoutes();

    std::optional<QSslConfiguration> tls;
    if (m_options.usesTls()) {
        QFile certFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = u"Cannot read the TLS certificate or key."_s;
            return false;
        }
        const QList<QSslCertificate> chain =
                QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = u"The TLS certificate or key is not valid PEM."_s;
            return false;
        }
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificateChain(chain);
        c.setPrivateKey(key);
        c.setProtocol(QSsl::TlsV1_2OrLater);
        tls = c;
    }

    m_http = new ApiServer(*m_router, *m_authenticator, this);
    m_http->setAfterEachRequest([db = m_db.get()] {
        db->releaseStatements();
        db->recoverIfLost();
    });
    m_port = m_http->listenGuarded(m_options.listenAddress, m_options.port, m_options.limits,
                                   tls ? &*tls : nullptr, error);
    return m_port != 0;
}

void GatehouseServer::registerRoutes()
{
    HealthRoutes::add(*m_router, *m_db, *m_clock);
    AuthRoutes::add(*m_router, *m_signIn);
    StaffRoutes::add(*m_router, *m_db, *m_staff, *m_audit, *m_clock);
    AuditRoutes::add(*m_router, *m_audit);
    QueueRoutes::add(*m_router,
                     {*m_db, *m_queues, *m_decisions, *m_images, *m_mail, *m_reference, *m_calendar,
                      *m_audit, *m_clock, m_options.claimLeaseMs});
    PortalRoutes::add(*m_router, *m_submissions, m_options.portalKey);
    AccountRoutes::add(*m_router,
                       {*m_accounts, *m_accountSearch, *m_accountDetail, *m_reveal,
                        *m_supportActions, *m_bindingActions, *m_audit, *m_clock});
    RealnameRoutes::add(*m_router, *m_realnameLevels, *m_clock);
    OrganizationRoutes::add(
            *m_router, {*m_organizations, *m_memberSearch, *m_departmentEditor, *m_memberEditor});
}
