// AuditLogModel: paging by cursor, filters, failures, offline pages, under
// QAbstractItemModelTester for the whole of every test.
#include "models/audit/auditlogmodel.h"
#include "models/audit/auditpagesource.h"

#include "domain/jsontime.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// An audit log in memory, answering like the server: newest first, `limit`
// entries before the cursor, the next cursor while more remain. Answers come
// on a later turn of the event loop, as a network answer would.
class MemoryAuditSource final : public AuditPageSource
{
public:
    explicit MemoryAuditSource(int entries)
    {
        const qint64 start =
                QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int id = 1; id <= entries; ++id) {
            const bool signIn = id % 3 != 0;
            m_entries.append(QJsonObject{
                    {u"id"_s, id},
                    {u"at"_s, JsonTime::formatMs(start + id * 60'000LL)},
                    {u"actor"_s,
                     QJsonObject{{u"id"_s, 7}, {u"name"_s, u"陈静"_s}, {u"role"_s, u"auditor"_s}}},
                    {u"request_id"_s, u"req-%1"_s.arg(id)},
                    {u"action"_s, signIn ? u"auth.sign_in"_s : u"staff.unlock"_s},
                    {u"target"_s,
                     QJsonObject{{u"type"_s, u"staff"_s},
                                 {u"id"_s, QString::number(id % 5)},
                                 {u"name"_s, u"user%1"_s.arg(id % 5)}}},
                    {u"before"_s, QJsonObject{{u"failed_sign_ins"_s, id % 4}}},
                    {u"after"_s, QJsonObject{{u"failed_sign_ins"_s, 0}}},
                    {u"reason"_s, signIn ? QString() : u"Called the help desk"_s},
                    {u"result"_s, id % 7 == 0 ? u"failed"_s : u"success"_s},
                    {u"hash"_s, QString(64, u'a')}});
        }
    }

    void fetchPage(const AuditQuery &query, const QString &cursor, QObject *context,
                   std::function<void(const AuditPage &)> done) override
    {
        ++requests;
        lastQuery = query;
        AuditPage page;
        if (requests == failRequest) {
            page.errorText = u"The server cannot be reached."_s;
        } else {
            page.ok = true;
            page.fromCache = answerFromCache;
            page.fetchedAt = answerFromCache ? cachedAt : QDateTime::currentDateTimeUtc();
            const qint64 before =
                    cursor.isEmpty() ? std::numeric_limits<qint64>::max() : cursor.toLongLong();
            qint64 last = 0;
            for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
                const QJsonObject entry = *it;
                const qint64 id = entry.value(u"id"_s).toInteger();
                if (id >= before
                    || (!query.action.isEmpty()
                        && entry.value(u"action"_s).toString() != query.action))
                    continue;
                page.items.append(entry);
                last = id;
                if (page.items.size() == query.pageSize)
                    break;
            }
            if (page.items.size() == query.pageSize)
                page.nextCursor = QString::number(last);
        }
        QTimer::singleShot(delayMs, context, [done, page] { done(page); });
    }

    int requests = 0;
    int delayMs = 0;
    int failRequest = 0; // the request (1, 2, …) that finds nobody there
    bool answerFromCache = false;
    QDateTime cachedAt;
    AuditQuery lastQuery;

private:
    QList<QJsonObject> m_entries;
};

AuditQuery pagesOf(int size)
{
    AuditQuery q;
    q.pageSize = size;
    return q;
}

} // namespace

class tst_AuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughTheWholeLog();
    void showsTranslatableTextsAndRawValues();
    void aNewFilterDropsAnswersToTheOldOne();
    void aFailedPageStopsFetchingUntilRetried();
    void cachedPagesAreMarkedOffline();
    void recordKeepsBeforeAndAfter();
    void clearForgetsEverything();
};

void tst_AuditLogModel::pagesThroughTheWholeLog()
{
    MemoryAuditSource source(250);
    source.delayMs = 20;
    AuditLogModel model(source);
    // The tester asks for more itself (canFetchMore/fetchMore are part of what it checks),
    // so it pages through the log as a scrolling view would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy arrived(&model, &AuditLogModel::pageArrived);
    QSignalSpy loading(&model, &AuditLogModel::loadingChanged);

    model.setQuery(pagesOf(100));
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one page at a time
    model.fetchMore({});
    QCOMPARE(source.requests, 1);
    QTRY_COMPARE(model.rowCount(), 250);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(source.requests, 3); // never the same page twice
    QCOMPARE(arrived.count(), 3);
    QCOMPARE(loading.count(), 6);

    // Newest first, no gaps, no repeats across pages.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), AuditLogModel::EntryIdRole).toLongLong(),
                 250 - row);
}

void tst_AuditLogModel::showsTranslatableTextsAndRawValues()
{
    MemoryAuditSource source(10);
    AuditLogModel model(source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(pagesOf(50));
    QTRY_COMPARE(model.rowCount(), 10);

    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(model.headerData(AuditLogModel::ActionColumn, Qt::Horizontal).toString(), u"Action"_s);
    // Row 0 is entry 10 (a sign-in), row 1 entry 9 (an unlock with a reason).
    QCOMPARE(model.data(model.index(0, AuditLogModel::ActionColumn)).toString(), u"Sign in"_s);
    QCOMPARE(model.data(model.index(0, AuditLogModel::ActionColumn), AuditLogModel::RawValueRole)
                     .toString(),
             u"auth.sign_in"_s);
    QCOMPARE(model.data(model.index(1, AuditLogModel::ActionColumn)).toString(),
             u"Unlock staff member"_s);
    QCOMPARE(model.data(model.index(1, AuditLogModel::ReasonColumn)).toString(),
             u"Called the help desk"_s);
    QCOMPARE(model.data(model.index(0, AuditLogModel::ActorColumn)).toString(), u"陈静"_s);
    QCOMPARE(model.data(model.index(0, AuditLogModel::RoleColumn)).toString(), u"Auditor"_s);
    QCOMPARE(model.data(model.index(0, AuditLogModel::TargetColumn)).toString(),
             u"Staff member: user0"_s);
    const qint64 at =
            model.data(model.index(0, AuditLogModel::TimeColumn), AuditLogModel::RawValueRole)
                    .toLongLong();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC),
             QDateTime(QDate(2026, 11, 1), QTime(8, 10), Qt::UTC));
    QCOMPARE(model.data(model.index(0, AuditLogModel::TimeColumn)).toString(),
             QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    // Entry 7 failed: marked for the view.
    QCOMPARE(model.data(model.index(3, AuditLogModel::ResultColumn)).toString(), u"Failed"_s);
    QVERIFY(model.data(model.index(3, 0), AuditLogModel::FailureRole).toBool());
    QVERIFY(model.data(model.index(3, AuditLogModel::ResultColumn), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(0, 0), AuditLogModel::FailureRole).toBool());
    QCOMPARE(model.knownActions(), QStringList({u"auth.sign_in"_s, u"staff.unlock"_s}));
    QCOMPARE(model.knownTargetTypes(), QStringList{u"staff"_s});

    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void tst_AuditLogModel::aNewFilterDropsAnswersToTheOldOne()
{
    MemoryAuditSource source(60);
    source.delayMs = 50;
    AuditLogModel model(source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setQuery(pagesOf(100));
    AuditQuery unlocks = pagesOf(100);
    unlocks.action = u"staff.unlock"_s;
    model.setQuery(unlocks); // before the first answer arrives
    QTRY_COMPARE(model.rowCount(), 20);
    QTest::qWait(100); // the first query's answer has come and gone
    QCOMPARE(model.rowCount(), 20);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, AuditLogModel::ActionColumn),
                            AuditLogModel::RawValueRole)
                         .toString(),
                 u"staff.unlock"_s);
    }
    QCOMPARE(model.query(), unlocks);
    QCOMPARE(source.lastQuery.action, u"staff.unlock"_s);
}

void tst_AuditLogModel::aFailedPageStopsFetchingUntilRetried()
{
    MemoryAuditSource source(150);
    source.failRequest = 2;
    AuditLogModel model(source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&model, &AuditLogModel::loadFailed);

    model.setQuery(pagesOf(100));
    QTRY_COMPARE(model.rowCount(), 100);
    model.fetchMore({});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"The server cannot be reached."_s);
    QCOMPARE(model.errorText(), u"The server cannot be reached."_s);
    QCOMPARE(model.rowCount(), 100);  // what was shown stays
    QVERIFY(!model.canFetchMore({})); // no hammering a failing server while the view scrolls
    model.fetchMore({});
    QTest::qWait(20);
    QCOMPARE(source.requests, 2);

    model.retry();
    QTRY_COMPARE(model.rowCount(), 150);
    QCOMPARE(source.requests, 3);
    QVERIFY(model.errorText().isEmpty());
    QVERIFY(!model.hasMore());
}

void tst_AuditLogModel::cachedPagesAreMarkedOffline()
{
    MemoryAuditSource source(30);
    source.answerFromCache = true;
    source.cachedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    AuditLogModel model(source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy offline(&model, &AuditLogModel::offlineChanged);

    model.setQuery(pagesOf(20));
    QTRY_COMPARE(model.rowCount(), 30);
    QVERIFY(model.isOffline());
    QCOMPARE(model.offlineSince(), source.cachedAt);
    QCOMPARE(offline.count(), 1);
    QCOMPARE(offline.first().first().toBool(), true);

    // Back online: a reload replaces the cached rows and the mark goes.
    source.answerFromCache = false;
    model.reload();
    QCOMPARE(offline.count(), 2);
    QCOMPARE(offline.last().first().toBool(), false);
    QTRY_COMPARE(model.rowCount(), 30);
    QVERIFY(!model.isOffline());
}

void tst_AuditLogModel::recordKeepsBeforeAndAfter()
{
    MemoryAuditSource source(12);
    AuditLogModel model(source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(pagesOf(5));
    QTRY_COMPARE(model.rowCount(), 12);

    const AuditRecord record = model.record(2); // entry 10
    QCOMPARE(record.id, 10);
    QCOMPARE(record.requestId, u"req-10"_s);
    QCOMPARE(record.before.value(u"failed_sign_ins"_s).toInt(), 2);
    QCOMPARE(record.after.value(u"failed_sign_ins"_s).toInt(), 0);
    QCOMPARE(record.actorName, u"陈静"_s);
    QCOMPARE(record.targetName, u"user0"_s);
    QCOMPARE(record.at, QDateTime(QDate(2026, 11, 1), QTime(8, 10), Qt::UTC));
    QCOMPARE(model.record(99).id, 0);
}

void tst_AuditLogModel::clearForgetsEverything()
{
    MemoryAuditSource source(40);
    source.delayMs = 30;
    AuditLogModel model(source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(pagesOf(10));
    QTRY_VERIFY(model.rowCount() >= 10);
    QTRY_VERIFY(model.isLoading());
    model.clear(); // with a page in flight
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QTest::qWait(80);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_auditlogmodel.moc"
