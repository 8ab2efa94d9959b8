#include "auth/passwordhasher.h"

#include <sodium.h>

#include <stdexcept>

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    m_dummyHash = hash(QStringLiteral("not a password anyone has"));
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), m_cost.opsLimit,
                              m_cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throw std::runtime_error("out of memory while hashing a password");
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    const QByteArray h = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

void PasswordHasher::verifyNothing(const QString &password) const
{
    (void)verify(m_dummyHash, password);
}
