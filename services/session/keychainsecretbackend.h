#pragma once

#include "services/session/secretbackend.h"

namespace QKeychain {
class Job;
}

// QtKeychain 0.13: the Secret Service on Linux. The insecure plaintext fallback
// is never enabled. On this platform a missing keychain shows up as error 7
// (OtherError) as well as 5 (NoBackendAvailable); both mean "no keychain".
// Jobs run asynchronously (QtKeychain queues them one at a time); a job that
// never finishes is CredentialStore's timeout to handle, not ours.
class KeychainSecretBackend final : public SecretBackend
{
    Q_OBJECT

public:
    explicit KeychainSecretBackend(QString service, QObject *parent = nullptr);

    int read(const QString &key) override;
    int write(const QString &key, const QString &secret) override;
    int remove(const QString &key) override;

private:
    int start(QKeychain::Job *job, const QString &key);

    QString m_service;
    int m_nextId = 1;
};
