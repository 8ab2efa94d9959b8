// The real-name models against a real gatehouse-server: the records list under
// QAbstractItemModelTester while it pages to the end and is refreshed, filters
// that return only what they name, the level counts equal to the server's,
// stale answers dropped, a refusal reported and never answered from the
// cache, and the last counts and first page read back offline with their age.
#include "tst_realname_fixture.h"

#include "models/realname/realnamelevelcounts.h"
#include "models/realname/realnamerecordmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace RealnameTest;

class tst_RealnameModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesToTheEndAndRefreshesUnderTheTester();
    void levelFilterReturnsOnlyThatLevel_data();
    void levelFilterReturnsOnlyThatLevel();
    void eligibleAndVerifiedBetweenFilter();
    void countsEqualTheServers();
    void newQueryDropsTheOlderAnswer();
    void refusalIsReportedNotCovered();
    void offlineReadsTheLastCountsAndFirstPage();

private:
    static bool waitIdle(const RealnameRecordModel &model, int timeoutMs = 20'000);
    void fetchAll(RealnameRecordModel &model);

    TestServer m_server{serverOptions()};
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Services> m_services;
};

void tst_RealnameModel::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_RealnameModel::init()
{
    const QString dir = m_dir.filePath(u"run%1"_s.arg(++m_run));
    QDir().mkpath(dir);
    m_services = std::make_unique<Services>(dir);
}

void tst_RealnameModel::cleanup()
{
    m_services.reset();
}

bool tst_RealnameModel::waitIdle(const RealnameRecordModel &model, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!model.isLoading() && (model.total() >= 0 || !model.errorText().isEmpty()))
            return true;
        QTest::qWait(10);
    }
    return false;
}

void tst_RealnameModel::fetchAll(RealnameRecordModel &model)
{
    QVERIFY(waitIdle(model));
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // no second request while one is in flight
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > before);
    }
}

void tst_RealnameModel::pagesToTheEndAndRefreshesUnderTheTester()
{
    QVERIFY(m_services->signIn(m_server, u"support"_s));
    RealnameRecordModel model(m_services->source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    RealnameQuery query;
    query.pageSize = 25;
    model.setQuery(query);
    fetchAll(model);
    QVERIFY(model.isTotalExact());
    QVERIFY2(model.total() > 2 * query.pageSize, "the demo should need several pages");
    QCOMPARE(model.rowCount(), int(model.total()));
    QVERIFY(!model.hasMore());

    // Every record once, newest verification first.
    QSet<qint64> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.accountId(row) > 0);
        ids.insert(model.accountId(row));
        const qint64 verified = model.index(row, RealnameRecordModel::VerifiedColumn)
                                        .data(RealnameRecordModel::RawValueRole)
                                        .toLongLong();
        QVERIFY(verified <= previous);
        previous = verified;
        // Masked as the server sent it.
        const QString id = model.index(row, RealnameRecordModel::IdNumberColumn).data().toString();
        QVERIFY2(id.contains(u'*'), qPrintable(id));
    }
    QCOMPARE(ids.size(), model.rowCount());
    const qint64 firstId = model.accountId(0);

    // A refresh starts again from the first page, under the same tester (which,
    // like a scrolling view, asks for more pages itself).
    const int all = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), -1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(model.accountId(0), firstId);
}

void tst_RealnameModel::levelFilterReturnsOnlyThatLevel_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("level 3") << 3;
    QTest::newRow("level 4") << 4;
}

void tst_RealnameModel::levelFilterReturnsOnlyThatLevel()
{
    QFETCH(int, level);
    QVERIFY(m_services->signIn(m_server, u"support"_s));
    RealnameRecordModel model(m_services->source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RealnameQuery query;
    query.level = level;
    query.pageSize = 50;
    model.setQuery(query);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.level(row), level);
    const QJsonObject levels = serverGet(m_server, u"/api/v1/realname/levels"_s);
    QCOMPARE(qint64(model.rowCount()), serverLevelCount(levels, level));
    QCOMPARE(model.index(0, RealnameRecordModel::LevelColumn).data().toString(),
             u"Level %1"_s.arg(level));
}

void tst_RealnameModel::eligibleAndVerifiedBetweenFilter()
{
    QVERIFY(m_services->signIn(m_server, u"support"_s));
    RealnameRecordModel model(m_services->source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    RealnameQuery eligible;
    eligible.eligibility = RealnameQuery::Eligibility::Eligible;
    eligible.pageSize = 100;
    model.setQuery(eligible);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.level(row), 4);
        QVERIFY(model.index(row, RealnameRecordModel::EligibilityColumn)
                        .data(RealnameRecordModel::RawValueRole)
                        .toBool());
    }
    const QJsonObject levels = serverGet(m_server, u"/api/v1/realname/levels"_s);
    QCOMPARE(qint64(model.rowCount()),
             levels.value(u"eligible_for_business_registration"_s).toInteger());

    // Level 3 is never eligible: nothing is asked for, nothing is shown (the
    // server would read eligible=true as level 4).
    RealnameQuery none = eligible;
    none.level = 3;
    QSignalSpy arrived(&model, &RealnameRecordModel::pageArrived);
    model.setQuery(none);
    QCOMPARE(arrived.size(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
    QVERIFY(!model.canFetchMore({}));

    RealnameQuery notEligible = eligible;
    notEligible.eligibility = RealnameQuery::Eligibility::NotEligible;
    model.setQuery(notEligible);
    fetchAll(model);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, RealnameRecordModel::EligibilityColumn)
                         .data(RealnameRecordModel::RawValueRole)
                         .toBool());
        QVERIFY(!model.index(row, RealnameRecordModel::EligibilityColumn)
                         .data()
                         .toString()
                         .isEmpty());
    }

    // Days around the middle record's: only records verified on those local days.
    model.setQuery(RealnameQuery{});
    fetchAll(model);
    const int middle = model.rowCount() / 2;
    const QDate day =
            QDateTime::fromMSecsSinceEpoch(model.index(middle, RealnameRecordModel::VerifiedColumn)
                                                   .data(RealnameRecordModel::RawValueRole)
                                                   .toLongLong())
                    .toLocalTime()
                    .date();
    RealnameQuery between;
    between.verifiedFrom = day.addDays(-30);
    between.verifiedTo = day;
    between.pageSize = 100;
    model.setQuery(between);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate verified =
                QDateTime::fromMSecsSinceEpoch(model.index(row, RealnameRecordModel::VerifiedColumn)
                                                       .data(RealnameRecordModel::RawValueRole)
                                                       .toLongLong())
                        .toLocalTime()
                        .date();
        QVERIFY2(verified >= between.verifiedFrom && verified <= between.verifiedTo,
                 qPrintable(verified.toString(Qt::ISODate)));
    }
}

void tst_RealnameModel::countsEqualTheServers()
{
    QVERIFY(m_services->signIn(m_server, u"support"_s));
    RealnameLevelCounts counts(m_services->source);
    QAbstractItemModelTester tester(&counts,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(counts.rowCount(), 0);
    QSignalSpy changed(&counts, &RealnameLevelCounts::countsChanged);
    counts.load();
    QVERIFY(changed.wait(20'000));
    const QJsonObject levels = serverGet(m_server, u"/api/v1/realname/levels"_s);
    QCOMPARE(counts.rowCount(), 3);
    QCOMPARE(counts.countForLevel(3), serverLevelCount(levels, 3));
    QCOMPARE(counts.countForLevel(4), serverLevelCount(levels, 4));
    QCOMPARE(counts.countForLevel(0), levels.value(u"without_record"_s).toInteger());
    QCOMPARE(counts.counts().accounts, levels.value(u"accounts"_s).toInteger());
    QCOMPARE(counts.counts().eligible,
             levels.value(u"eligible_for_business_registration"_s).toInteger());
    double shares = 0;
    for (int row = 0; row < counts.rowCount(); ++row) {
        QCOMPARE(counts.index(row).data(RealnameLevelCounts::CountRole).toLongLong(),
                 counts.countOf(row));
        shares += counts.index(row).data(RealnameLevelCounts::ShareRole).toDouble();
    }
    QVERIFY(qAbs(shares - 1.0) < 1e-9);

    // Loading again changes the numbers in place, under the tester.
    counts.load();
    QVERIFY(changed.wait(20'000));
    QCOMPARE(counts.rowCount(), 3);
}

void tst_RealnameModel::newQueryDropsTheOlderAnswer()
{
    QVERIFY(m_services->signIn(m_server, u"support"_s));
    RealnameRecordModel model(m_services->source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RealnameQuery three;
    three.level = 3;
    RealnameQuery four;
    four.level = 4;
    QSignalSpy pages(&model, &RealnameRecordModel::pageArrived);
    model.setQuery(three);
    model.setQuery(four); // before the first answers
    QVERIFY(waitIdle(model));
    QTest::qWait(300); // the level-3 answer has had time to arrive, and must be dropped
    QCOMPARE(pages.size(), 1);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.level(row), 4);
}

void tst_RealnameModel::refusalIsReportedNotCovered()
{
    QVERIFY(m_services->openCache());
    // A reviewer may not read accounts: a 403, never the cached pages of someone else.
    QVERIFY(m_services->signIn(m_server, u"reviewer"_s));
    RealnameRecordModel model(m_services->source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &RealnameRecordModel::loadFailed);
    model.setQuery(RealnameQuery{});
    QVERIFY(failed.wait(20'000));
    QVERIFY(!model.errorText().isEmpty());
    QVERIFY(!model.isOffline());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // no hammering a refusing server
    model.retry();
    QVERIFY(model.isLoading());
    QVERIFY(failed.wait(20'000));

    RealnameLevelCounts counts(m_services->source);
    QSignalSpy countsFailed(&counts, &RealnameLevelCounts::loadFailed);
    counts.load();
    QVERIFY(countsFailed.wait(20'000));
    QVERIFY(!counts.errorText().isEmpty());
    QCOMPARE(counts.rowCount(), 0);
}

void tst_RealnameModel::offlineReadsTheLastCountsAndFirstPage()
{
    TestServer server(serverOptions()); // of its own: this test stops it
    QVERIFY(server.start());
    QVERIFY(m_services->openCache());
    QVERIFY(m_services->signIn(server, u"support"_s));
    RealnameQuery query;
    query.level = 4;
    query.pageSize = 20;
    QList<qint64> firstPage;
    qint64 level4 = 0;
    {
        RealnameRecordModel model(m_services->source);
        model.setQuery(query);
        QVERIFY(waitIdle(model));
        QVERIFY(model.hasMore());
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        for (int row = 0; row < query.pageSize; ++row)
            firstPage.append(model.accountId(row));
        RealnameLevelCounts counts(m_services->source);
        QSignalSpy changed(&counts, &RealnameLevelCounts::countsChanged);
        counts.load();
        QVERIFY(changed.wait(20'000));
        level4 = counts.countForLevel(4);
        QVERIFY(!counts.isOffline());
    }
    QTest::qWait(500); // the cache writes in batches
    server.stop();

    RealnameRecordModel model(m_services->source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy offline(&model, &RealnameRecordModel::offlineChanged);
    model.setQuery(query);
    QVERIFY(waitIdle(model, 60'000));
    QVERIFY(model.isOffline());
    QCOMPARE(offline.size(), 1);
    QVERIFY(model.fetchedAt().isValid());
    QVERIFY(model.fetchedAt() <= QDateTime::currentDateTimeUtc());
    QCOMPARE(model.rowCount(), int(firstPage.size())); // the first page only
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.accountId(row), firstPage.at(row));
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.index(0, RealnameRecordModel::IdNumberColumn).data().toString().contains(u'*'));

    RealnameLevelCounts counts(m_services->source);
    QSignalSpy changed(&counts, &RealnameLevelCounts::countsChanged);
    counts.load();
    QVERIFY(changed.wait(60'000));
    QVERIFY(counts.isOffline());
    QCOMPARE(counts.countForLevel(4), level4);

    // Another query was never fetched: nothing to show for it, and the error says why.
    RealnameQuery other;
    other.level = 3;
    QSignalSpy failed(&model, &RealnameRecordModel::loadFailed);
    model.setQuery(other);
    QVERIFY(failed.wait(60'000));
    QVERIFY(!model.isOffline());
    QVERIFY(!model.errorText().isEmpty());
}

QTEST_MAIN(tst_RealnameModel)
#include "tst_realnamemodel.moc"
