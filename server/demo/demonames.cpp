#include "demo/demonames.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Syllable
{
    const char16_t *text;
    const char *latin;
    double weight;
};

// Shares in per cent of the population (Ministry of Public Security name
// statistics, rounded); the tail is cut at about 0.15%.
constexpr Syllable kSurnames[] = {
        {u"王", "Wang", 7.12},   {u"李", "Li", 6.95},       {u"张", "Zhang", 6.74},
        {u"刘", "Liu", 5.10},    {u"陈", "Chen", 4.61},     {u"杨", "Yang", 3.22},
        {u"黄", "Huang", 2.45},  {u"赵", "Zhao", 2.29},     {u"吴", "Wu", 2.05},
        {u"周", "Zhou", 1.92},   {u"徐", "Xu", 1.46},       {u"孙", "Sun", 1.38},
        {u"马", "Ma", 1.29},     {u"朱", "Zhu", 1.28},      {u"胡", "Hu", 1.17},
        {u"郭", "Guo", 1.15},    {u"何", "He", 1.06},       {u"林", "Lin", 1.01},
        {u"高", "Gao", 1.00},    {u"罗", "Luo", 0.95},      {u"郑", "Zheng", 0.92},
        {u"梁", "Liang", 0.87},  {u"谢", "Xie", 0.77},      {u"宋", "Song", 0.73},
        {u"唐", "Tang", 0.71},   {u"许", "Xu", 0.70},       {u"邓", "Deng", 0.64},
        {u"冯", "Feng", 0.63},   {u"韩", "Han", 0.62},      {u"曹", "Cao", 0.62},
        {u"曾", "Zeng", 0.60},   {u"彭", "Peng", 0.59},     {u"肖", "Xiao", 0.57},
        {u"蔡", "Cai", 0.54},    {u"潘", "Pan", 0.52},      {u"田", "Tian", 0.52},
        {u"董", "Dong", 0.51},   {u"袁", "Yuan", 0.50},     {u"于", "Yu", 0.48},
        {u"余", "Yu", 0.47},     {u"叶", "Ye", 0.46},       {u"蒋", "Jiang", 0.46},
        {u"杜", "Du", 0.45},     {u"苏", "Su", 0.43},       {u"魏", "Wei", 0.42},
        {u"程", "Cheng", 0.41},  {u"吕", "Lyu", 0.40},      {u"丁", "Ding", 0.39},
        {u"沈", "Shen", 0.37},   {u"任", "Ren", 0.37},      {u"姚", "Yao", 0.36},
        {u"卢", "Lu", 0.36},     {u"傅", "Fu", 0.35},       {u"钟", "Zhong", 0.34},
        {u"姜", "Jiang", 0.34},  {u"崔", "Cui", 0.32},      {u"谭", "Tan", 0.32},
        {u"廖", "Liao", 0.31},   {u"范", "Fan", 0.30},      {u"汪", "Wang", 0.30},
        {u"陆", "Lu", 0.30},     {u"金", "Jin", 0.29},      {u"石", "Shi", 0.28},
        {u"戴", "Dai", 0.28},    {u"贾", "Jia", 0.27},      {u"韦", "Wei", 0.27},
        {u"夏", "Xia", 0.27},    {u"邱", "Qiu", 0.27},      {u"方", "Fang", 0.26},
        {u"侯", "Hou", 0.26},    {u"邹", "Zou", 0.26},      {u"熊", "Xiong", 0.25},
        {u"孟", "Meng", 0.25},   {u"秦", "Qin", 0.24},      {u"白", "Bai", 0.24},
        {u"江", "Jiang", 0.24},  {u"阎", "Yan", 0.23},      {u"薛", "Xue", 0.22},
        {u"尹", "Yin", 0.22},    {u"段", "Duan", 0.22},     {u"雷", "Lei", 0.22},
        {u"黎", "Li", 0.21},     {u"史", "Shi", 0.21},      {u"龙", "Long", 0.21},
        {u"陶", "Tao", 0.20},    {u"贺", "He", 0.20},       {u"顾", "Gu", 0.19},
        {u"毛", "Mao", 0.19},    {u"郝", "Hao", 0.19},      {u"龚", "Gong", 0.18},
        {u"邵", "Shao", 0.18},   {u"万", "Wan", 0.18},      {u"钱", "Qian", 0.17},
        {u"严", "Yan", 0.17},    {u"赖", "Lai", 0.16},      {u"覃", "Qin", 0.16},
        {u"洪", "Hong", 0.16},   {u"武", "Wu", 0.16},       {u"莫", "Mo", 0.15},
        {u"孔", "Kong", 0.15},   {u"欧阳", "Ouyang", 0.05}, {u"上官", "Shangguan", 0.01},
        {u"司马", "Sima", 0.01}, {u"诸葛", "Zhuge", 0.01},
};

constexpr Syllable kMaleGiven[] = {
        {u"伟", "wei", 9},  {u"强", "qiang", 5}, {u"磊", "lei", 5},   {u"军", "jun", 5},
        {u"勇", "yong", 5}, {u"杰", "jie", 5},   {u"涛", "tao", 4},   {u"明", "ming", 5},
        {u"超", "chao", 4}, {u"斌", "bin", 3},   {u"浩", "hao", 5},   {u"鹏", "peng", 4},
        {u"辉", "hui", 4},  {u"刚", "gang", 3},  {u"健", "jian", 3},  {u"峰", "feng", 4},
        {u"建", "jian", 4}, {u"国", "guo", 4},   {u"华", "hua", 4},   {u"平", "ping", 3},
        {u"俊", "jun", 4},  {u"宇", "yu", 5},    {u"轩", "xuan", 4},  {u"博", "bo", 3},
        {u"文", "wen", 4},  {u"志", "zhi", 4},   {u"亮", "liang", 3}, {u"鑫", "xin", 3},
        {u"凯", "kai", 3},  {u"晨", "chen", 3},  {u"子", "zi", 4},    {u"一", "yi", 3},
        {u"天", "tian", 3}, {u"嘉", "jia", 3},   {u"昊", "hao", 3},   {u"然", "ran", 2},
        {u"泽", "ze", 3},   {u"睿", "rui", 3},   {u"航", "hang", 2},  {u"毅", "yi", 2},
        {u"海", "hai", 3},  {u"波", "bo", 3},    {u"东", "dong", 3},  {u"成", "cheng", 3},
        {u"龙", "long", 3}, {u"飞", "fei", 3},   {u"林", "lin", 2},   {u"家", "jia", 3},
        {u"振", "zhen", 2}, {u"旭", "xu", 2},    {u"瑞", "rui", 2},   {u"新", "xin", 2},
        {u"立", "li", 2},   {u"锋", "feng", 2},  {u"兵", "bing", 2},  {u"彬", "bin", 2},
        {u"晓", "xiao", 3}, {u"永", "yong", 2},  {u"德", "de", 2},    {u"良", "liang", 2},
};

constexpr Syllable kFemaleGiven[] = {
        {u"芳", "fang", 8}, {u"娜", "na", 7},   {u"敏", "min", 6},  {u"静", "jing", 7},
        {u"丽", "li", 6},   {u"艳", "yan", 5},  {u"娟", "juan", 4}, {u"霞", "xia", 4},
        {u"燕", "yan", 4},  {u"婷", "ting", 5}, {u"雪", "xue", 4},  {u"琳", "lin", 4},
        {u"欣", "xin", 5},  {u"怡", "yi", 5},   {u"佳", "jia", 5},  {u"玲", "ling", 4},
        {u"慧", "hui", 4},  {u"颖", "ying", 4}, {u"晶", "jing", 3}, {u"倩", "qian", 4},
        {u"梦", "meng", 3}, {u"雨", "yu", 4},   {u"萱", "xuan", 3}, {u"诗", "shi", 3},
        {u"涵", "han", 4},  {u"思", "si", 4},   {u"悦", "yue", 3},  {u"可", "ke", 3},
        {u"馨", "xin", 3},  {u"琪", "qi", 3},   {u"月", "yue", 3},  {u"秀", "xiu", 3},
        {u"英", "ying", 3}, {u"红", "hong", 3}, {u"梅", "mei", 3},  {u"兰", "lan", 3},
        {u"洁", "jie", 3},  {u"晓", "xiao", 4}, {u"文", "wen", 3},  {u"佩", "pei", 2},
        {u"若", "ruo", 2},  {u"瑶", "yao", 3},  {u"紫", "zi", 2},   {u"蕾", "lei", 2},
        {u"雅", "ya", 3},   {u"丹", "dan", 3},  {u"莉", "li", 3},   {u"璐", "lu", 2},
        {u"婧", "jing", 2}, {u"嘉", "jia", 3},  {u"一", "yi", 2},   {u"心", "xin", 2},
};

struct EnglishName
{
    const char16_t *text;
    double weight;
    int chineseSurname; // index into kSurnames, or -1
};

constexpr EnglishName kEnglishMale[] = {
        {u"James", 3, -1},  {u"John", 3, -1},    {u"Robert", 2, -1}, {u"Michael", 3, -1},
        {u"David", 3, -1},  {u"William", 2, -1}, {u"Daniel", 2, -1}, {u"Thomas", 2, -1},
        {u"Oliver", 2, -1}, {u"Jack", 2, -1},    {u"Harry", 1, -1},  {u"Henry", 1, -1},
        {u"Kevin", 2, -1},  {u"Jason", 2, -1},   {u"Eric", 2, -1},   {u"Leo", 1, -1},
        {u"Andrew", 2, -1}, {u"Ryan", 1, -1},    {u"Alex", 2, -1},   {u"Peter", 1, -1},
        {u"Samuel", 1, -1}, {u"Lucas", 1, -1},   {u"Ethan", 1, -1},  {u"Vincent", 1, -1},
};
constexpr EnglishName kEnglishFemale[] = {
        {u"Mary", 2, -1},  {u"Emily", 3, -1},  {u"Sarah", 2, -1},  {u"Jessica", 2, -1},
        {u"Emma", 2, -1},  {u"Olivia", 2, -1}, {u"Sophia", 2, -1}, {u"Grace", 2, -1},
        {u"Amy", 2, -1},   {u"Linda", 1, -1},  {u"Helen", 1, -1},  {u"Alice", 2, -1},
        {u"Cindy", 1, -1}, {u"Vivian", 1, -1}, {u"Chloe", 1, -1},  {u"Lily", 2, -1},
        {u"Anna", 2, -1},  {u"Rachel", 1, -1}, {u"Hannah", 1, -1}, {u"Iris", 1, -1},
        {u"Zoe", 1, -1},   {u"Fiona", 1, -1},  {u"Karen", 1, -1},  {u"Michelle", 2, -1},
};
// Romanised Chinese surnames point back at the Chinese pool (Chen → 陈), so an
// English-named account can hold a Chinese real-name record with that surname.
constexpr EnglishName kEnglishSurnames[] = {
        {u"Smith", 3, -1},  {u"Johnson", 2, -1},  {u"Williams", 2, -1}, {u"Brown", 2, -1},
        {u"Jones", 2, -1},  {u"Garcia", 1, -1},   {u"Miller", 2, -1},   {u"Davis", 2, -1},
        {u"Wilson", 2, -1}, {u"Anderson", 1, -1}, {u"Taylor", 2, -1},   {u"Thomas", 1, -1},
        {u"Moore", 1, -1},  {u"Martin", 1, -1},   {u"Lee", 2, -1},      {u"Thompson", 1, -1},
        {u"White", 1, -1},  {u"Harris", 1, -1},   {u"Clark", 1, -1},    {u"Lewis", 1, -1},
        {u"Walker", 1, -1}, {u"Hall", 1, -1},     {u"Young", 1, -1},    {u"King", 1, -1},
        {u"Wright", 1, -1}, {u"Scott", 1, -1},    {u"Green", 1, -1},    {u"Baker", 1, -1},
        {u"Patel", 1, -1},  {u"Kim", 1, -1},      {u"Nguyen", 1, -1},   {u"Singh", 1, -1},
        {u"Tan", 1, 56},    {u"Lim", 1, -1},      {u"Ng", 1, -1},       {u"Wong", 1, 0},
        {u"Chan", 1, 4},    {u"Chen", 3, 4},      {u"Wang", 3, 0},      {u"Li", 2, 1},
        {u"Zhang", 2, 2},   {u"Liu", 2, 3},       {u"Lin", 2, 17},      {u"Huang", 1, 6},
        {u"Zhou", 1, 9},    {u"Wu", 1, 8},        {u"Xu", 1, 10},       {u"Yang", 1, 5},
};

QString asciiLower(const char *latin)
{
    return QString::fromLatin1(latin).toLower();
}

QString lettersOnly(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetter())
            out += c.toLower();
    }
    return out;
}

template<class T, size_t N>
std::span<const double> weightsOf(const T (&items)[N], std::array<double, N> &storage)
{
    for (size_t i = 0; i < N; ++i)
        storage[i] = items[i].weight;
    return storage;
}

template<class T, size_t N>
WeightedPicker pickerOf(const T (&items)[N])
{
    std::array<double, N> weights;
    return WeightedPicker(weightsOf(items, weights));
}

} // namespace

QString PersonName::displayName() const
{
    if (english) {
        const EnglishName &first = male ? kEnglishMale[given] : kEnglishFemale[given];
        return QString::fromUtf16(first.text) + u' '
                + QString::fromUtf16(kEnglishSurnames[surname].text);
    }
    const Syllable *pool = male ? kMaleGiven : kFemaleGiven;
    QString name =
            QString::fromUtf16(kSurnames[surname].text) + QString::fromUtf16(pool[given].text);
    if (given2 >= 0)
        name += QString::fromUtf16(pool[given2].text);
    return name;
}

QString PersonName::latinName() const
{
    if (english)
        return displayName();
    const Syllable *pool = male ? kMaleGiven : kFemaleGiven;
    QString givenText = QString::fromLatin1(pool[given].latin);
    givenText[0] = givenText[0].toUpper();
    if (given2 >= 0)
        givenText += QString::fromLatin1(pool[given2].latin);
    return QString::fromLatin1(kSurnames[surname].latin) + u' ' + givenText;
}

QString PersonName::surnameAscii() const
{
    if (english)
        return lettersOnly(QString::fromUtf16(kEnglishSurnames[surname].text));
    return asciiLower(kSurnames[surname].latin);
}

QString PersonName::givenAscii() const
{
    if (english)
        return lettersOnly(QString::fromUtf16((male ? kEnglishMale : kEnglishFemale)[given].text));
    const Syllable *pool = male ? kMaleGiven : kFemaleGiven;
    QString text = asciiLower(pool[given].latin);
    if (given2 >= 0)
        text += asciiLower(pool[given2].latin);
    return text;
}

int PersonName::chineseSurname() const
{
    return english ? kEnglishSurnames[surname].chineseSurname : int(surname);
}

NamePools::NamePools()
    : m_surnames(pickerOf(kSurnames)), m_maleGiven(pickerOf(kMaleGiven)),
      m_femaleGiven(pickerOf(kFemaleGiven)), m_englishSurnames(pickerOf(kEnglishSurnames))
{ }

PersonName NamePools::chinese(DemoRandom &random) const
{
    return chineseWithSurname(random, int(m_surnames.pick(random)), random.chance(0.5));
}

PersonName NamePools::chineseWithSurname(DemoRandom &random, int surname, bool male) const
{
    PersonName name;
    name.male = male;
    name.surname = quint16(surname);
    const WeightedPicker &given = male ? m_maleGiven : m_femaleGiven;
    name.given = quint16(given.pick(random));
    // Single-character given names (张伟, 王芳) are the most frequent full names.
    if (random.chance(0.72)) {
        qsizetype second = given.pick(random);
        // Doubled characters (婷婷, 晶晶) are a female pattern; otherwise redraw once.
        if (second == name.given && (male || random.chance(0.6)))
            second = given.pick(random);
        name.given2 = qint32(second);
    }
    return name;
}

PersonName NamePools::english(DemoRandom &random) const
{
    PersonName name;
    name.english = true;
    name.male = random.chance(0.5);
    name.surname = quint16(m_englishSurnames.pick(random));
    name.given = quint16(name.male ? random.below(std::size(kEnglishMale))
                                   : random.below(std::size(kEnglishFemale)));
    return name;
}
