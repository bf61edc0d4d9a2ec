#!/usr/bin/env bash
# Builds the libFuzzer target PolicyParseFuzz (ASan, coverage) and fuzzes it for N seconds.
#
#   Scripts/fuzz.sh [SECONDS] [extra libFuzzer flags…]     default 600 seconds
#   Scripts/fuzz.sh --build                                 build only
#
# Seeds: Fixtures/ and ../shared/corpus (read-only); the growing corpus is fuzz-out/corpus,
# crashes, hangs (-timeout=10) and out-of-memory inputs go to fuzz-out/crashes/ (git-ignored).
# Each run appends a line to fuzz-out/runs.tsv: end time, HEAD, the main commit merged into it,
# wall seconds, CPU seconds (user + system), executions.
# A found input is replayed without the fuzzer by `swift run PolicyParseFuzz FILE`; keep it as
# Fixtures/fuzz/<name>.bin and FuzzRegressionTests replays it in `swift test`.
# Environment: FUZZ_CONFIG=debug|release (default debug: assertions on), FUZZ_SCRATCH (.build-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

config="${FUZZ_CONFIG:-debug}"
scratch="${FUZZ_SCRATCH:-.build-fuzz}"
# SwiftPM's --sanitize=fuzzer links libFuzzer (-fsanitize=fuzzer for C) but swiftc 6.3 adds no
# coverage counters to Swift code from it, so ask for them; POLICYPARSE_FUZZ drops the replay main.
nice -n 19 swift build -c "$config" --scratch-path "$scratch" \
    --sanitize=fuzzer --sanitize=address \
    -Xswiftc -DPOLICYPARSE_FUZZ \
    -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    --product PolicyParseFuzz 2>&1 | grep -v "Cannot export local symbol" >&2
binary="$scratch/$config/PolicyParseFuzz"
[[ "${1:-}" == "--build" ]] && { echo "$binary"; exit 0; }

seconds="${1:-600}"
shift || true
mkdir -p fuzz-out/corpus fuzz-out/crashes
seeds=(Fixtures)
[[ -d ../shared/corpus ]] && seeds+=(../shared/corpus)

# ASan: report leaks off (the Swift runtime keeps caches), abort so libFuzzer saves the input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:allocator_may_return_null=1}"
# The Swift runtime backtracer reads memory ASan guards; let libFuzzer handle the crash instead.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
head_commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources || echo +dirty)
main_commit=$(git rev-parse --short "$(git merge-base HEAD main 2>/dev/null)" 2>/dev/null || echo -)
TIMEFORMAT="%R %U %S"
status=0
echo "fuzzing for ${seconds}s; progress in fuzz-out/last.log" >&2
{ time nice -n 19 "$binary" fuzz-out/corpus "${seeds[@]}" \
    -dict=Scripts/policy.dict -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix=fuzz-out/crashes/ "$@" > fuzz-out/last.log 2>&1 || status=$? ; } 2> fuzz-out/time.txt
grep -v -E '^#[0-9]+ +(REDUCE|NEW|pulse)' fuzz-out/last.log | tail -40 >&2
read -r real user sys < <(tail -1 fuzz-out/time.txt)
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' fuzz-out/last.log | grep -o '[0-9]*$' || echo "?")
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$head_commit" "$main_commit" "$real" "$(echo "$user + $sys" | bc)" "$execs" >> fuzz-out/runs.tsv
# A timeout may be CPU starvation under nice 19 rather than a hang: replay each one alone and
# move those that finish in under a second to fuzz-out/slow-under-load/.
for t in fuzz-out/crashes/timeout-*; do
    [[ -e "$t" ]] || continue
    start=$(date +%s%N)
    "$binary" -runs=1 "$t" > /dev/null 2>&1 || true
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if (( ms < 1000 )); then
        mkdir -p fuzz-out/slow-under-load
        mv "$t" fuzz-out/slow-under-load/
        echo "$(basename "$t"): replays in ${ms} ms, so a starved run, not a hang (moved to fuzz-out/slow-under-load/)" >&2
    else
        echo "$(basename "$t"): replays in ${ms} ms: a real slow input" >&2
    fi
done
echo "wall ${real}s, CPU $(echo "$user + $sys" | bc)s, $execs executions; crashes in fuzz-out/crashes/" >&2
ls fuzz-out/crashes >&2
exit $status
