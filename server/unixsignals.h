#pragma once

// SIGINT and SIGTERM quit the event loop cleanly (the database closes and the
// WAL is checkpointed) instead of killing the process mid-write.
namespace UnixSignals {
void quitOnTermination();
}
