#pragma once

#include <QString>

// Argon2id through libsodium's crypto_pwhash_str: the encoded hash carries its
// own salt and parameters, so the cost can rise without a migration.
class PasswordHasher
{
public:
    struct Cost
    {
        unsigned long long opsLimit;
        size_t memLimitBytes;
    };
    // OWASP's minimum for Argon2id: 19 MiB, t=2, p=1.
    static constexpr Cost kDefaultCost{2, 19u * 1024u * 1024u};

    explicit PasswordHasher(Cost cost = kDefaultCost);

    QString hash(const QString &password) const;
    bool verify(const QString &encodedHash, const QString &password) const;
    // Spends the time a verify would, for logins that name nobody, so timing
    // does not tell which usernames exist.
    void verifyNothing(const QString &password) const;

private:
    Cost m_cost;
    QString m_dummyHash;
};
