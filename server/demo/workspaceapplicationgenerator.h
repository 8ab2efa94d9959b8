#pragma once

struct DemoWorld;

// Workspace applications (seed 001) in every status, with resubmission
// histories, and the workspaces that approved ones provisioned. At the default
// size a few hundred; at 1M accounts about 200k, of which ~100k are waiting.
class WorkspaceApplicationGenerator
{
public:
    explicit WorkspaceApplicationGenerator(DemoWorld &world);
    void run();

private:
    DemoWorld &m_world;
};
