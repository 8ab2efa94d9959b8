#include "testcertificates.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ') << "failed:" << process.readAll();
        return false;
    }
    return true;
}

bool TestCertificates::makeAuthority(const QString &name, const QString &subject)
{
    // The loopback names too, so that the self-signed one fails for being self-signed only.
    return openssl({u"req"_s,
                    u"-x509"_s,
                    u"-newkey"_s,
                    u"ec"_s,
                    u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s,
                    u"-nodes"_s,
                    u"-keyout"_s,
                    path(name + u".key"_s),
                    u"-out"_s,
                    path(name + u".pem"_s),
                    u"-days"_s,
                    u"2"_s,
                    u"-subj"_s,
                    subject,
                    u"-addext"_s,
                    u"basicConstraints=critical,CA:TRUE"_s,
                    u"-addext"_s,
                    u"keyUsage=critical,keyCertSign,cRLSign"_s,
                    u"-addext"_s,
                    u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s});
}

bool TestCertificates::makeLeaf(const QString &name, const QString &authority,
                                const QString &altNames, int days)
{
    QFile extensions(path(name + u".ext"_s));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("subjectAltName=" + altNames.toLatin1()
                     + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    return openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                    path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s), u"-subj"_s,
                    u"/CN=gatehouse-test"_s})
            // -days -1 puts notAfter a day in the past: an expired certificate.
            && openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s,
                        path(authority + u".pem"_s), u"-CAkey"_s, path(authority + u".key"_s),
                        u"-CAcreateserial"_s, u"-out"_s, path(name + u".pem"_s), u"-days"_s,
                        QString::number(days), u"-extfile"_s, path(name + u".ext"_s)});
}

TestCertificates::Identity TestCertificates::load(const QString &name) const
{
    Identity identity;
    QFile certificate(path(name + u".pem"_s));
    QFile key(path(name + u".key"_s));
    if (certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        identity.certificate = QSslCertificate(&certificate, QSsl::Pem);
        identity.key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    }
    return identity;
}

bool TestCertificates::generate()
{
    const QString loopback = u"DNS:localhost,IP:127.0.0.1"_s;
    if (!m_dir.isValid() || !makeAuthority(u"ca"_s, u"/CN=Gatehouse Test CA"_s)
        || !makeAuthority(u"stranger"_s, u"/CN=Nobody Trusts This CA"_s)
        || !makeAuthority(u"self"_s, u"/CN=localhost"_s)
        || !makeLeaf(u"good"_s, u"ca"_s, loopback, 2)
        || !makeLeaf(u"expired"_s, u"ca"_s, loopback, -1)
        || !makeLeaf(u"wronghost"_s, u"ca"_s, u"DNS:wrong.example.invalid"_s, 2)
        || !makeLeaf(u"unknown"_s, u"stranger"_s, loopback, 2))
        return false;
    QFile authority(path(u"ca.pem"_s));
    if (!authority.open(QIODevice::ReadOnly))
        return false;
    m_authority = QSslCertificate(&authority, QSsl::Pem);
    m_good = load(u"good"_s);
    m_expired = load(u"expired"_s);
    m_wrongHost = load(u"wronghost"_s);
    m_selfSigned = load(u"self"_s);
    m_unknownAuthority = load(u"unknown"_s);
    return !m_authority.isNull() && !m_good.key.isNull() && !m_selfSigned.key.isNull();
}
