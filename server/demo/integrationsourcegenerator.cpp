#include "demo/integrationsourcegenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"

using namespace Qt::StringLiterals;
using namespace DemoTime;

namespace {

struct SourceTemplate
{
    int platformOrg;
    const char16_t *name;
    const char16_t *kind;
    const char16_t *status;
    double accountShare; // of the platform's accounts
    qint64 syncEvery;    // how long ago the last sync ran, roughly
    const char16_t *lastError;
};

constexpr SourceTemplate kSources[] = {
        {1, u"集团统一身份认证（OIDC）", u"oidc", u"healthy", 0.020, 5 * kMinute, nullptr},
        {1, u"华东区 AD 联合认证（SAML）", u"saml", u"healthy", 0.012, 12 * kMinute, nullptr},
        {1, u"钉钉扫码登录（OAuth 2.0）", u"oauth", u"degraded", 0.015, 20 * kMinute,
         u"令牌端点响应缓慢：最近 1 小时 p95 为 4.2 秒"},
        {1, u"人事系统账号接口（API）", u"api", u"healthy", 0.008, 30 * kMinute, nullptr},
        {1, u"HR 系统每日同步", u"sync", u"failing", 0.045, 26 * kHour,
         u"同步中断：上游返回 HTTP 503（服务不可用），已重试 3 次"},
        {1, u"OA 系统实时校验", u"realtime", u"healthy", 0.006, 2 * kMinute, nullptr},
        {1, u"旧版 CAS 单点登录（已下线）", u"saml", u"disabled", 0.0, 90 * kDay, nullptr},
        {2, u"Okta Workforce (OIDC)", u"oidc", u"healthy", 0.030, 4 * kMinute, nullptr},
        {2, u"Azure AD (SAML)", u"saml", u"degraded", 0.020, 15 * kMinute,
         u"Signing certificate expires in 9 days; upload the new one"},
        {2, u"GitHub sign-in (OAuth)", u"oauth", u"healthy", 0.010, 10 * kMinute, nullptr},
        {2, u"Partner directory API", u"api", u"healthy", 0.005, 45 * kMinute, nullptr},
        {2, u"Workday nightly sync", u"sync", u"healthy", 0.060, 9 * kHour, nullptr},
        {2, u"Partner real-time check", u"realtime", u"failing", 0.004, 3 * kMinute,
         u"Connection refused by verify.partner.example:443"},
};

} // namespace

IntegrationSourceGenerator::IntegrationSourceGenerator(DemoWorld &world) : m_world(world) { }

void IntegrationSourceGenerator::run()
{
    DemoWorld &w = m_world;
    DemoRandom random(w.seed, "integration_sources");
    qint64 perOrg[3] = {0, 0, 0};
    for (const DemoAccount &a : w.accounts)
        ++perOrg[a.platformOrg];
    BulkInserter sources(w.db, u"integration_sources"_s,
                         {u"id"_s, u"platform_org_id"_s, u"name"_s, u"kind"_s, u"status"_s,
                          u"last_sync_at"_s, u"last_sync_result"_s, u"accounts_count"_s,
                          u"errors_count"_s, u"last_error"_s, u"created_at"_s});
    qint64 id = 1;
    for (const SourceTemplate &s : kSources) {
        const QString status = QString::fromUtf16(s.status);
        const qint64 lastSync =
                w.anchor - s.syncEvery / 2 - qint64(random.below(quint64(s.syncEvery / 2 + 1)));
        const qint64 accounts = qint64(double(perOrg[s.platformOrg]) * s.accountShare);
        qint64 errors = 0;
        QString result = u"success"_s;
        if (status == u"degraded") {
            errors = random.between(3, 40);
            result = u"partial"_s;
        } else if (status == u"failing") {
            errors = random.between(50, 400);
            result = u"failed"_s;
        } else if (status == u"disabled") {
            result = u"skipped"_s;
        }
        sources.add({id++, s.platformOrg, QString::fromUtf16(s.name), QString::fromUtf16(s.kind),
                     status, lastSync, result, accounts, errors,
                     s.lastError ? QVariant(QString::fromUtf16(s.lastError)) : QVariant(),
                     w.anchor - random.between(200, 700) * kDay});
    }
    sources.flush();
}
