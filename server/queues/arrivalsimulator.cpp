#include "queues/arrivalsimulator.h"

#include "http/httpresponse.h"
#include "queues/submissionservice.h"
#include "store/database.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcArrivals, "gatehouse.server.arrivals")

ArrivalSimulator::ArrivalSimulator(Database &db, SubmissionService &submissions, double perMinute,
                                   QObject *parent)
    : QObject(parent), m_db(db), m_submissions(submissions), m_random(20261121)
{
    m_timer.setInterval(int(std::max(200.0, 60000.0 / std::max(perMinute, 0.01))));
    connect(&m_timer, &QTimer::timeout, this, &ArrivalSimulator::arrive);
}

void ArrivalSimulator::start()
{
    m_timer.start();
}

void ArrivalSimulator::arrive()
{
    static const QStringList prefixes{u"星辰"_s,  u"云帆"_s,   u"青禾"_s, u"北辰"_s,
                                      u"Lumen"_s, u"Harbor"_s, u"锦程"_s, u"Nimbus"_s};
    static const QStringList suffixes{u"科技有限公司"_s, u"信息技术有限公司"_s,
                                      u"网络科技有限公司"_s, u" Technology Ltd."_s};
    try {
        // An active applicant with nothing under review in either queue.
        QSqlQuery &q = m_db.prepare(
                u"SELECT a.id, a.email, (SELECT o.id FROM organizations o WHERE o.owner_account_id "
                u"= a.id AND"
                " o.org_type = 'individual' LIMIT 1) FROM accounts a WHERE a.status = 'active' AND "
                "a.email IS NOT NULL"
                " AND a.id >= :start AND NOT EXISTS (SELECT 1 FROM workspace_applications w WHERE"
                " w.applicant_account_id = a.id AND w.status = 'under_review') AND NOT EXISTS "
                "(SELECT 1 FROM"
                " enterprise_verifications e WHERE e.applicant_account_id = a.id AND e.status = "
                "'under_review')"
                " ORDER BY a.id LIMIT 1"_s);
        q.bindValue(u":start"_s, qint64(m_random.bounded(1, 1 << 20)) % 5000 + 1);
        m_db.exec(q);
        if (!q.next()) {
            q.finish();
            return;
        }
        const qint64 account = q.value(0).toLongLong();
        const QString email = q.value(1).toString();
        const qint64 team = q.value(2).toLongLong();
        q.finish();
        const QString company = prefixes[m_random.bounded(prefixes.size())]
                + suffixes[m_random.bounded(suffixes.size())];
        HttpResponse problem;
        const QString requestId = u"arrival-%1"_s.arg(++m_count);
        qint64 id = 0;
        if (team && m_random.bounded(3) == 0) {
            SubmissionService::VerificationForm f;
            f.applicantAccountId = account;
            f.organizationId = team;
            f.companyName = company;
            f.creditCode = u"91310000MA1FL5HX7Y"_s; // a well-formed demo code
            f.legalRepresentative = u"王磊"_s;
            f.contactName = u"王磊"_s;
            f.contactPhone = u"13800138000"_s;
            f.licenceImageId = 0;
            // Reuse any licence image of the platform for the demo.
            QSqlQuery &img =
                    m_db.prepare(u"SELECT licence_image_id FROM enterprise_verifications WHERE"
                                 " licence_image_id IS NOT NULL LIMIT 1"_s);
            m_db.exec(img);
            if (img.next())
                f.licenceImageId = img.value(0).toLongLong();
            img.finish();
            id = m_submissions.insertVerification(f, requestId, &problem);
        } else {
            SubmissionService::ApplicationForm f;
            f.applicantAccountId = account;
            f.role = SubmissionService::applicantRoles().value(m_random.bounded(2));
            f.companyName = company;
            f.email = email;
            f.website = u"https://www.example.com"_s;
            id = m_submissions.insertApplication(f, requestId, &problem);
        }
        if (id)
            qCInfo(lcArrivals) << "a new submission arrived:" << id;
    } catch (const std::exception &e) {
        qCWarning(lcArrivals) << "arrival failed:" << e.what();
    }
}
