#pragma once

class DemoRandom;
struct DemoWorld;

// Platform accounts (seeds 000, 002, 003) with everything hanging off them:
// login methods, sign-ins and sessions, the real-name record and its history,
// and SMS sends. Fills DemoWorld::accounts, usernames and emails for the parts
// that come after.
class AccountGenerator
{
public:
    explicit AccountGenerator(DemoWorld &world);
    void run();

private:
    DemoWorld &m_world;
};
