#include "services/cache/cachecipher.h"

#include <QtEndian>

#include <sodium.h>

static_assert(CacheCipher::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(CacheCipher::kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(CacheCipher::kKeyBytes == crypto_kdf_KEYBYTES);

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "ghcache1";
constexpr quint64 kSealSubkey = 1;
constexpr quint64 kTagSubkey = 2;
} // namespace

CacheCipher::CacheCipher(const QByteArray &key)
{
    if (sodium_init() < 0 || key.size() != kKeyBytes)
        return;
    const auto *master = reinterpret_cast<const unsigned char *>(key.constData());
    crypto_kdf_derive_from_key(m_sealKey, sizeof m_sealKey, kSealSubkey, kKdfContext, master);
    crypto_kdf_derive_from_key(m_tagKey, sizeof m_tagKey, kTagSubkey, kKdfContext, master);
    m_valid = true;
}

CacheCipher::~CacheCipher()
{
    sodium_memzero(m_sealKey, sizeof m_sealKey);
    sodium_memzero(m_tagKey, sizeof m_tagKey);
}

QByteArray CacheCipher::seal(const QByteArray &plain, const QByteArray &associatedData) const
{
    if (!m_valid)
        return {};
    QByteArray sealed(kNonceBytes + plain.size()
                              + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES),
                      Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
            nonce + kNonceBytes, &length,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(associatedData.constData()),
            quint64(associatedData.size()), nullptr, nonce, m_sealKey);
    sealed.resize(kNonceBytes + qsizetype(length));
    return sealed;
}

std::optional<QByteArray> CacheCipher::open(const QByteArray &sealed,
                                            const QByteArray &associatedData) const
{
    const qsizetype overhead = kNonceBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (!m_valid || sealed.size() < overhead)
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr, nonce + kNonceBytes,
            quint64(sealed.size() - kNonceBytes),
            reinterpret_cast<const unsigned char *>(associatedData.constData()),
            quint64(associatedData.size()), nonce, m_sealKey);
    if (rc != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

QByteArray CacheCipher::tag(const QByteArray &data) const
{
    if (!m_valid)
        return {};
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()), m_tagKey, sizeof m_tagKey);
    return out;
}

QByteArray CacheCipher::bind(const QStringList &parts)
{
    QByteArray bound("gatehouse-cache");
    for (const QString &part : parts) {
        const QByteArray utf8 = part.toUtf8();
        const quint32 length = qToBigEndian(quint32(utf8.size()));
        bound.append(reinterpret_cast<const char *>(&length), sizeof length);
        bound.append(utf8);
    }
    return bound;
}

QByteArray CacheCipher::randomKey()
{
    if (sodium_init() < 0)
        return {};
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}
