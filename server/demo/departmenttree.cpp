#include "demo/departmenttree.h"

#include "demo/demorandom.h"
#include "demo/demotime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr const char16_t *kTopZh[] = {
        u"总经办",   u"研发中心",   u"产品中心", u"市场部",     u"销售中心",   u"客户服务中心",
        u"运营中心", u"人力资源部", u"财务部",   u"法务合规部", u"行政部",     u"信息技术部",
        u"数据中心", u"质量管理部", u"采购部",   u"战略发展部", u"品牌公关部", u"供应链中心"};
constexpr const char16_t *kSecondZh[] = {
        u"华东区", u"华南区",   u"华北区",     u"西南区",     u"华中区",     u"西北区",
        u"东北区", u"平台部",   u"基础架构部", u"移动开发部", u"前端开发部", u"测试部",
        u"运维部", u"大客户部", u"渠道部",     u"商务拓展部", u"用户增长部", u"内容运营部",
        u"招聘部", u"培训部",   u"薪酬福利部"};
constexpr const char16_t *kTopEn[] = {u"Executive Office",
                                      u"Engineering",
                                      u"Product",
                                      u"Marketing",
                                      u"Sales",
                                      u"Customer Success",
                                      u"Operations",
                                      u"People",
                                      u"Finance",
                                      u"Legal",
                                      u"IT",
                                      u"Data",
                                      u"Quality",
                                      u"Procurement",
                                      u"Strategy",
                                      u"Communications"};
constexpr const char16_t *kSecondEn[] = {
        u"APAC",         u"EMEA",   u"Americas", u"Platform",   u"Infrastructure",
        u"Mobile",       u"Web",    u"QA",       u"SRE",        u"Enterprise",
        u"Partnerships", u"Growth", u"Content",  u"Recruiting", u"Learning"};

QString chineseNumber(int n)
{
    static constexpr char16_t kDigits[] = u"零一二三四五六七八九";
    if (n < 10)
        return QString(QChar(kDigits[n]));
    QString s;
    if (n >= 20)
        s += QChar(kDigits[n / 10]);
    s += u'十';
    if (n % 10)
        s += QChar(kDigits[n % 10]);
    return s;
}

template<size_t N>
QString fromPool(const char16_t *const (&pool)[N], int ordinal, bool english)
{
    const QString base = QString::fromUtf16(pool[size_t(ordinal) % N]);
    const int round = ordinal / int(N);
    if (round == 0)
        return base;
    return english ? QString(base + u' ' + QString::number(round + 1))
                   : QString(base + chineseNumber(round + 1));
}

} // namespace

DepartmentTreeBuilder::DepartmentTreeBuilder(BulkInserter &departments) : m_departments(departments)
{ }

QString DepartmentTreeBuilder::name(int depth, int ordinal, bool english) const
{
    if (depth == 1)
        return fromPool(kTopEn, ordinal, english);
    if (depth == 2)
        return fromPool(kSecondEn, ordinal, english);
    if (english)
        return (depth == 3 ? u"Team "_s : u"Squad "_s) + QString::number(ordinal + 1);
    const int n = ordinal + 1;
    return depth == 3 ? QString(chineseNumber(n) + u"组"_s)
                      : QString(u"第"_s + chineseNumber(n) + u"小组"_s);
}

DepartmentTreeBuilder::Tree DepartmentTreeBuilder::build(DemoRandom &random, qint64 organizationId,
                                                         int count, int maxDepth, qint64 createdAt,
                                                         qint64 latest, bool english)
{
    Tree tree;
    if (count <= 0)
        return tree;
    tree.ids.reserve(size_t(count));
    tree.depths.reserve(size_t(count));
    std::vector<int> children;
    std::vector<int> open; // indices of departments that may still take children
    const int topCount = std::min(count, int(random.between(2, std::min(10, 2 + count / 4))));
    // Top-level names start at a random point of the pool, so teams differ.
    const int topOffset = int(random.below(english ? std::size(kTopEn) : std::size(kTopZh)));
    for (int i = 0; i < count; ++i) {
        int parent = -1;
        int depth = 1;
        int ordinal = 0;
        if (i >= topCount && !open.empty()) {
            const size_t slot = size_t(random.below(open.size()));
            parent = open[slot];
            depth = tree.depths[size_t(parent)] + 1;
            ordinal = children[size_t(parent)]++;
        } else {
            ordinal = i;
        }
        const qint64 id = m_nextId++;
        const qint64 at =
                std::min(createdAt + qint64(random.exponential(30 * DemoTime::kDay)), latest);
        const int nameOrdinal = parent < 0 ? ordinal + topOffset : ordinal;
        m_departments.add({id, organizationId,
                           parent < 0 ? QVariant() : QVariant(tree.ids[size_t(parent)]),
                           name(depth, nameOrdinal, english), ordinal, at});
        tree.ids.push_back(id);
        tree.depths.push_back(depth);
        children.push_back(0);
        if (depth < maxDepth)
            open.push_back(i);
    }
    return tree;
}
