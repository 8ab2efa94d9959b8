#!/usr/bin/env bash
# Configures and builds Gatehouse into build/ (Ninja, RelWithDebInfo, ccache).
# Usage: scripts/build.sh [extra cmake -D options…] ; BUILD_DIR and TARGETS override.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ] || [ $# -gt 0 ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
# shellcheck disable=SC2086
cmake --build "$build_dir" --parallel "$(nproc)" ${TARGETS:+--target $TARGETS}
