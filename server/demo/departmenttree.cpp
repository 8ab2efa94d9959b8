#include "demo/departmenttree.h"

#include "demo/demorandom.h"
#include "demo/demotime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum class Function { Technical, Field, Support };

struct TopDepartment
{
    const char16_t *zh;
    const char16_t *en;
    Function function;
};

constexpr TopDepartment kTop[] = {
        {u"总经办", u"Executive Office", Function::Support},
        {u"研发中心", u"Engineering", Function::Technical},
        {u"产品中心", u"Product", Function::Technical},
        {u"市场部", u"Marketing", Function::Field},
        {u"销售中心", u"Sales", Function::Field},
        {u"客户服务中心", u"Customer Success", Function::Field},
        {u"运营中心", u"Operations", Function::Field},
        {u"人力资源部", u"People", Function::Support},
        {u"财务部", u"Finance", Function::Support},
        {u"法务合规部", u"Legal", Function::Support},
        {u"行政部", u"Facilities", Function::Support},
        {u"信息技术部", u"IT", Function::Technical},
        {u"数据中心", u"Data", Function::Technical},
        {u"质量管理部", u"Quality", Function::Support},
        {u"采购部", u"Procurement", Function::Support},
        {u"战略发展部", u"Strategy", Function::Support},
        {u"品牌公关部", u"Communications", Function::Field},
        {u"供应链中心", u"Supply Chain", Function::Field},
};

struct Unit
{
    const char16_t *zh;
    const char16_t *en;
};

constexpr Unit kTechnicalUnits[] = {{u"平台部", u"Platform"},
                                    {u"基础架构部", u"Infrastructure"},
                                    {u"移动开发部", u"Mobile"},
                                    {u"前端开发部", u"Web"},
                                    {u"测试部", u"QA"},
                                    {u"运维部", u"SRE"},
                                    {u"数据平台部", u"Data Platform"},
                                    {u"安全部", u"Security"}};
constexpr Unit kFieldUnits[] = {{u"华东区", u"East China"},      {u"华南区", u"South China"},
                                {u"华北区", u"North China"},     {u"西南区", u"Southwest China"},
                                {u"华中区", u"Central China"},   {u"西北区", u"Northwest China"},
                                {u"东北区", u"Northeast China"}, {u"大客户部", u"Key Accounts"},
                                {u"渠道部", u"Channels"}};

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

// The ordinal-th unit of a pool; past its end, numbered ones (平台二部, Platform 2).
template<size_t N>
QString fromPool(const Unit (&pool)[N], int ordinal, bool english)
{
    const Unit &unit = pool[size_t(ordinal) % N];
    const int round = ordinal / int(N);
    if (english)
        return round == 0 ? QString::fromUtf16(unit.en)
                          : QString::fromUtf16(unit.en) + u' ' + QString::number(round + 1);
    const QString zh = QString::fromUtf16(unit.zh);
    return round == 0 ? zh : zh.chopped(1) + chineseNumber(round + 1) + zh.right(1);
}

// 财务部 → 财务, 客户服务中心 → 客户服务; names without such an ending stay whole.
QString stem(const QString &name)
{
    if (name.endsWith(u"中心"))
        return name.chopped(2);
    if (name.endsWith(u'部'))
        return name.chopped(1);
    return name;
}

} // namespace

DepartmentTreeBuilder::DepartmentTreeBuilder(BulkInserter &departments) : m_departments(departments)
{ }

QString DepartmentTreeBuilder::name(int depth, int top, int ordinal, bool english) const
{
    const TopDepartment &function = kTop[size_t(top) % std::size(kTop)];
    const int n = ordinal + 1;
    if (depth == 1)
        return english ? QString::fromUtf16(function.en) : QString::fromUtf16(function.zh);
    if (depth == 2) {
        switch (function.function) {
        case Function::Technical:
            return fromPool(kTechnicalUnits, ordinal, english);
        case Function::Field:
            return fromPool(kFieldUnits, ordinal, english);
        case Function::Support:
            return english
                    ? QString(QString::fromUtf16(function.en) + u" Team "_s + QString::number(n))
                    : QString(stem(QString::fromUtf16(function.zh)) + chineseNumber(n) + u"组"_s);
        }
    }
    if (english)
        return (depth == 3 && function.function != Function::Support ? u"Team "_s : u"Squad "_s)
                + QString::number(n);
    return depth == 3 && function.function != Function::Support
            ? QString(chineseNumber(n) + u"组"_s)
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
    std::vector<int> tops; // the top-level department each one is under, as an index into kTop
    tops.reserve(size_t(count));
    // Top-level names start at a random point of the list, so teams differ.
    const int topOffset = int(random.below(std::size(kTop)));
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
        const int top =
                parent < 0 ? (ordinal + topOffset) % int(std::size(kTop)) : tops[size_t(parent)];
        tops.push_back(top);
        m_departments.add({id, organizationId,
                           parent < 0 ? QVariant() : QVariant(tree.ids[size_t(parent)]),
                           name(depth, top, ordinal, english), ordinal, at});
        tree.ids.push_back(id);
        tree.depths.push_back(depth);
        children.push_back(0);
        if (depth < maxDepth)
            open.push_back(i);
    }
    return tree;
}
