#pragma once

#include "demo/demorandom.h"

#include <QString>

// Real county-level administrative division codes (GB/T 2260) with their city,
// for resident ID numbers, credit codes and company names.
struct DemoRegion
{
    int code;              // six digits, e.g. 330106
    const char16_t *city;  // 杭州
    const char *cityLatin; // Hangzhou
    const char *areaCode;  // 0571, the landline prefix
    double weight;
};

namespace DemoRegions {

const DemoRegion &pick(DemoRandom &random);
qsizetype count();
const DemoRegion &at(qsizetype index);

} // namespace DemoRegions
