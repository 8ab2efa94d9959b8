#include "queues/provisioner.h"

#include "store/database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

Provisioner::Provisioner(Database &db) : m_db(db) { }

QString Provisioner::avatarColour(const QString &companyName)
{
    // A fixed palette of solid colours readable behind white text; the name picks one.
    static const QStringList palette{u"#1E88E5"_s, u"#43A047"_s, u"#E53935"_s, u"#8E24AA"_s,
                                     u"#FB8C00"_s, u"#00897B"_s, u"#3949AB"_s, u"#6D4C41"_s,
                                     u"#D81B60"_s, u"#546E7A"_s};
    const QByteArray h = QCryptographicHash::hash(companyName.toUtf8(), QCryptographicHash::Sha256);
    return palette[quint8(h[0]) % palette.size()];
}

qint64 Provisioner::provisionWorkspace(qint64 orgId, qint64 applicationId, qint64 ownerAccountId,
                                       const QString &companyName, qint64 logoImageId, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO workspaces (platform_org_id, name, owner_account_id, application_id,"
            " logo_image_id, avatar_colour, created_at) VALUES (:o, :n, :a, :app, :logo, :c, :t)"
            " RETURNING id"_s);
    q.bindValue(u":o"_s, orgId);
    q.bindValue(u":n"_s, companyName);
    q.bindValue(u":a"_s, ownerAccountId);
    q.bindValue(u":app"_s, applicationId);
    q.bindValue(u":logo"_s, logoImageId ? QVariant(logoImageId) : QVariant());
    q.bindValue(u":c"_s, logoImageId ? QVariant() : QVariant(avatarColour(companyName)));
    q.bindValue(u":t"_s, now);
    m_db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void Provisioner::upgradeToCorporate(qint64 organizationId, qint64 applicantAccountId)
{
    QSqlQuery &o =
            m_db.prepare(u"UPDATE organizations SET org_type = 'corporate', member_limit = NULL,"
                         " version = version + 1 WHERE id = :id"_s);
    o.bindValue(u":id"_s, organizationId);
    m_db.exec(o);
    QSqlQuery &a =
            m_db.prepare(u"UPDATE accounts SET account_type = 'corporate', version = version + 1"
                         " WHERE id = :id"_s);
    a.bindValue(u":id"_s, applicantAccountId);
    m_db.exec(a);
}
