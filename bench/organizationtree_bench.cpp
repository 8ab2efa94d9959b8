// The Organizations pane's tree at 100k members in 3k departments (issue 5):
// one department's page inserted and shown (target: within a 16 ms frame), and
// the memory of a fully expanded tree — beside QStandardItemModel holding the
// same rows, in the same process. Pages come from a generated organization in
// memory, answered as the server answers (departments first, then members).
//
//   build/bench/bench_organizationtree [members] [departments]
#include "benchsupport.h"
#include "models/organizations/organizationtreemodel.h"
#include "tst_organizationtree_source.h"

#include <QApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTreeView>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QList<QString> kFamily{u"王"_s, u"李"_s, u"张"_s, u"刘"_s,
                             u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s};
const QList<QString> kGiven{u"伟"_s, u"芳"_s, u"娜"_s, u"秀英"_s, u"敏"_s, u"静"_s,
                            u"丽"_s, u"强"_s, u"磊"_s, u"军"_s,   u"洋"_s, u"勇"_s,
                            u"艳"_s, u"杰"_s, u"娟"_s, u"涛"_s};
const QList<QString> kTitles{u"工程师"_s, u"产品经理"_s, u"测试工程师"_s, u"设计师"_s, {}, {}};

// Departments under earlier ones (up to depth 6), members by a power law over
// departments: a few hubs of thousands, most of a few dozen.
void generate(MemoryOrganizationSource &source, int members, int departments)
{
    QRandomGenerator random(20261122);
    QList<int> depth{0};
    for (int i = 1; i <= departments; ++i) {
        qint64 parent = 0;
        if (i > 30) {
            do {
                parent = 1 + random.bounded(i - 1);
            } while (depth.at(parent) >= 6);
        }
        depth.append(parent ? depth.at(parent) + 1 : 1);
        source.departments.append({i, parent, u"部门%1"_s.arg(i), i});
    }
    std::vector<double> weight(size_t(departments) + 1);
    double sum = 0;
    for (int i = 0; i <= departments; ++i)
        sum += weight[size_t(i)] = 1.0 / (1 + random.bounded(departments));
    std::vector<double> cumulative(weight.size());
    double running = 0;
    for (size_t i = 0; i < weight.size(); ++i)
        cumulative[i] = (running += weight[i] / sum);
    for (int m = 1; m <= members; ++m) {
        const double r = random.generateDouble();
        const auto at = std::lower_bound(cumulative.begin(), cumulative.end(), r);
        const qint64 department = std::min<qint64>(departments, at - cumulative.begin());
        source.members.append({m, department,
                               kFamily.at(m % kFamily.size()) + kGiven.at((m / 7) % kGiven.size())
                                       + QString::number(m % 100),
                               kTitles.at(m % kTitles.size())});
    }
    source.changed();
}

// heapWithMapped() leaves out blocks glibc maps on their own (a vector past
// 128 KiB); a tree in a few large vectors would look free without them.
qint64 heapWithMapped()
{
    const qint64 small = Bench::heapBytes();
    return small + qint64(mallinfo2().hblkhd);
}

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    return {ms[ms.size() / 2], ms[size_t(double(ms.size() - 1) * 0.95)], ms.back()};
}

double since(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Every department fetched to its end, pages of `pageSize`; returns each page's insert time.
std::vector<double> expandAll(OrganizationTreeModel &model, MemoryOrganizationSource &source)
{
    std::vector<double> times;
    source.answerPending(); // the top level, asked by setOrganization()
    QList<QModelIndex> open{QModelIndex()};
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeLast();
        while (model.canFetchMore(parent)) {
            model.fetchMore(parent);
            QElapsedTimer t;
            t.start();
            source.answerPending();
            times.push_back(since(t));
        }
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            if (model.typeAt(child) == OrganizationTreeModel::Type::Department)
                open.append(child);
        }
        if (times.size() % 64 == 0)
            QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    return times;
}

QList<QStandardItem *> rowOf(const QString &name, const QString &detail, const QString &members,
                             qint64 id)
{
    auto *first = new QStandardItem(name);
    first->setData(id, Qt::UserRole + 1);
    first->setData(1, Qt::UserRole + 2);
    return {first, new QStandardItem(detail), new QStandardItem(members)};
}

// The same rows as a straightforward console keeps them: three items per row.
void fillBaseline(QStandardItemModel &model, QStandardItem *item, MemoryOrganizationSource &source,
                  qint64 departmentId)
{
    const ChildrenPage page = source.page(departmentId, {}, 1 << 30);
    const QLocale locale;
    for (const DepartmentNode &d : page.departments) {
        const QList<QStandardItem *> row =
                rowOf(d.name, QString(), locale.toString(d.totalMembers), d.id);
        item->appendRow(row);
        fillBaseline(model, row.first(), source, d.id);
    }
    for (const MemberNode &m : page.members)
        item->appendRow(rowOf(m.displayName, m.title, QString(), m.id));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int members = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    const int departments = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3'000;
    MemoryOrganizationSource source;
    generate(source, members, departments);
    source.hold = true;
    (void)source.page(0, {}, 1); // build the source's indexes outside the measurements
    std::printf("organization: %d members in %d departments\n", members, departments);

    // 1. Memory and per-page insert time, every department expanded (pages of 100).
    qint64 before = heapWithMapped();
    auto model = std::make_unique<OrganizationTreeModel>(source);
    model->setOrganization(1);
    const Stats insert = stats(expandAll(*model, source));
    const qint64 ours = heapWithMapped() - before;
    const size_t nodes = model->nodes().nodeCount();

    before = heapWithMapped();
    auto baseline = std::make_unique<QStandardItemModel>(0, 3);
    QElapsedTimer baselineFill;
    baselineFill.start();
    fillBaseline(*baseline, baseline->invisibleRootItem(), source, 0);
    const double baselineMs = since(baselineFill);
    const qint64 theirs = heapWithMapped() - before;
    Bench::printHeader(u"Fully expanded tree (%1 rows)"_s.arg(nodes - 1));
    Bench::printRow(u"heap bytes per row"_s, double(ours) / double(nodes - 1),
                    double(theirs) / double(nodes - 1), u"B"_s);
    Bench::printRow(u"heap in all"_s, double(ours) / 1048576.0, double(theirs) / 1048576.0,
                    u"MB"_s);
    std::printf("model: one page of 100 inserted, p50 %.3f ms, p95 %.3f ms, max %.3f ms "
                "(QStandardItemModel filled whole in %.0f ms)\n",
                insert.p50, insert.p95, insert.max, baselineMs);
    baseline.reset();
    model.reset();

    // 2. A frame: expand a department in a view, its page arrives, rows inserted
    //    and the viewport painted — 300 departments drawn at random, beside the same
    //    rows appended to a QStandardItem under an expanded view.
    OrganizationTreeModel viewModel(source);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.resize(900, 700);
    view.setModel(&viewModel);
    view.show();
    viewModel.setOrganization(1);
    source.answerPending();
    QCoreApplication::processEvents();
    QStandardItemModel standard(0, 3);
    QTreeView standardView;
    standardView.setUniformRowHeights(true);
    standardView.resize(900, 700);
    standardView.setModel(&standard);
    standardView.show();
    QRandomGenerator random(7);
    std::vector<double> oursFrame, theirsFrame;
    const QLocale locale;
    for (int i = 0; i < 300; ++i) {
        const qint64 id = 1 + random.bounded(departments);
        const QModelIndex index = viewModel.departmentIndex(id);
        if (!index.isValid()) { // not loaded yet: open its path first, unmeasured
            QList<qint64> path;
            for (qint64 d = source.department(id)->parent; d; d = source.department(d)->parent)
                path.prepend(d);
            for (qint64 d : std::as_const(path)) {
                const QModelIndex step = viewModel.departmentIndex(d);
                while (step.isValid() && viewModel.canFetchMore(step)) {
                    viewModel.fetchMore(step);
                    source.answerPending();
                }
            }
            QCoreApplication::processEvents();
        }
        const QModelIndex target = viewModel.departmentIndex(id);
        if (!target.isValid() || !viewModel.canFetchMore(target))
            continue;
        view.scrollTo(target, QAbstractItemView::PositionAtTop);
        view.viewport()->repaint();
        view.expand(target); // asks for the page
        QElapsedTimer t;
        t.start();
        source.answerPending();
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        oursFrame.push_back(since(t));

        const ChildrenPage page = source.page(id, {}, 100);
        auto *item = new QStandardItem(page.parentId ? u"部门"_s : QString());
        standard.appendRow({item, new QStandardItem(), new QStandardItem()});
        standardView.scrollTo(item->index(), QAbstractItemView::PositionAtTop);
        standardView.viewport()->repaint();
        QElapsedTimer s;
        s.start();
        for (const DepartmentNode &d : page.departments)
            item->appendRow(rowOf(d.name, QString(), locale.toString(d.totalMembers), d.id));
        for (const MemberNode &m : page.members)
            item->appendRow(rowOf(m.displayName, m.title, QString(), m.id));
        standardView.expand(item->index());
        QCoreApplication::processEvents();
        standardView.viewport()->repaint();
        theirsFrame.push_back(since(s));
    }
    const Stats frame = stats(oursFrame);
    const Stats standardFrame = stats(theirsFrame);
    Bench::printHeader(
            u"Expand a department: page in, rows inserted, painted (%1 departments)"_s.arg(
                    oursFrame.size()));
    Bench::printRow(u"p50"_s, frame.p50, standardFrame.p50, u"ms"_s);
    Bench::printRow(u"p95"_s, frame.p95, standardFrame.p95, u"ms"_s);
    Bench::printRow(u"max"_s, frame.max, standardFrame.max, u"ms"_s);
    return 0;
}
