#pragma once

#include "demo/demorandom.h"

#include <QString>

struct DemoRegion;

// A company as merchants write it on applications and verifications.
struct DemoCompany
{
    QString name;      // 杭州云启网络科技有限公司 / Brightwave Digital Ltd.
    QString shortName; // 云启网络 / Brightwave
    QString domain;    // yunqi-tech.com
    QString website;   // https://www.yunqi-tech.com
    QString creditCode;
    QString landline; // 0571-86012345
    int regionCode = 0;
    bool english = false;
};

// Company names, domains, landlines and Unified Social Credit Codes. Credit
// codes are unique by construction (the serial runs through a permutation) and
// carry both check characters: GB 11714 inside the organization code and
// GB 32100 at the end.
class CompanyFactory
{
public:
    explicit CompanyFactory(quint64 seed);

    // serial: a number never used for another company of this run.
    DemoCompany make(DemoRandom &random, bool english, quint64 serial) const;
    QString creditCode(DemoRandom &random, int regionCode, quint64 serial) const;
    QString landline(DemoRandom &random, const DemoRegion &region) const;
    // A name as an applicant might first have mistyped it (a missing form, a short name).
    static QString variantName(const DemoCompany &company, DemoRandom &random);

private:
    quint64 m_seed;
};
