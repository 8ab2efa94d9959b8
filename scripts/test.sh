#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing,
# builds everything with warnings as errors, and runs every test with CTest —
# the server against SQLite and against a real PostgreSQL it starts on
# loopback, the console's services against a real gatehouse-server, keychain
# tests inside their own D-Bus session with gnome-keyring, widgets offscreen;
# then the libFuzzer harness (scripts/fuzz.sh) for GATEHOUSE_FUZZ_RUNS
# executions (RELIABILITY 13's million by default, about a minute here).
# With arguments (a -R filter, say) only CTest runs.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build} scripts/build.sh -DGATEHOUSE_WERROR=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
if [ $# -eq 0 ]; then
  scripts/fuzz.sh "${GATEHOUSE_FUZZ_RUNS:-1000000}"
fi
