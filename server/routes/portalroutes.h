#pragma once

#include <QString>

class Router;
class SubmissionService;

// /api/v1/portal/…: the applicant side, called by the developer portal with its
// key (X-Portal-Key), not by staff: submit and resubmit workspace applications
// and enterprise verifications, upload logos and licences. Without a configured
// portal key these routes answer 403.
namespace PortalRoutes {
void add(Router &router, SubmissionService &submissions, QString portalKey);
}
