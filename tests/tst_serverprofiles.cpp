#include "services/settings/serverprofiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyAtFirst();
    void rememberPutsMostRecentFirst();
    void rememberingAgainMovesToTheFrontWithoutDuplicates();
    void forget();
    void survivesReopening();
    void keepsAtMostTheLimit();
    void holdsNoSecrets();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString path() const { return m_dir->filePath(u"gatehouse.ini"_s); }
    void reopen();
};

void TestServerProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestServerProfiles::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestServerProfiles::reopen()
{
    m_settings.reset();
    m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
}

void TestServerProfiles::emptyAtFirst()
{
    ServerProfiles profiles(*m_settings);
    QVERIFY(profiles.all().isEmpty());
    QVERIFY(!profiles.mostRecent());
}

void TestServerProfiles::rememberPutsMostRecentFirst()
{
    ServerProfiles profiles(*m_settings);
    profiles.remember(
            {u"Production"_s, QUrl(u"https://gatehouse.example.com"_s), u"emily.chen"_s, true});
    profiles.remember({u"Demo"_s, QUrl(u"http://127.0.0.1:8730"_s), u"admin"_s, false});
    const QList<ServerProfile> all = profiles.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, u"Demo"_s);
    QCOMPARE(all.at(0).url, QUrl(u"http://127.0.0.1:8730"_s));
    QCOMPARE(all.at(0).lastUsername, u"admin"_s);
    QCOMPARE(all.at(0).rememberMe, false);
    QCOMPARE(all.at(1).name, u"Production"_s);
    QCOMPARE(all.at(1).rememberMe, true);
    QCOMPARE(profiles.mostRecent()->name, u"Demo"_s);
    QCOMPARE(profiles.find(QUrl(u"https://gatehouse.example.com"_s))->lastUsername,
             u"emily.chen"_s);
    QVERIFY(!profiles.find(QUrl(u"https://other.example.com"_s)));
}

void TestServerProfiles::rememberingAgainMovesToTheFrontWithoutDuplicates()
{
    ServerProfiles profiles(*m_settings);
    profiles.remember({u"A"_s, QUrl(u"https://a.example.com"_s), u"one"_s, false});
    profiles.remember({u"B"_s, QUrl(u"https://b.example.com"_s), u"two"_s, false});
    profiles.remember({u"A"_s, QUrl(u"https://a.example.com/"_s), u"three"_s, true});
    const QList<ServerProfile> all = profiles.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, u"A"_s);
    QCOMPARE(all.at(0).lastUsername, u"three"_s);
    QCOMPARE(all.at(1).name, u"B"_s);
    // Without a name, the host stands in.
    profiles.remember({QString(), QUrl(u"https://c.example.com"_s), u"x"_s, false});
    QCOMPARE(profiles.mostRecent()->name, u"c.example.com"_s);
}

void TestServerProfiles::forget()
{
    ServerProfiles profiles(*m_settings);
    profiles.remember({u"A"_s, QUrl(u"https://a.example.com"_s), u"one"_s, false});
    profiles.remember({u"B"_s, QUrl(u"https://b.example.com"_s), u"two"_s, false});
    profiles.forget(QUrl(u"https://a.example.com"_s));
    QCOMPARE(profiles.all().size(), 1);
    QCOMPARE(profiles.all().first().name, u"B"_s);
    profiles.forget(QUrl(u"https://nowhere.example.com"_s));
    QCOMPARE(profiles.all().size(), 1);
}

void TestServerProfiles::survivesReopening()
{
    {
        ServerProfiles profiles(*m_settings);
        profiles.remember({u"A"_s, QUrl(u"https://a.example.com:8443"_s), u"one"_s, true});
        m_settings->sync();
    }
    reopen();
    ServerProfiles profiles(*m_settings);
    QCOMPARE(profiles.all().size(), 1);
    QCOMPARE(profiles.mostRecent()->url, QUrl(u"https://a.example.com:8443"_s));
    QCOMPARE(profiles.mostRecent()->rememberMe, true);
}

void TestServerProfiles::keepsAtMostTheLimit()
{
    ServerProfiles profiles(*m_settings);
    for (int i = 0; i < ServerProfiles::kMaxProfiles + 5; ++i)
        profiles.remember(
                {QString::number(i), QUrl(u"https://s%1.example.com"_s.arg(i)), u"u"_s, false});
    const QList<ServerProfile> all = profiles.all();
    QCOMPARE(all.size(), ServerProfiles::kMaxProfiles);
    QCOMPARE(all.first().name, QString::number(ServerProfiles::kMaxProfiles + 4));
}

void TestServerProfiles::holdsNoSecrets()
{
    ServerProfiles profiles(*m_settings);
    profiles.remember({u"A"_s, QUrl(u"https://a.example.com"_s), u"emily.chen"_s, true});
    m_settings->sync();
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(text.contains("emily.chen"));
    for (const char *word : {"password", "token", "secret", "key="})
        QVERIFY2(!text.contains(word), word);
}

QTEST_GUILESS_MAIN(TestServerProfiles)
#include "tst_serverprofiles.moc"
