#include "demo/democompanies.h"

#include "demo/demoregions.h"
#include "domain/creditcode.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Brand
{
    const char16_t *text;
    const char *latin;
};

constexpr Brand kBrands[] = {
        {u"云启", "yunqi"},    {u"星辰", "xingchen"},  {u"蓝鲸", "lanjing"},
        {u"青禾", "qinghe"},   {u"微联", "weilian"},   {u"数智", "shuzhi"},
        {u"智云", "zhiyun"},   {u"乐享", "lexiang"},   {u"易达", "yida"},
        {u"优品", "youpin"},   {u"鼎盛", "dingsheng"}, {u"汇通", "huitong"},
        {u"天行", "tianxing"}, {u"锦程", "jincheng"},  {u"博远", "boyuan"},
        {u"睿思", "ruisi"},    {u"华腾", "huateng"},   {u"恒信", "hengxin"},
        {u"领航", "linghang"}, {u"新创", "xinchuang"}, {u"卓越", "zhuoyue"},
        {u"百川", "baichuan"}, {u"千帆", "qianfan"},   {u"万象", "wanxiang"},
        {u"小鹿", "xiaolu"},   {u"橙子", "chengzi"},   {u"麦田", "maitian"},
        {u"森林", "senlin"},   {u"极光", "jiguang"},   {u"光年", "guangnian"},
        {u"火山", "huoshan"},  {u"海豚", "haitun"},    {u"飞鱼", "feiyu"},
        {u"蜂鸟", "fengniao"}, {u"松果", "songguo"},   {u"知行", "zhixing"},
        {u"达观", "daguan"},   {u"聚力", "juli"},      {u"创想", "chuangxiang"},
        {u"云图", "yuntu"},    {u"芒果", "mangguo"},   {u"快马", "kuaima"},
        {u"金桥", "jinqiao"},  {u"长风", "changfeng"}, {u"远景", "yuanjing"},
        {u"明德", "mingde"},   {u"格物", "gewu"},      {u"拾光", "shiguang"},
        {u"星河", "xinghe"},   {u"青鸟", "qingniao"},  {u"白鹭", "bailu"},
        {u"山海", "shanhai"},
};

struct Industry
{
    const char16_t *text;
    const char *latin; // domain suffix
};

constexpr Industry kIndustries[] = {
        {u"科技", "tech"},
        {u"信息技术", "it"},
        {u"网络科技", "net"},
        {u"软件", "soft"},
        {u"数字科技", "digital"},
        {u"电子商务", "shop"},
        {u"文化传媒", "media"},
        {u"餐饮管理", "food"},
        {u"教育科技", "edu"},
        {u"健康科技", "health"},
        {u"供应链管理", "scm"},
        {u"商贸", "trade"},
        {u"企业管理咨询", "consulting"},
};

constexpr const char16_t *kForms[] = {u"有限公司", u"有限公司", u"有限公司",     u"有限公司",
                                      u"有限公司", u"有限公司", u"股份有限公司", u"集团有限公司"};

constexpr const char16_t *kEnglishBrands[] = {
        u"Brightwave", u"Northwind", u"Bluepeak", u"Silverline", u"Greenleaf", u"Redwood",
        u"Starling",   u"Harbor",    u"Summit",   u"Lumen",      u"Nimbus",    u"Orbit",
        u"Pioneer",    u"Quartz",    u"Sable",    u"Tidal",      u"Vertex",    u"Willow",
        u"Zephyr",     u"Aurora",    u"Cobalt",   u"Ember",      u"Falcon",    u"Granite",
        u"Horizon",    u"Juniper",   u"Kestrel",  u"Lotus",      u"Meridian",  u"Keystone",
};
constexpr const char16_t *kEnglishKinds[] = {u"Technologies", u"Digital", u"Labs",      u"Software",
                                             u"Commerce",     u"Media",   u"Solutions", u"Systems"};
constexpr const char16_t *kEnglishForms[] = {u"Ltd.", u"Pte. Ltd.", u"Inc.", u"Limited", u"LLC"};
constexpr const char *kTlds[] = {".com", ".com", ".cn", ".com.cn", ".net"};

// GB 11714 organization code check character over the first eight characters.
QChar organizationCheck(QStringView first8)
{
    static constexpr std::array<int, 8> kWeights{3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = first8[i];
        const int v = c.isDigit() ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
        sum += v * kWeights[size_t(i)];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    return QChar(u'0' + (check == 11 ? 0 : check));
}

} // namespace

CompanyFactory::CompanyFactory(quint64 seed) : m_seed(seed) { }

QString CompanyFactory::creditCode(DemoRandom &random, int regionCode, quint64 serial) const
{
    // 9 = registered by the market regulator, 1 = an enterprise.
    QString code = u"91"_s + QString::number(regionCode);
    QString organization;
    const QStringView alphabet = CreditCode::alphabet();
    if (random.chance(0.6)) {
        // Codes issued since 2015 read MA + six characters.
        static constexpr quint64 kSpace = 31ULL * 31 * 31 * 31 * 31 * 31;
        quint64 v = DemoScramble(kSpace, m_seed ^ 0x4d41).map(serial % kSpace);
        organization = u"MA"_s;
        QString tail;
        for (int i = 0; i < 6; ++i) {
            tail.prepend(alphabet[qsizetype(v % 31)]);
            v /= 31;
        }
        organization += tail;
    } else {
        const quint64 v =
                DemoScramble(100'000'000ULL, m_seed ^ 0x3839).map(serial % 100'000'000ULL);
        organization = QString::number(v).rightJustified(8, u'0');
    }
    organization += organizationCheck(organization);
    code += organization;
    code += CreditCode::checkCharacter(code);
    return code;
}

QString CompanyFactory::landline(DemoRandom &random, const DemoRegion &region) const
{
    const QString area = QString::fromLatin1(region.areaCode);
    // Three-digit area codes go with eight-digit numbers, four-digit ones mostly with seven or
    // eight.
    const int digits = area.size() == 3 ? 8 : 8 - int(random.below(2));
    QString number = QString::number(random.between(2, 8));
    while (number.size() < digits)
        number += QChar(u'0' + int(random.below(10)));
    return area + u'-' + number;
}

DemoCompany CompanyFactory::make(DemoRandom &random, bool english, quint64 serial) const
{
    DemoCompany c;
    c.english = english;
    const DemoRegion &region = DemoRegions::pick(random);
    c.regionCode = region.code;
    if (english) {
        const QString brand = QString::fromUtf16(random.pick(std::span(kEnglishBrands)));
        const QString kind = QString::fromUtf16(random.pick(std::span(kEnglishKinds)));
        c.shortName = brand;
        c.name = brand + u' ' + kind + u' '
                + QString::fromUtf16(random.pick(std::span(kEnglishForms)));
        c.domain = brand.toLower() + (random.chance(0.5) ? kind.toLower() : QString()) + u".com"_s;
    } else {
        const Brand &brand = random.pick(std::span(kBrands));
        const Industry &industry = random.pick(std::span(kIndustries));
        const QString brandText = QString::fromUtf16(brand.text);
        c.shortName = brandText + QString::fromUtf16(industry.text);
        c.name = QString::fromUtf16(region.city) + brandText + QString::fromUtf16(industry.text)
                + QString::fromUtf16(random.pick(std::span(kForms)));
        const QString latin = QString::fromLatin1(brand.latin);
        switch (random.below(3)) {
        case 0:
            c.domain = latin;
            break;
        case 1:
            c.domain = latin + u'-' + QString::fromLatin1(industry.latin);
            break;
        default:
            c.domain = latin + QString::fromLatin1(region.cityLatin).toLower().remove(u'\'');
            break;
        }
        c.domain += QString::fromLatin1(random.pick(std::span(kTlds)));
    }
    c.website = (random.chance(0.9) ? u"https://"_s : u"http://"_s)
            + (random.chance(0.8) ? u"www."_s : QString()) + c.domain;
    c.creditCode = creditCode(random, c.regionCode, serial);
    c.landline = landline(random, region);
    return c;
}

QString CompanyFactory::variantName(const DemoCompany &company, DemoRandom &random)
{
    if (company.english)
        return company.shortName + u' ' + company.name.section(u' ', 1, 1);
    // Applicants most often leave out the city or the legal form.
    if (random.chance(0.5))
        return company.shortName;
    return company.name.chopped(company.name.endsWith(u"股份有限公司") ? 6 : 4);
}
