#include "demo/demoregions.h"

#include <array>

namespace {

// Weighted towards the large cities where platform users cluster; the weights
// are a rough guess, the codes are real.
constexpr DemoRegion kRegions[] = {
        {110101, u"北京", "Beijing", "010", 2},
        {110102, u"北京", "Beijing", "010", 2},
        {110105, u"北京", "Beijing", "010", 5},
        {110106, u"北京", "Beijing", "010", 2},
        {110108, u"北京", "Beijing", "010", 6},
        {110114, u"北京", "Beijing", "010", 2},
        {120101, u"天津", "Tianjin", "022", 1},
        {120104, u"天津", "Tianjin", "022", 1},
        {120116, u"天津", "Tianjin", "022", 2},
        {130102, u"石家庄", "Shijiazhuang", "0311", 1},
        {130104, u"石家庄", "Shijiazhuang", "0311", 1},
        {140105, u"太原", "Taiyuan", "0351", 1},
        {150102, u"呼和浩特", "Hohhot", "0471", 0.5},
        {210102, u"沈阳", "Shenyang", "024", 1},
        {210202, u"大连", "Dalian", "0411", 1},
        {220102, u"长春", "Changchun", "0431", 1},
        {230102, u"哈尔滨", "Harbin", "0451", 1},
        {310101, u"上海", "Shanghai", "021", 3},
        {310104, u"上海", "Shanghai", "021", 4},
        {310105, u"上海", "Shanghai", "021", 2},
        {310106, u"上海", "Shanghai", "021", 2},
        {310110, u"上海", "Shanghai", "021", 2},
        {310112, u"上海", "Shanghai", "021", 3},
        {310115, u"上海", "Shanghai", "021", 8},
        {320102, u"南京", "Nanjing", "025", 2},
        {320104, u"南京", "Nanjing", "025", 1},
        {320106, u"南京", "Nanjing", "025", 2},
        {320505, u"苏州", "Suzhou", "0512", 2},
        {320506, u"苏州", "Suzhou", "0512", 2},
        {320508, u"苏州", "Suzhou", "0512", 2},
        {320211, u"无锡", "Wuxi", "0510", 1},
        {320402, u"常州", "Changzhou", "0519", 1},
        {330102, u"杭州", "Hangzhou", "0571", 2},
        {330105, u"杭州", "Hangzhou", "0571", 2},
        {330106, u"杭州", "Hangzhou", "0571", 4},
        {330108, u"杭州", "Hangzhou", "0571", 3},
        {330110, u"杭州", "Hangzhou", "0571", 3},
        {330203, u"宁波", "Ningbo", "0574", 2},
        {330302, u"温州", "Wenzhou", "0577", 1},
        {340104, u"合肥", "Hefei", "0551", 2},
        {340111, u"合肥", "Hefei", "0551", 1},
        {350102, u"福州", "Fuzhou", "0591", 1},
        {350203, u"厦门", "Xiamen", "0592", 2},
        {350206, u"厦门", "Xiamen", "0592", 1},
        {360102, u"南昌", "Nanchang", "0791", 1},
        {370102, u"济南", "Jinan", "0531", 1},
        {370112, u"济南", "Jinan", "0531", 1},
        {370202, u"青岛", "Qingdao", "0532", 1},
        {370212, u"青岛", "Qingdao", "0532", 1},
        {410102, u"郑州", "Zhengzhou", "0371", 1},
        {410105, u"郑州", "Zhengzhou", "0371", 2},
        {411202, u"三门峡", "Sanmenxia", "0398", 0.5},
        {411502, u"信阳", "Xinyang", "0376", 0.5},
        {420102, u"武汉", "Wuhan", "027", 1},
        {420106, u"武汉", "Wuhan", "027", 2},
        {420111, u"武汉", "Wuhan", "027", 2},
        {430102, u"长沙", "Changsha", "0731", 1},
        {430104, u"长沙", "Changsha", "0731", 2},
        {440103, u"广州", "Guangzhou", "020", 1},
        {440104, u"广州", "Guangzhou", "020", 2},
        {440106, u"广州", "Guangzhou", "020", 4},
        {440111, u"广州", "Guangzhou", "020", 1},
        {440303, u"深圳", "Shenzhen", "0755", 2},
        {440304, u"深圳", "Shenzhen", "0755", 4},
        {440305, u"深圳", "Shenzhen", "0755", 5},
        {440306, u"深圳", "Shenzhen", "0755", 3},
        {440307, u"深圳", "Shenzhen", "0755", 2},
        {440604, u"佛山", "Foshan", "0757", 1},
        {441900, u"东莞", "Dongguan", "0769", 2},
        {450103, u"南宁", "Nanning", "0771", 1},
        {460105, u"海口", "Haikou", "0898", 0.5},
        {500103, u"重庆", "Chongqing", "023", 2},
        {500105, u"重庆", "Chongqing", "023", 1},
        {500112, u"重庆", "Chongqing", "023", 2},
        {510104, u"成都", "Chengdu", "028", 2},
        {510107, u"成都", "Chengdu", "028", 3},
        {510108, u"成都", "Chengdu", "028", 1},
        {520102, u"贵阳", "Guiyang", "0851", 1},
        {530102, u"昆明", "Kunming", "0871", 1},
        {540102, u"拉萨", "Lhasa", "0891", 0.2},
        {610103, u"西安", "Xi'an", "029", 1},
        {610113, u"西安", "Xi'an", "029", 2},
        {620102, u"兰州", "Lanzhou", "0931", 0.5},
        {630102, u"西宁", "Xining", "0971", 0.2},
        {640104, u"银川", "Yinchuan", "0951", 0.2},
        {650102, u"乌鲁木齐", "Urumqi", "0991", 0.5},
};

const WeightedPicker &picker()
{
    static const WeightedPicker instance = [] {
        std::array<double, std::size(kRegions)> weights;
        for (size_t i = 0; i < weights.size(); ++i)
            weights[i] = kRegions[i].weight;
        return WeightedPicker(weights);
    }();
    return instance;
}

} // namespace

namespace DemoRegions {

const DemoRegion &pick(DemoRandom &random)
{
    return kRegions[picker().pick(random)];
}

qsizetype count()
{
    return qsizetype(std::size(kRegions));
}

const DemoRegion &at(qsizetype index)
{
    return kRegions[index];
}

} // namespace DemoRegions
