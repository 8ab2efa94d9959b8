// OrganizationTreeModel: lazy pages with a loading row, refreshes merged in by
// moves (expanded branches and persistent indexes survive), drops asking for a
// move, offline pages — under QAbstractItemModelTester for the whole of every test.
#include "models/organizations/organizationtreemodel.h"
#include "tst_organizationtree_source.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Type = OrganizationTreeModel::Type;

namespace {

void fill(MemoryOrganizationSource &source)
{
    source.departments = {{1, 0, u"研发部"_s, 0},
                          {2, 0, u"测试部"_s, 1},
                          {3, 1, u"前端组"_s, 0},
                          {4, 1, u"后端组"_s, 1}};
    for (int i = 0; i < 250; ++i)
        source.members.append({100 + i, 3, u"成员%1"_s.arg(i), u"工程师"_s});
    for (int i = 0; i < 5; ++i)
        source.members.append({10 + i, 0, u"顶层%1"_s.arg(i), {}, MemberRole::Administrator});
    for (int i = 0; i < 3; ++i)
        source.members.append({20 + i, 2, u"测试%1"_s.arg(i), {}});
    source.changed();
}

Type typeOf(const QModelIndex &index)
{
    return Type(index.data(OrganizationTreeModel::NodeTypeRole).toInt());
}

bool waitIdle(OrganizationTreeModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 5000);
}

} // namespace

class TestOrganizationTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesArriveBehindALoadingRow()
    {
        MemoryOrganizationSource source;
        fill(source);
        OrganizationTreeModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.hold = true;
        model.setOrganization(7);
        QCOMPARE(model.rowCount(), 0); // the loading row comes on the next turn
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(typeOf(model.index(0, 0)), Type::Loading);
        QCOMPARE(model.index(0, 0).data().toString(), u"Loading…"_s);
        QVERIFY(model.isLoading());
        source.hold = false;
        source.answerPending();
        QVERIFY(waitIdle(model));
        // Departments first (by sort key), then members.
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(0, 0).data().toString(), u"研发部"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"测试部"_s);
        QCOMPARE(typeOf(model.index(2, 0)), Type::Member);
        QCOMPARE(model.index(0, OrganizationTreeModel::MembersColumn).data().toString(),
                 QLocale().toString(250));
        QVERIFY(!model.canFetchMore({}));

        const QModelIndex research = model.index(0, 0);
        QVERIFY(model.hasChildren(research));
        model.fetchMore(research);
        QVERIFY(waitIdle(model));
        const QModelIndex frontEnd = model.index(0, 0, research);
        QCOMPARE(frontEnd.data().toString(), u"前端组"_s);
        // 250 members a page of 100 at a time; never one page asked twice.
        while (model.canFetchMore(frontEnd)) {
            model.fetchMore(frontEnd);
            QVERIFY(!model.canFetchMore(frontEnd)); // not while one is in flight
            QVERIFY(waitIdle(model));
        }
        QCOMPARE(model.rowCount(frontEnd), 250);
        QCOMPARE(QSet<QString>(source.asked.cbegin(), source.asked.cend()).size(),
                 source.asked.size());
        QVERIFY(source.asked.contains(u"3/200/100"_s));
        QCOMPARE(model.pathTo(model.index(42, 0, frontEnd)),
                 (QList<DepartmentRef>{{1, u"研发部"_s}, {3, u"前端组"_s}}));
        // An empty department has nothing to fetch.
        const QModelIndex backEnd = model.index(1, 0, research);
        QVERIFY(!model.hasChildren(backEnd));
        QVERIFY(!model.canFetchMore(backEnd));
    }

    void aFailedPageStopsUntilRetry()
    {
        MemoryOrganizationSource source;
        fill(source);
        source.failRequest = 1;
        OrganizationTreeModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &OrganizationTreeModel::loadFailed);
        model.setOrganization(7);
        QVERIFY(failed.wait());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.errorText().isEmpty());
        model.retry();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.errorText().isEmpty());
    }

    void refreshMovesRowsAndKeepsExpandedBranches()
    {
        MemoryOrganizationSource source;
        fill(source);
        OrganizationTreeModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(7);
        QVERIFY(waitIdle(model));
        model.fetchMore(model.index(0, 0));
        model.fetchMore(model.index(1, 0));
        QVERIFY(waitIdle(model));
        const QPersistentModelIndex frontEnd = model.index(0, 0, model.index(0, 0));
        model.fetchMore(frontEnd);
        QVERIFY(waitIdle(model));
        const int loaded = model.rowCount(frontEnd);
        QVERIFY(loaded >= 100);
        const QPersistentModelIndex member = model.index(5, 0, frontEnd);
        const QPersistentModelIndex tester2 = model.index(0, 0, model.index(1, 0));
        QCOMPARE(tester2.data().toString(), u"测试%1"_s.arg(0));

        // Someone moved 前端组 under 测试部, removed a member of 测试部 and renamed it.
        source.department(3)->parent = 2;
        source.department(2)->name = u"质量部"_s;
        source.members.removeIf([](const auto &m) { return m.id == 20; });
        source.changed();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(&model, &OrganizationTreeModel::refreshed);
        model.refreshNodes({0, 1, 2});
        QVERIFY(refreshed.wait());
        QVERIFY(waitIdle(model));
        QCOMPARE(resets.count(), 0);
        // The branch moved with its loaded pages, and the indexes into it still hold.
        QVERIFY(frontEnd.isValid());
        QCOMPARE(frontEnd.parent().data().toString(), u"质量部"_s);
        QVERIFY(model.rowCount(frontEnd) >= loaded); // the tester may fetch more
        QVERIFY(member.isValid());
        QCOMPARE(member.data().toString(), u"成员5"_s);
        QVERIFY(!tester2.isValid());                    // removed
        QCOMPARE(model.rowCount(model.index(0, 0)), 1); // 研发部: 后端组 only
        QCOMPARE(model.index(0, 0).data(OrganizationTreeModel::TotalMembersRole).toInt(), 0);
        QCOMPARE(frontEnd.parent().data(OrganizationTreeModel::TotalMembersRole).toInt(), 252);

        // Moving it back, with a refresh of everything loaded.
        source.department(3)->parent = 1;
        source.changed();
        model.refreshAll();
        QVERIFY(refreshed.wait());
        QVERIFY(waitIdle(model));
        QCOMPARE(frontEnd.parent().data().toString(), u"研发部"_s);
        QVERIFY(model.rowCount(frontEnd) >= loaded); // the tester may fetch more
        QVERIFY(member.isValid());
    }

    void refreshWhileAPageIsOnItsWay()
    {
        MemoryOrganizationSource source;
        fill(source);
        OrganizationTreeModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(7);
        QVERIFY(waitIdle(model));
        model.fetchMore(model.index(0, 0));
        QVERIFY(waitIdle(model));
        const QPersistentModelIndex frontEnd = model.index(0, 0, model.index(0, 0));
        source.hold = true;
        auto settle = [&] {
            return QTest::qWaitFor(
                    [&] {
                        source.answerPending();
                        return !model.isLoading() && source.pending.isEmpty();
                    },
                    5000);
        };
        model.fetchMore(frontEnd);
        source.members.append({999, 3, u"新成员"_s, {}});
        source.changed();
        model.refreshNodes({3});
        QVERIFY(settle());
        while (model.canFetchMore(frontEnd)) {
            model.fetchMore(frontEnd);
            QVERIFY(settle());
        }
        source.hold = false;
        // Every member once, whatever order the answers came in.
        QCOMPARE(model.rowCount(frontEnd), 251);
    }

    void dropsAskForAMoveAndRefuseCycles()
    {
        MemoryOrganizationSource source;
        fill(source);
        OrganizationTreeModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(7);
        QVERIFY(waitIdle(model));
        const QModelIndex research = model.index(0, 0);
        model.fetchMore(research);
        QVERIFY(waitIdle(model));
        const QModelIndex frontEnd = model.index(0, 0, research);
        const QModelIndex quality = model.index(1, 0);
        const QModelIndex topMember = model.index(2, 0);

        std::unique_ptr<QMimeData> drag(model.mimeData({research}));
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, frontEnd)); // read-only
        model.setEditable(true);
        QVERIFY(model.flags(topMember) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(topMember) & Qt::ItemIsDropEnabled));
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, frontEnd)); // cycle
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {})); // already there
        QVERIFY(model.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, quality));

        QSignalSpy asked(&model, &OrganizationTreeModel::moveRequested);
        std::unique_ptr<QMimeData> two(model.mimeData({topMember, research, topMember}));
        QVERIFY(!model.dropMimeData(two.get(), Qt::MoveAction, -1, -1, quality));
        QCOMPARE(asked.count(), 1);
        const auto nodes = asked.first().at(0).value<QList<OrganizationTreeModel::NodeRef>>();
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes.at(0).type, Type::Member);
        QCOMPARE(nodes.at(1).id, 1);
        QCOMPARE(asked.first().at(1).toLongLong(), 2);
        // Nothing moved until the server says so.
        QCOMPARE(model.index(0, 0).data().toString(), u"研发部"_s);
    }

    void offlinePagesAreMarked()
    {
        MemoryOrganizationSource source;
        fill(source);
        source.answerFromCache = true;
        OrganizationTreeModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy offline(&model, &OrganizationTreeModel::offlineChanged);
        model.setOrganization(7);
        QVERIFY(waitIdle(model));
        QVERIFY(model.isOffline());
        QVERIFY(model.offlineSince().isValid());
        source.answerFromCache = false;
        model.refreshAll();
        QVERIFY(QTest::qWaitFor([&] { return !model.isOffline(); }, 5000));
        QCOMPARE(offline.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationTreeModel)
#include "tst_organizationtreemodel.moc"
