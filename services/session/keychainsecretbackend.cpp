#include "services/session/keychainsecretbackend.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "gatehouse.services.keychain")

namespace {

SecretBackend::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretBackend::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return SecretBackend::Outcome::NotFound;
    // 0.13 headless reports a missing Secret Service as OtherError, not NoBackendAvailable.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretBackend::Outcome::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretBackend::Outcome::Failed;
    }
    return SecretBackend::Outcome::Failed;
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(QString service, QObject *parent)
    : SecretBackend(parent), m_service(std::move(service))
{ }

int KeychainSecretBackend::start(QKeychain::Job *job, const QString &key)
{
    const int id = m_nextId++;
    // Never the plaintext file QtKeychain can fall back to: no keychain means no secret kept.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *finished) {
        const Outcome outcome = outcomeOf(finished->error());
        QString secret;
        if (outcome == Outcome::Ok) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                secret = read->textData();
        }
        if (outcome == Outcome::NoKeychain || outcome == Outcome::Failed) {
            qCInfo(lcKeychain).noquote()
                    << "keychain error" << int(finished->error()) << finished->errorString();
        }
        emit answered(id, outcome, secret,
                      outcome == Outcome::Ok ? QString() : finished->errorString());
    });
    job->start();
    return id;
}

int KeychainSecretBackend::read(const QString &key)
{
    return start(new QKeychain::ReadPasswordJob(m_service), key);
}

int KeychainSecretBackend::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    return start(job, key);
}

int KeychainSecretBackend::remove(const QString &key)
{
    return start(new QKeychain::DeletePasswordJob(m_service), key);
}
