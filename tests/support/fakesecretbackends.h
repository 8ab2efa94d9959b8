#pragma once

#include "services/session/secretbackend.h"

#include <QHash>

// A keychain in memory that answers on the next turn of the event loop, as a
// real one would; a test may make it report "no keychain" or fail.
class MemorySecretBackend final : public SecretBackend
{
    Q_OBJECT

public:
    using SecretBackend::SecretBackend;

    int read(const QString &key) override;
    int write(const QString &key, const QString &secret) override;
    int remove(const QString &key) override;

    void setForcedOutcome(std::optional<Outcome> outcome) { m_forced = outcome; }
    const QHash<QString, QString> &entries() const { return m_entries; }
    int calls() const { return m_nextId - 1; }

private:
    int answerLater(Outcome outcome, const QString &secret = {});

    QHash<QString, QString> m_entries;
    std::optional<Outcome> m_forced;
    int m_nextId = 1;
};

// A keychain that takes every request and never answers: the hung D-Bus call
// CredentialStore's timeout exists for.
class SilentSecretBackend final : public SecretBackend
{
    Q_OBJECT

public:
    using SecretBackend::SecretBackend;

    int read(const QString &) override { return ++m_calls; }
    int write(const QString &, const QString &) override { return ++m_calls; }
    int remove(const QString &) override { return ++m_calls; }
    int calls() const { return m_calls; }

private:
    int m_calls = 0;
};
