#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The cache's cryptography, in one place. From the caller's 32-byte key two
// subkeys are derived (libsodium KDF): one seals documents with
// XChaCha20-Poly1305 (a fresh random 24-byte nonce on every seal, stored in
// front of the ciphertext), one makes keyed BLAKE2b tags, so that even the
// names of what is cached (kinds, keys, scopes) never reach the file in clear.
// Associated data binds every sealed value to where it belongs: a value copied
// to another row or scope fails authentication, like a flipped bit.
class CacheCipher
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 24;

    explicit CacheCipher(const QByteArray &key); // key must be kKeyBytes long
    ~CacheCipher();
    CacheCipher(const CacheCipher &) = delete;
    CacheCipher &operator=(const CacheCipher &) = delete;

    bool isValid() const { return m_valid; }
    QByteArray seal(const QByteArray &plain, const QByteArray &associatedData) const;
    std::optional<QByteArray> open(const QByteArray &sealed,
                                   const QByteArray &associatedData) const;
    QByteArray tag(const QByteArray &data) const; // 32 bytes

    // Length-prefixed, so that ("a|b", "c") and ("a", "b|c") never collide.
    static QByteArray bind(const QStringList &parts);
    static QByteArray randomKey();

private:
    unsigned char m_sealKey[kKeyBytes];
    unsigned char m_tagKey[kKeyBytes];
    bool m_valid = false;
};
