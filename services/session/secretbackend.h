#pragma once

#include <QObject>
#include <QString>

// The operations CredentialStore needs from a keychain, each answered once
// through a signal carrying the request id. KeychainSecretBackend is QtKeychain;
// tests put in a backend that never answers, to prove the timeout.
class SecretBackend : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Ok, NotFound, NoKeychain, Failed };

    using QObject::QObject;
    virtual int read(const QString &key) = 0;
    virtual int write(const QString &key, const QString &secret) = 0;
    virtual int remove(const QString &key) = 0;

signals:
    void answered(int requestId, SecretBackend::Outcome outcome, const QString &secret,
                  const QString &errorText);
};
