// Compact queue rows: every field survives a round trip through the store and
// through the snapshot blob; a damaged blob is refused, not half-read.
#include "models/queues/queuerowstore.h"
#include "queuerows.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestQueueRowStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QList<QueueItemSummary> rows = QueueRows::generate(500, 7, 1'763'700'000'000);
        QueueRowStore store;
        for (const QueueItemSummary &s : rows)
            store.upsert(s);
        QCOMPARE(store.size(), 500);
        for (int i = 0; i < rows.size(); ++i) {
            const QueueItemSummary back = store.summary(store.indexOf(rows[i].id));
            QCOMPARE(back.toJson(), rows[i].toJson());
        }
    }

    void upsertReplaces()
    {
        QueueRowStore store;
        QueueItemSummary s = QueueRows::generate(1, 1, 1'763'700'000'000).first();
        store.upsert(s);
        s.companyName = u"改名科技有限公司"_s;
        s.claimedById = 9;
        s.claimedByName = u"李娜"_s;
        s.version = 7;
        QCOMPARE(store.upsert(s), 0);
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.summary(0).companyName, s.companyName);
        QCOMPARE(store.summary(0).claimedByName, s.claimedByName);
        QCOMPARE(store.summary(0).version, 7);
    }

    void snapshot()
    {
        const QList<QueueItemSummary> rows = QueueRows::generate(2000, 11, 1'763'700'000'000);
        QueueRowStore store;
        for (const QueueItemSummary &s : rows)
            store.upsert(s);
        const QByteArray blob = store.serialize();
        QueueRowStore back;
        QVERIFY(back.deserialize(blob));
        QCOMPARE(back.size(), store.size());
        for (int i = 0; i < store.size(); i += 97)
            QCOMPARE(back.summary(i).toJson(), store.summary(i).toJson());
        QCOMPARE(back.indexOf(rows[1234].id), store.indexOf(rows[1234].id));
    }

    void compactness()
    {
        const QList<QueueItemSummary> rows = QueueRows::generate(10000, 3, 1'763'700'000'000);
        QueueRowStore store;
        for (const QueueItemSummary &s : rows)
            store.upsert(s);
        store.squeeze();
        const double perRow = double(store.memoryBytes()) / store.size();
        qInfo("queue store: %.0f bytes a row", perRow);
        QVERIFY(perRow < 200);
    }

    void damagedBlobIsRefused()
    {
        QueueRowStore store;
        for (const QueueItemSummary &s : QueueRows::generate(100, 5, 1'763'700'000'000))
            store.upsert(s);
        QByteArray blob = store.serialize();
        QueueRowStore back;
        QVERIFY(!back.deserialize(blob.left(blob.size() / 2)));
        QCOMPARE(back.size(), 0);
        blob[0] = 'X';
        QVERIFY(!back.deserialize(blob));
        QVERIFY(!back.deserialize(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestQueueRowStore)
#include "tst_queuerowstore.moc"
