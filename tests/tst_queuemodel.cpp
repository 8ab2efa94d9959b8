// The queue model under QAbstractItemModelTester while it pages, sorts,
// filters, refreshes live and loads a snapshot — and selection survives.
#include "domain/clock.h"
#include "memoryqueuesource.h"
#include "models/queues/queuemodel.h"
#include "queuerows.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'763'700'000'000;
constexpr qint64 kMe = 3;

QStringList column(const QueueModel &m, int col, int role = QueueModel::RawValueRole)
{
    QStringList values;
    for (int r = 0; r < m.rowCount(); ++r)
        values.append(m.index(r, col).data(role).toString());
    return values;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC)};

    QueueFilter underReview(QueueSortColumn sort = QueueSortColumn::Due, int limit = 50)
    {
        QueueFilter f;
        f.statuses = {QueueStatus::UnderReview};
        f.sort = sort;
        f.limit = limit;
        return f;
    }

private slots:
    void pagesUntilTheEnd()
    {
        MemoryQueueSource source(QueueRows::generate(530, 1, kNow), kMe);
        source.setNow(kNow);
        QueueModel model(QueueKind::WorkspaceApplications, m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        model.setStaffId(kMe);
        model.setFilter(underReview());
        // QAbstractItemModelTester itself asks for more, so at least one page.
        QTRY_VERIFY(model.rowCount() >= 50);
        const qint64 expected =
                std::count_if(source.rows().begin(), source.rows().end(),
                              [](const auto &r) { return r.status == QueueStatus::UnderReview; });
        QCOMPARE(model.total(), expected);
        QTRY_VERIFY(!model.isLoading());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), int(expected));
        QVERIFY(!model.canFetchMore({}));
        // Server order: by due time, then id.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, QueueModel::DueColumn)
                            .data(QueueModel::RawValueRole)
                            .toLongLong()
                    <= model.index(r, QueueModel::DueColumn)
                               .data(QueueModel::RawValueRole)
                               .toLongLong());
    }

    void staleAnswersAreNeverDrawn()
    {
        MemoryQueueSource source(QueueRows::generate(300, 2, kNow), kMe);
        source.setNow(kNow);
        QueueModel model(QueueKind::WorkspaceApplications, m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QueueFilter first = underReview();
        first.text = u"Harbor"_s;
        model.setFilter(first);
        QueueFilter second = underReview();
        second.text = u"星辰"_s;
        model.setFilter(second); // before the first answer arrives
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        QTest::qWait(20);
        for (const QString &company : column(model, QueueModel::CompanyColumn))
            QVERIFY2(company.contains(u"星辰"_s), qPrintable(company));
    }

    void sortIsTheServers()
    {
        MemoryQueueSource source(QueueRows::generate(200, 3, kNow), kMe);
        source.setNow(kNow);
        QueueModel model(QueueKind::WorkspaceApplications, m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        model.setFilter(underReview(QueueSortColumn::Due, 500));
        QTRY_VERIFY(model.rowCount() > 0);
        model.sort(QueueModel::CompanyColumn, Qt::DescendingOrder);
        QCOMPARE(model.filter().sort, QueueSortColumn::Company);
        QVERIFY(model.filter().descending);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        const QStringList companies = column(model, QueueModel::CompanyColumn);
        for (int i = 1; i < companies.size(); ++i)
            QVERIFY(QString::compare(companies[i - 1], companies[i]) >= 0);
    }

    void liveRefreshKeepsSelectionAndPlacesChanges()
    {
        MemoryQueueSource source(QueueRows::generate(120, 4, kNow), kMe);
        source.setNow(kNow);
        QueueModel model(QueueKind::WorkspaceApplications, m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        model.setStaffId(kMe);
        model.setFilter(underReview(QueueSortColumn::Due, 500));
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 10);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QItemSelectionModel selection(&model);
        const qint64 selectedId = model.summary(5).id;
        selection.select(model.index(5, 0),
                         QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);

        // Someone decides row 2 (it leaves "under review"), claims row 7, and a new
        // application arrives that is due first.
        QueueItemSummary decided = model.summary(2);
        decided.status = QueueStatus::Approved;
        decided.version += 1;
        source.change(decided);
        QueueItemSummary claimed = model.summary(7);
        claimed.claimedById = 99;
        claimed.claimedByName = u"李娜"_s;
        claimed.claimExpiresAt = kNow + 300000;
        source.change(claimed);
        QueueItemSummary arrival = QueueRows::generate(1, 99, kNow).first();
        arrival.id = 100000;
        arrival.status = QueueStatus::UnderReview;
        arrival.dueAt = 1; // due before everything
        source.change(arrival);
        const int before = model.rowCount();

        QSignalSpy refreshed(&model, &QueueModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(model.rowCount(), before); // one left, one arrived
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowOfId(decided.id), -1);
        QCOMPARE(model.summary(0).id, arrival.id);
        QCOMPARE(model.index(model.rowOfId(claimed.id), QueueModel::ClaimedByColumn)
                         .data()
                         .toString(),
                 u"李娜"_s);
        // The selected item is still selected, wherever it is now.
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(model.summary(selection.selectedRows().first().row()).id, selectedId);
    }

    void snapshotSortsAndFiltersLocally()
    {
        const QList<QueueItemSummary> rows = QueueRows::generate(5000, 5, kNow);
        MemoryQueueSource source(rows, kMe);
        source.setNow(kNow);
        QueueModel online(QueueKind::WorkspaceApplications, m_clock);
        online.setSource(&source);
        QueueFilter all;
        all.limit = 500;
        online.setFilter(all);
        QTRY_VERIFY(!online.isLoading());
        while (online.canFetchMore({})) {
            online.fetchMore({});
            QTRY_VERIFY(!online.isLoading());
        }
        QCOMPARE(online.rowCount(), 5000);
        const QByteArray blob = online.snapshot();

        QueueModel offline(QueueKind::WorkspaceApplications, m_clock);
        QAbstractItemModelTester tester(&offline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(offline.loadSnapshot(blob, QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC), all));
        QVERIFY(offline.isLocal());
        QCOMPARE(offline.rowCount(), 5000);
        QSignalSpy layouts(&offline, &QAbstractItemModel::layoutChanged);
        for (int column = 0; column < QueueModel::ColumnCount; ++column) {
            offline.sort(column, Qt::AscendingOrder);
            offline.sort(column, Qt::DescendingOrder);
        }
        QVERIFY(layouts.count() >= QueueModel::ColumnCount);
        // Every column, both ways, in the server's order (QueueFilter::lessThan).
        for (int column = 0; column < QueueModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                offline.sort(column, order);
                const QueueFilter f = offline.filter();
                for (int r = 1; r < offline.rowCount(); ++r)
                    QVERIFY2(f.lessThan(offline.summary(r - 1), offline.summary(r)),
                             qPrintable(u"column %1 row %2"_s.arg(column).arg(r)));
            }
        }
        offline.sort(QueueModel::SubmittedColumn, Qt::AscendingOrder);
        for (int r = 1; r < offline.rowCount(); ++r)
            QVERIFY(offline.index(r - 1, QueueModel::SubmittedColumn)
                            .data(QueueModel::RawValueRole)
                            .toLongLong()
                    <= offline.index(r, QueueModel::SubmittedColumn)
                               .data(QueueModel::RawValueRole)
                               .toLongLong());
        QueueFilter text = offline.filter();
        text.text = u"harbor"_s; // case-insensitive, like the server
        offline.setLocalFilter(text);
        QVERIFY(offline.rowCount() > 0);
        QCOMPARE(offline.total(), qint64(offline.rowCount()));
        int expected = 0;
        for (const QueueItemSummary &r : rows)
            expected += text.matches(r, kMe, kNow) ? 1 : 0;
        QCOMPARE(offline.rowCount(), expected);
    }

    void dueStates()
    {
        QueueItemSummary overdue = QueueRows::generate(1, 6, kNow).first();
        overdue.status = QueueStatus::UnderReview;
        overdue.dueAt = kNow - 3600 * 1000;
        QueueItemSummary later = overdue;
        later.id = 2;
        later.dueAt = kNow + 10LL * 24 * 3600 * 1000;
        MemoryQueueSource source({overdue, later}, kMe);
        source.setNow(kNow);
        QueueModel model(QueueKind::WorkspaceApplications, m_clock);
        model.setSource(&source);
        model.setFilter(underReview());
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, QueueModel::DueColumn)
                         .data(QueueModel::DueStateRole)
                         .value<QueueModel::DueState>(),
                 QueueModel::DueState::Overdue);
        QCOMPARE(model.index(1, QueueModel::DueColumn)
                         .data(QueueModel::DueStateRole)
                         .value<QueueModel::DueState>(),
                 QueueModel::DueState::OnTime);
        QVERIFY(model.index(0, QueueModel::DueColumn).data(Qt::ForegroundRole).isValid());
    }

    void failureIsReported()
    {
        MemoryQueueSource source(QueueRows::generate(10, 7, kNow), kMe);
        source.setFailing(true);
        QueueModel model(QueueKind::EnterpriseVerifications, m_clock);
        model.setSource(&source);
        QSignalSpy failed(&model, &QueueModel::loadFailed);
        model.setFilter(underReview());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(model.isOffline());
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
