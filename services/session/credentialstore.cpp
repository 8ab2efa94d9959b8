#include "services/session/credentialstore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "gatehouse.services.credentials")

namespace {

QString serverPart(const QUrl &server)
{
    const int defaultPort = server.scheme() == u"http" ? 80 : 443;
    return server.host().toLower() + u':' + QString::number(server.port(defaultPort));
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()),
                                          bytes / int(sizeof(quint32)));
    return QString::fromLatin1(data.toHex());
}

} // namespace

CredentialStore::CredentialStore(SecretBackend *backend, QObject *parent)
    : QObject(parent), m_backend(backend)
{
    // Queued, so that a backend answering from inside read()/write() cannot
    // overtake the registration of its own request.
    connect(m_backend, &SecretBackend::answered, this, &CredentialStore::onAnswered,
            Qt::QueuedConnection);
}

QString CredentialStore::refreshTokenKey(const QUrl &server, const QString &username)
{
    return u"refresh/"_s + serverPart(server) + u'/' + username;
}

QString CredentialStore::cacheKeyKey(const QUrl &server, const QString &username)
{
    return u"cache-key/"_s + serverPart(server) + u'/' + username;
}

QString CredentialStore::noKeychainText() const
{
    return tr("No keychain is available on this computer (the system's secret service is not "
              "running or not unlocked).");
}

QString CredentialStore::timeoutText() const
{
    return tr("The keychain did not answer within %n second(s).", nullptr,
              std::max(1, (m_timeoutMs + 999) / 1000));
}

void CredentialStore::setAvailability(Availability availability, const QString &reason)
{
    if (availability == Availability::Unavailable)
        m_unavailableReason = reason.isEmpty() ? noKeychainText() : reason;
    else if (availability == Availability::Available)
        m_unavailableReason.clear();
    if (m_availability == availability)
        return;
    m_availability = availability;
    qCInfo(lcCredentials) << "keychain availability" << availability;
    emit availabilityChanged(availability);
}

void CredentialStore::dispatch(const std::function<int()> &call, QObject *context, Deliver deliver)
{
    QPointer<QObject> guard(context ? context : this);
    if (m_availability == Availability::Unavailable) {
        Answer answer;
        answer.outcome = SecretBackend::Outcome::NoKeychain;
        answer.errorText = m_unavailableReason;
        QMetaObject::invokeMethod(
                this,
                [guard, deliver = std::move(deliver), answer] {
                    if (guard)
                        deliver(answer);
                },
                Qt::QueuedConnection);
        return;
    }
    const int id = call();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    timer->start(m_timeoutMs);
    m_pending.insert(id, Pending{guard, std::move(deliver), timer});
}

void CredentialStore::onAnswered(int requestId, SecretBackend::Outcome outcome,
                                 const QString &secret, const QString &errorText)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return; // it timed out already; the late answer changes nothing
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->deleteLater();
    if (outcome == SecretBackend::Outcome::NoKeychain && m_availability != Availability::Probing)
        setAvailability(Availability::Unavailable);
    Answer answer{outcome, secret, errorText, false};
    if (outcome == SecretBackend::Outcome::NoKeychain)
        answer.errorText = noKeychainText();
    else if (outcome == SecretBackend::Outcome::Failed)
        answer.errorText = tr("The keychain refused the request. Check that it is unlocked and "
                              "try again.");
    if (pending.context)
        pending.deliver(answer);
}

void CredentialStore::onTimeout(int requestId)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->deleteLater();
    qCWarning(lcCredentials) << "keychain request timed out after" << m_timeoutMs << "ms";
    // A keychain that does not answer is no keychain: later calls fail at once
    // instead of each waiting out the timeout (probe() asks again).
    if (m_availability != Availability::Probing)
        setAvailability(Availability::Unavailable, timeoutText());
    Answer answer;
    answer.outcome = SecretBackend::Outcome::NoKeychain;
    answer.errorText = timeoutText();
    answer.timedOut = true;
    if (pending.context)
        pending.deliver(answer);
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            std::function<void(bool, const QString &)> done)
{
    dispatch([this, key, secret] { return m_backend->write(key, secret); }, context,
             [done = std::move(done)](const Answer &answer) {
                 const bool ok = answer.outcome == SecretBackend::Outcome::Ok;
                 if (done)
                     done(ok, ok ? QString() : answer.errorText);
             });
}

void CredentialStore::read(const QString &key, QObject *context,
                           std::function<void(const ReadResult &)> done)
{
    dispatch([this, key] { return m_backend->read(key); }, context,
             [done = std::move(done)](const Answer &answer) {
                 ReadResult result;
                 switch (answer.outcome) {
                 case SecretBackend::Outcome::Ok:
                     result.status = ReadResult::Status::Found;
                     result.secret = answer.secret;
                     break;
                 case SecretBackend::Outcome::NotFound:
                     result.status = ReadResult::Status::NotFound; // ask the user, not an error
                     break;
                 case SecretBackend::Outcome::NoKeychain:
                     result.status = ReadResult::Status::Unavailable;
                     result.errorText = answer.errorText;
                     break;
                 case SecretBackend::Outcome::Failed:
                     result.status = ReadResult::Status::Failed;
                     result.errorText = answer.errorText;
                     break;
                 }
                 if (done)
                     done(result);
             });
}

void CredentialStore::remove(const QString &key, QObject *context, std::function<void(bool)> done)
{
    dispatch([this, key] { return m_backend->remove(key); }, context,
             [done = std::move(done)](const Answer &answer) {
                 if (done)
                     done(answer.outcome == SecretBackend::Outcome::Ok
                          || answer.outcome == SecretBackend::Outcome::NotFound);
             });
}

void CredentialStore::probe()
{
    if (m_availability == Availability::Probing)
        return;
    setAvailability(Availability::Probing);
    const QString key = u"probe/"_s + randomHex(8);
    const QString canary = randomHex(16);
    write(key, canary, this, [this, key, canary](bool written, const QString &error) {
        if (!written) {
            finishProbe(false, error);
            return;
        }
        read(key, this, [this, key, canary](const ReadResult &result) {
            const bool same = result.status == ReadResult::Status::Found && result.secret == canary;
            // Remove the canary whatever the read said; availability does not wait for it.
            remove(key, this, [](bool removed) {
                if (!removed)
                    qCWarning(lcCredentials) << "could not remove the keychain probe entry";
            });
            finishProbe(same, same ? QString() : result.errorText);
        });
    });
}

void CredentialStore::finishProbe(bool available, const QString &reason)
{
    setAvailability(available ? Availability::Available : Availability::Unavailable, reason);
}
