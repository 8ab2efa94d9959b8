#include "auth/tokens.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace Tokens {

QString generate(QStringView prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return prefix.toString()
            + QString::fromLatin1(
                    bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString digest(const QString &token)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Tokens
