#include "models/accounts/accountdetailclient.h"

#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

RequestOptions changeOptions(int version)
{
    RequestOptions options;
    options.ifMatch = QByteArray::number(version);
    return options;
}

} // namespace

QString AccountDetailClient::accountPath(qint64 accountId)
{
    return u"/api/v1/accounts/"_s + QString::number(accountId);
}

QString AccountDetailClient::actionCode(SupportAction action)
{
    switch (action) {
    case SupportAction::ResetPassword:
        return u"reset-password"_s;
    case SupportAction::Unlock:
        return u"unlock"_s;
    case SupportAction::Disable:
        return u"disable"_s;
    case SupportAction::Enable:
        return u"enable"_s;
    case SupportAction::EndSessions:
        return u"end-sessions"_s;
    case SupportAction::ResendActivation:
        return u"resend-activation"_s;
    case SupportAction::ResetSmsQuota:
        return u"reset-sms-quota"_s;
    }
    return {};
}

void AccountDetailClient::loadDetail(qint64 accountId, QObject *context,
                                     std::function<void(const AccountDetailAnswer &)> done)
{
    load(accountId)->then(
            context, [this, accountId, context, done = std::move(done)](const ApiResult &result) {
                const QString key = QString::number(accountId);
                if (result.ok) {
                    // Masked by the server for every role: the only form that may be kept.
                    if (m_cache && m_cache->isOpen())
                        m_cache->put(QString::fromUtf16(kCacheKind), key, result.json);
                    done({result, result.json, false, QDateTime::currentDateTimeUtc()});
                    return;
                }
                // A refusal (403, 404) is never covered up with what was cached.
                if (!m_cache || !m_cache->isOpen() || !result.isUnreachable()) {
                    done({result, {}, false, {}});
                    return;
                }
                m_cache->get(QString::fromUtf16(kCacheKind), key, context,
                             [result, done](std::optional<CachedDocument> cached) {
                                 if (!cached)
                                     done({result, {}, false, {}});
                                 else
                                     done({result, cached->document, true, cached->fetchedAt});
                             });
            });
}

ApiJob *AccountDetailClient::load(qint64 accountId)
{
    return m_api.get(accountPath(accountId));
}

ApiJob *AccountDetailClient::loadAudit(qint64 accountId)
{
    return m_api.get(accountPath(accountId) + u"/audit"_s);
}

ApiJob *AccountDetailClient::reveal(qint64 accountId, const QStringList &fields,
                                    const QString &reason)
{
    const QJsonObject body{{u"fields"_s, QJsonArray::fromStringList(fields)},
                           {u"reason"_s, reason}};
    return m_api.post(accountPath(accountId) + u"/reveal"_s, body);
}

ApiJob *AccountDetailClient::run(qint64 accountId, SupportAction action, int version,
                                 const QString &reason, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"reason"_s, reason);
    return m_api.post(accountPath(accountId) + u'/' + actionCode(action), body,
                      changeOptions(version));
}

ApiJob *AccountDetailClient::unbindApp(qint64 appId, int version, const QString &reason)
{
    return m_api.post(u"/api/v1/apps/"_s + QString::number(appId) + u"/unbind"_s,
                      {{u"reason"_s, reason}}, changeOptions(version));
}

ApiJob *AccountDetailClient::revokeAuthorization(qint64 authorizationId, int version,
                                                 const QString &reason)
{
    return m_api.post(u"/api/v1/third-party-authorizations/"_s + QString::number(authorizationId)
                              + u"/revoke"_s,
                      {{u"reason"_s, reason}}, changeOptions(version));
}
