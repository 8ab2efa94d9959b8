#include "routes/portalroutes.h"

#include "http/router.h"
#include "queues/submissionservice.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

bool keyMatches(const QByteArray &given, const QString &expected)
{
    if (expected.isEmpty())
        return false;
    // Compare digests so the time taken does not depend on where the keys differ.
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

namespace PortalRoutes {

void add(Router &router, SubmissionService &s, QString portalKey)
{
    const auto guarded = [portalKey](auto handler) {
        return [portalKey, handler](ApiRequest &r) {
            if (!keyMatches(r.header("x-portal-key"), portalKey)) {
                return HttpResponse::problem(
                        403, ProblemCode::PortalKeyRequired,
                        u"Applicant routes need the developer portal's key."_s);
            }
            return handler(r);
        };
    };
    router.add("POST", u"/api/v1/portal/workspace-applications"_s, Access::publicRoute(),
               guarded([&s](ApiRequest &r) { return s.submitApplication(r); }));
    router.add("POST", u"/api/v1/portal/enterprise-verifications"_s, Access::publicRoute(),
               guarded([&s](ApiRequest &r) { return s.submitVerification(r); }));
    router.add("POST", u"/api/v1/portal/images"_s, Access::publicRoute(),
               guarded([&s](ApiRequest &r) { return s.uploadImage(r); }));
}

} // namespace PortalRoutes
