#include "fakesecretbackends.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// One executable, four CTest entries (tests/services.cmake): "keyring" runs
// inside with-keyring.sh (a D-Bus session with an unlocked gnome-keyring),
// "nobus" with no session bus at all, "nosecrets" on a bus where nothing
// provides the Secret Service, "nokeyring" on a bus where gnome-keyring starts
// on demand but holds no unlocked keyring. GATEHOUSE_KEYCHAIN_SCENARIO says which.
namespace {

QString scenario()
{
    return qEnvironmentVariable("GATEHOUSE_KEYCHAIN_SCENARIO", u"keyring"_s);
}

bool hasKeyring()
{
    return scenario() == u"keyring";
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

using Status = CredentialStore::ReadResult::Status;

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Against fakes: the store's own promises.
    void roundTripThroughTheStore();
    void entryNotFoundMeansAskTheUser();
    void keysAreNamespacedByServerAndUser();
    void aKeychainThatNeverAnswersTimesOutWhileTheLoopRuns();
    void afterATimeoutCallsFailAtOnce();
    void noCallbackOnceTheContextIsGone();
    void noKeychainOutcomeMakesItUnavailable();

    // Against the real QtKeychain.
    void keyringHundredRoundTrips();
    void keyringEntryNotFound();
    void noKeychainIsUnavailableWithinTwoSeconds();

private:
    QTemporaryDir m_home;
};

void TestCredentialStore::initTestCase()
{
    qInfo().noquote() << "keychain scenario:" << scenario();
    if (!hasKeyring()) {
        // Where an insecure fallback would write: it must stay empty.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u".local/share"_s)));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u".cache"_s)));
    }
    if (scenario() == u"nobus")
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "the nobus scenario has a bus");
    else
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "this scenario needs a bus");
}

void TestCredentialStore::roundTripThroughTheStore()
{
    MemorySecretBackend backend;
    CredentialStore store(&backend);
    QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
    store.probe();
    QCOMPARE(store.availability(), CredentialStore::Availability::Probing);
    QTRY_COMPARE(store.availability(), CredentialStore::Availability::Available);
    QVERIFY(backend.entries().isEmpty()); // the canary is gone

    bool written = false;
    store.write(u"refresh/a:443/emily"_s, u"secret-1"_s, this, [&](bool ok, const QString &error) {
        QVERIFY(error.isEmpty());
        written = ok;
    });
    QVERIFY(!written); // never answered from inside the call
    QTRY_VERIFY(written);
    CredentialStore::ReadResult read;
    store.read(u"refresh/a:443/emily"_s, this,
               [&](const CredentialStore::ReadResult &r) { read = r; });
    QTRY_COMPARE(read.status, Status::Found);
    QCOMPARE(read.secret, u"secret-1"_s);
    std::optional<bool> removed;
    store.remove(u"refresh/a:443/emily"_s, this, [&](bool ok) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
    QVERIFY(backend.entries().isEmpty());
}

void TestCredentialStore::entryNotFoundMeansAskTheUser()
{
    MemorySecretBackend backend;
    CredentialStore store(&backend);
    CredentialStore::ReadResult read;
    read.status = Status::Failed;
    bool answered = false;
    store.read(u"refresh/nobody"_s, this, [&](const CredentialStore::ReadResult &r) {
        read = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.errorText.isEmpty());
    QVERIFY(store.availability() != CredentialStore::Availability::Unavailable);
    // Removing what is not there is not a failure either.
    std::optional<bool> removed;
    store.remove(u"refresh/nobody"_s, this, [&](bool ok) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
}

void TestCredentialStore::keysAreNamespacedByServerAndUser()
{
    const QUrl a(u"https://gatehouse.example.com"_s);
    const QUrl b(u"https://gatehouse.example.com:8443"_s);
    const QUrl local(u"http://127.0.0.1:8730"_s);
    QCOMPARE(CredentialStore::refreshTokenKey(a, u"emily.chen"_s),
             u"refresh/gatehouse.example.com:443/emily.chen"_s);
    QCOMPARE(CredentialStore::refreshTokenKey(local, u"admin"_s),
             u"refresh/127.0.0.1:8730/admin"_s);
    QVERIFY(CredentialStore::refreshTokenKey(a, u"u"_s)
            != CredentialStore::refreshTokenKey(b, u"u"_s));
    QVERIFY(CredentialStore::refreshTokenKey(a, u"u"_s)
            != CredentialStore::refreshTokenKey(a, u"v"_s));
    QVERIFY(CredentialStore::refreshTokenKey(a, u"u"_s) != CredentialStore::cacheKeyKey(a, u"u"_s));
}

void TestCredentialStore::aKeychainThatNeverAnswersTimesOutWhileTheLoopRuns()
{
    SilentSecretBackend backend;
    CredentialStore store(&backend);
    store.setTimeoutMs(400);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(20);

    QElapsedTimer clock;
    clock.start();
    std::optional<CredentialStore::ReadResult> read;
    store.read(u"refresh/x"_s, this, [&](const CredentialStore::ReadResult &r) { read = r; });
    QVERIFY2(clock.elapsed() < 50, "read() must not wait for the keychain");
    QCOMPARE(backend.calls(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 380 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    QCOMPARE(read->status, Status::Unavailable);
    QVERIFY(read->errorText.contains(u"did not answer"_s));
    // The event loop ran all along: the UI would have stayed responsive.
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
}

void TestCredentialStore::afterATimeoutCallsFailAtOnce()
{
    SilentSecretBackend backend;
    CredentialStore store(&backend);
    store.setTimeoutMs(200);
    QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), CredentialStore::Availability::Unavailable,
                              3000);
    QVERIFY(!store.unavailableReason().isEmpty());
    const int callsAfterProbe = backend.calls();

    QElapsedTimer clock;
    clock.start();
    std::optional<bool> written;
    store.write(u"refresh/x"_s, u"s"_s, this, [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(!*written);
    QVERIFY(clock.elapsed() < 100);
    QCOMPARE(backend.calls(), callsAfterProbe); // not even asked
}

void TestCredentialStore::noCallbackOnceTheContextIsGone()
{
    MemorySecretBackend backend;
    CredentialStore store(&backend);
    auto *context = new QObject;
    bool called = false;
    store.read(u"refresh/x"_s, context,
               [&](const CredentialStore::ReadResult &) { called = true; });
    delete context;
    bool control = false;
    store.read(u"refresh/x"_s, this, [&](const CredentialStore::ReadResult &) { control = true; });
    QTRY_VERIFY(control);
    QVERIFY(!called);
}

void TestCredentialStore::noKeychainOutcomeMakesItUnavailable()
{
    MemorySecretBackend backend;
    backend.setForcedOutcome(SecretBackend::Outcome::NoKeychain);
    CredentialStore store(&backend);
    store.probe();
    QTRY_COMPARE(store.availability(), CredentialStore::Availability::Unavailable);
    QVERIFY(store.unavailableReason().contains(u"keychain"_s));
}

void TestCredentialStore::keyringHundredRoundTrips()
{
    if (!hasKeyring())
        QSKIP("runs in the keyring scenario (ctest -R credentialstore$)");
    KeychainSecretBackend backend(u"gatehouse-tests"_s);
    CredentialStore store(&backend);
    store.probe();
    QTRY_VERIFY_WITH_TIMEOUT(store.availability() != CredentialStore::Availability::Probing, 10000);
    QCOMPARE(store.availability(), CredentialStore::Availability::Available);

    int good = 0;
    for (int i = 0; i < 100; ++i) {
        const QString key = u"refresh/127.0.0.1:8730/user%1"_s.arg(i);
        const QString secret =
                u"token-%1-%2"_s.arg(i).arg(QRandomGenerator::global()->generate64(), 0, 16);
        std::optional<bool> written;
        store.write(key, secret, this, [&](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        std::optional<CredentialStore::ReadResult> read;
        store.read(key, this, [&](const CredentialStore::ReadResult &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        std::optional<bool> removed;
        store.remove(key, this, [&](bool ok) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        std::optional<CredentialStore::ReadResult> gone;
        store.read(key, this, [&](const CredentialStore::ReadResult &r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 10000);
        if (*written && read->status == Status::Found && read->secret == secret && *removed
            && gone->status == Status::NotFound)
            ++good;
    }
    QCOMPARE(good, 100);
}

void TestCredentialStore::keyringEntryNotFound()
{
    if (!hasKeyring())
        QSKIP("runs in the keyring scenario (ctest -R credentialstore$)");
    KeychainSecretBackend backend(u"gatehouse-tests"_s);
    CredentialStore store(&backend);
    std::optional<CredentialStore::ReadResult> read;
    store.read(u"refresh/never-written"_s, this,
               [&](const CredentialStore::ReadResult &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QCOMPARE(read->status, Status::NotFound);
    QVERIFY(store.availability() != CredentialStore::Availability::Unavailable);
}

void TestCredentialStore::noKeychainIsUnavailableWithinTwoSeconds()
{
    if (hasKeyring())
        QSKIP("runs in the nobus and nosecrets scenarios (ctest -R credentialstore_no)");
    KeychainSecretBackend backend(u"gatehouse-tests"_s);
    CredentialStore store(&backend);
    QElapsedTimer clock;
    clock.start();
    store.probe();
    QTRY_VERIFY_WITH_TIMEOUT(store.availability() != CredentialStore::Availability::Probing, 15000);
    const qint64 elapsed = clock.elapsed();
    qInfo() << "unavailable after" << elapsed << "ms";
    QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    QVERIFY(!store.unavailableReason().isEmpty());

    // A write now fails (at once) and leaves nothing anywhere a fallback would put it.
    std::optional<bool> written;
    store.write(u"refresh/127.0.0.1:8730/admin"_s, u"would-be-secret"_s, this,
                [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 2000);
    QVERIFY(!*written);
    // Even the backend, asked directly, does not fall back to a file.
    QSignalSpy answered(&backend, &SecretBackend::answered);
    backend.write(u"refresh/127.0.0.1:8730/admin"_s, u"would-be-secret"_s);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.first().at(1).value<SecretBackend::Outcome>(),
             SecretBackend::Outcome::NoKeychain);
    const QStringList files = filesUnder(m_home.path());
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
