#!/usr/bin/env bash
# The libFuzzer harness of RELIABILITY 13: builds fuzz/ with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer into build-fuzz/ and runs it
# over the seeds in fuzz/seeds. Exit 0: the runs ended with no crash, no
# sanitizer report and no broken property.
# Usage: scripts/fuzz.sh [runs]   (default 1000000; FUZZ_DIR overrides build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
dir=${FUZZ_DIR:-build-fuzz}

scripts/setup.sh
if [ ! -f "$dir/build.ninja" ]; then
  CXX=clang++ cmake -S fuzz -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$dir" --parallel "$(nproc)"

# The corpus grows in the build folder; the committed seeds stay as they are.
mkdir -p "$dir/corpus"
started=$(date +%s)
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  "$dir/fuzz_untrusted_json" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$dir/" "$dir/corpus" fuzz/seeds 2>"$dir/fuzz.log" || {
  status=$?
  tail -n 60 "$dir/fuzz.log"
  echo "fuzz: FAILED (exit $status); the input is in $dir (crash-*), the log in $dir/fuzz.log"
  exit "$status"
}
grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$dir/fuzz.log" || true
echo "fuzz: $runs executions, no crash, in $(( $(date +%s) - started )) s"
