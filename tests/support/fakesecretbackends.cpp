#include "fakesecretbackends.h"

int MemorySecretBackend::answerLater(Outcome outcome, const QString &secret)
{
    const int id = m_nextId++;
    if (m_forced)
        outcome = *m_forced;
    QMetaObject::invokeMethod(
            this, [this, id, outcome, secret] { emit answered(id, outcome, secret, QString()); },
            Qt::QueuedConnection);
    return id;
}

int MemorySecretBackend::read(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (m_forced || it == m_entries.cend())
        return answerLater(Outcome::NotFound);
    return answerLater(Outcome::Ok, *it);
}

int MemorySecretBackend::write(const QString &key, const QString &secret)
{
    if (!m_forced)
        m_entries.insert(key, secret);
    return answerLater(Outcome::Ok);
}

int MemorySecretBackend::remove(const QString &key)
{
    if (m_forced)
        return answerLater(Outcome::Ok);
    return answerLater(m_entries.remove(key) ? Outcome::Ok : Outcome::NotFound);
}
