#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

// Throw-away TLS material made with the openssl command: a test CA and, for
// 127.0.0.1/localhost, a good leaf, an expired leaf, a leaf for another host,
// a self-signed certificate and a leaf from a CA nobody trusts.
class TestCertificates
{
public:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    bool generate(); // false (with a qWarning) when openssl fails

    QSslCertificate authority() const { return m_authority; }
    Identity good() const { return m_good; }
    Identity expired() const { return m_expired; }
    Identity wrongHost() const { return m_wrongHost; }
    Identity selfSigned() const { return m_selfSigned; }
    Identity unknownAuthority() const { return m_unknownAuthority; }

private:
    bool openssl(const QStringList &arguments);
    bool makeAuthority(const QString &name, const QString &subject);
    bool makeLeaf(const QString &name, const QString &authority, const QString &altNames, int days);
    Identity load(const QString &name) const;
    QString path(const QString &file) const { return m_dir.filePath(file); }

    QTemporaryDir m_dir;
    QSslCertificate m_authority;
    Identity m_good, m_expired, m_wrongHost, m_selfSigned, m_unknownAuthority;
};
