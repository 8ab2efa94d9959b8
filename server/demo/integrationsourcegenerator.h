#pragma once

struct DemoWorld;

// Identity sources (seed 004) of both platform organizations: SSO (OIDC,
// SAML, OAuth), API integration, periodic synchronization and real-time
// verification, each with its last sync, counts and, where it is unwell, errors.
class IntegrationSourceGenerator
{
public:
    explicit IntegrationSourceGenerator(DemoWorld &world);
    void run();

private:
    DemoWorld &m_world;
};
