#include "services/api/serveraddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void loopbackHosts_data();
    void loopbackHosts();
    void everyErrorHasItsOwnWords();
};

void TestServerAddress::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<ServerAddress::Error>("error");
    QTest::addColumn<QString>("normalised");

    using E = ServerAddress::Error;
    QTest::newRow("https") << u"https://gatehouse.example.com"_s << E::None
                           << u"https://gatehouse.example.com"_s;
    QTest::newRow("no scheme means https")
            << u"gatehouse.example.com"_s << E::None << u"https://gatehouse.example.com"_s;
    QTest::newRow("host and port without scheme")
            << u"localhost:8730"_s << E::None << u"https://localhost:8730"_s;
    QTest::newRow("default port dropped")
            << u"https://example.com:443/"_s << E::None << u"https://example.com"_s;
    QTest::newRow("other port kept")
            << u"https://example.com:8443"_s << E::None << u"https://example.com:8443"_s;
    QTest::newRow("upper case") << u"HTTPS://GateHouse.Example.COM"_s << E::None
                                << u"https://gatehouse.example.com"_s;
    QTest::newRow("path, query, fragment stripped")
            << u"https://example.com/api/v1/health?x=1#top"_s << E::None
            << u"https://example.com"_s;
    QTest::newRow("credentials stripped")
            << u"https://alice:secret@example.com"_s << E::None << u"https://example.com"_s;
    QTest::newRow("spaces around")
            << u"  https://example.com  "_s << E::None << u"https://example.com"_s;
    QTest::newRow("http localhost")
            << u"http://localhost:8730"_s << E::None << u"http://localhost:8730"_s;
    QTest::newRow("http 127.0.0.1")
            << u"http://127.0.0.1:8730"_s << E::None << u"http://127.0.0.1:8730"_s;
    QTest::newRow("http 127.8.9.10") << u"http://127.8.9.10"_s << E::None << u"http://127.8.9.10"_s;
    QTest::newRow("http ::1") << u"http://[::1]:8730"_s << E::None << u"http://[::1]:8730"_s;
    QTest::newRow("http remote") << u"http://gatehouse.example.com"_s << E::InsecureRemote
                                 << QString();
    QTest::newRow("http LAN address")
            << u"http://192.168.1.10:8730"_s << E::InsecureRemote << QString();
    QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0:8730"_s << E::InsecureRemote << QString();
    QTest::newRow("http name that starts like loopback")
            << u"http://127.0.0.1.evil.example"_s << E::InsecureRemote << QString();
    QTest::newRow("http localhost lookalike")
            << u"http://localhost.evil.example"_s << E::InsecureRemote << QString();
    QTest::newRow("http credentials hiding the host")
            << u"http://localhost@evil.example"_s << E::InsecureRemote << QString();
    QTest::newRow("ftp") << u"ftp://example.com"_s << E::UnsupportedScheme << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << E::Invalid << QString();
    QTest::newRow("ws") << u"ws://localhost:8730"_s << E::UnsupportedScheme << QString();
    QTest::newRow("empty") << QString() << E::Empty << QString();
    QTest::newRow("blank") << u"   "_s << E::Empty << QString();
    QTest::newRow("no host") << u"https://"_s << E::Invalid << QString();
    QTest::newRow("bad port") << u"https://example.com:99999"_s << E::Invalid << QString();
    QTest::newRow("space inside") << u"https://exa mple.com"_s << E::Invalid << QString();
}

void TestServerAddress::parse()
{
    QFETCH(QString, typed);
    QFETCH(ServerAddress::Error, error);
    QFETCH(QString, normalised);

    const ServerAddress address = ServerAddress::parse(typed);
    QCOMPARE(address.error, error);
    QCOMPARE(address.isValid(), error == ServerAddress::Error::None);
    if (address.isValid()) {
        QCOMPARE(address.url.toString(), normalised);
        QVERIFY(address.url.userInfo().isEmpty());
        QVERIFY(address.url.path().isEmpty());
        QVERIFY(!address.url.hasQuery());
        QVERIFY(address.errorText().isEmpty());
    } else {
        QVERIFY(address.url.isEmpty());
        QVERIFY(!address.errorText().isEmpty());
    }
}

void TestServerAddress::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST.") << u"LOCALHOST."_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("::2") << u"::2"_s << false;
    QTest::newRow("sub.localhost") << u"sub.localhost"_s << false;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestServerAddress::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ServerAddress::isLoopbackHost(host), loopback);
}

void TestServerAddress::everyErrorHasItsOwnWords()
{
    QSet<QString> texts;
    for (const QString &typed : {u""_s, u"https://"_s, u"ftp://x.example"_s, u"http://x.example"_s})
        texts.insert(ServerAddress::parse(typed).errorText());
    QCOMPARE(texts.size(), 4);
    QVERIFY(ServerAddress::parse(u"http://x.example"_s).errorText().contains(u"https://"_s));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
