#include "inprocessserver.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

InProcessServer::InProcessServer() : InProcessServer(Options{}) { }

InProcessServer::InProcessServer(Options options)
    : m_options(std::move(options)), m_clock(m_options.start)
{
    // One access line per request would drown the test's own output.
    QLoggingCategory::setFilterRules(u"gatehouse.server.access=false\ngatehouse.server.demo=false\n"
                                     "gatehouse.server.store.info=false"_s);
}

InProcessServer::~InProcessServer() = default;

QString InProcessServer::databaseUrl() const
{
    return m_options.databaseUrl.isEmpty() ? u"sqlite:"_s + databasePath() : m_options.databaseUrl;
}

bool InProcessServer::start(QString *error)
{
    ServerOptions o;
    o.port = 0;
    o.databaseUrl = databaseUrl();
    o.demo = m_options.demo;
    o.demoSize = m_options.demoSize;
    o.demoPassword = m_options.password;
    o.auth = m_options.auth;
    o.limits = m_options.limits;
    if (m_options.configure)
        m_options.configure(o);
    m_server = std::make_unique<GatehouseServer>(o, &m_clock);
    QString message;
    const bool ok = m_server->start(&message);
    if (!ok)
        qWarning().noquote() << "in-process gatehouse-server did not start:" << message;
    if (error)
        *error = message;
    return ok;
}

QList<AuditEntry> InProcessServer::auditRows()
{
    QSqlQuery &q = m_server->database().prepare(
            u"SELECT id, platform_org_id, at, actor_id, actor_name, actor_role, request_id, action,"
            " target_type, target_id, target_name, before_json, after_json, reason, result, "
            "prev_hash,"
            " hash FROM audit_log ORDER BY id"_s);
    m_server->database().exec(q);
    QList<AuditEntry> rows;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.platformOrgId = q.value(1).toLongLong();
        e.at = q.value(2).toLongLong();
        e.actorId = q.value(3).toLongLong();
        e.actorName = q.value(4).toString();
        e.actorRole = q.value(5).toString();
        e.requestId = q.value(6).toString();
        e.action = q.value(7).toString();
        e.targetType = q.value(8).toString();
        e.targetId = q.value(9).toString();
        e.targetName = q.value(10).toString();
        e.before = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
        e.reason = q.value(13).toString();
        e.result = q.value(14).toString();
        e.prevHash = q.value(15).toString();
        e.hash = q.value(16).toString();
        rows.append(e);
    }
    q.finish();
    return rows;
}

void InProcessServer::exec(const QString &sql)
{
    m_server->database().execDirect(sql);
}
