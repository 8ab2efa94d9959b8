#pragma once

class DemoRandom;
struct DemoWorld;

// Team organizations (seeds 000 §3.1, 004): every corporate account's team
// (the one its enterprise verification upgraded), individual teams with a
// member limit of 5 or 10, and one large corporate organization whose size
// follows the platform's (about 100k members in 3k departments at 1M
// accounts) for the benchmarks. Members come from the same platform
// organization; an account may belong to several teams.
class OrganizationGenerator
{
public:
    explicit OrganizationGenerator(DemoWorld &world);
    void run();

    // Members of the large organization for a platform of this many accounts.
    static int largeOrganizationMembers(int accounts);

private:
    DemoWorld &m_world;
};
