#pragma once

#include <functional>

// SIGTERM and SIGINT end the console the way File › Quit does (the demo server
// is stopped first) instead of killing it mid-step. The handler only writes a
// byte to a socket; the event loop calls quit.
namespace TerminationSignals {

void install(std::function<void()> quit);

} // namespace TerminationSignals
