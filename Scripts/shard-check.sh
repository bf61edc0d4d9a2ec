#!/usr/bin/env bash
# A Slurm-style array on one machine: runs `policyparse batch --shard K/N` for K = 1..N in parallel
# (each its own --jsonl and --report, as Docs/Batch.md asks) and checks that the union of the
# shards equals one unsharded run: every document exactly once, the same lines, the same failures.
#
#   Scripts/shard-check.sh [-n N] [-b POLICYPARSE_BINARY] [INPUT...]
#
# INPUT defaults to Fixtures (and ../shared/corpus when present). Exit 0 when they agree.
set -euo pipefail
cd "$(dirname "$0")/.."
shards=4
binary=""
while getopts "n:b:" opt; do
    case "$opt" in
        n) shards="$OPTARG" ;;
        b) binary="$OPTARG" ;;
        *) echo "usage: $0 [-n N] [-b POLICYPARSE_BINARY] [INPUT...]" >&2; exit 64 ;;
    esac
done
shift $((OPTIND - 1))
binary="${binary:-$(swift build --show-bin-path)/policyparse}"
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
    inputs=(Fixtures)
    if [ -d ../shared/corpus ]; then inputs+=(../shared/corpus); else echo "shard-check: ../shared/corpus is absent; Fixtures only"; fi
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/policyparse-shards.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Exit status 1 means some inputs failed (they are in the report); anything else is an error.
run() { "$binary" batch "${inputs[@]}" --jobs 1 --quiet "$@" || [ $? -eq 1 ]; }

pids=()
for k in $(seq 1 "$shards"); do
    run --shard "$k/$shards" --jsonl "$work/part-$k.jsonl" --report "$work/fail-$k.jsonl" &
    pids+=($!)
done
run --jsonl "$work/all.jsonl" --report "$work/fail-all.jsonl"
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
if [ $status -ne 0 ]; then echo "shard-check: a shard run failed"; exit 1; fi

# Each line names its input ("source" or "path"), so sorted lines compare documents exactly.
LC_ALL=C sort "$work"/part-*.jsonl > "$work/union.sorted"
LC_ALL=C sort "$work/all.jsonl" > "$work/all.sorted"
LC_ALL=C sort "$work"/fail-[0-9]*.jsonl > "$work/fail-union.sorted"
LC_ALL=C sort "$work/fail-all.jsonl" > "$work/fail-all.sorted"
documents=$(wc -l < "$work/all.sorted")
failures=$(wc -l < "$work/fail-all.sorted")
per_shard=$(for k in $(seq 1 "$shards"); do printf '%s ' "$(wc -l < "$work/part-$k.jsonl")"; done)
echo "shard-check: $shards shards with ${per_shard}documents; unsharded $documents documents, $failures failed inputs"
if ! cmp -s "$work/union.sorted" "$work/all.sorted"; then
    echo "shard-check: FAILED: the union of the shards differs from the unsharded run"
    diff <(cut -c1-160 "$work/union.sorted") <(cut -c1-160 "$work/all.sorted") | head -10
    exit 1
fi
if ! cmp -s "$work/fail-union.sorted" "$work/fail-all.sorted"; then
    echo "shard-check: FAILED: the shards' failure reports differ from the unsharded run's"
    exit 1
fi
if [ "$(LC_ALL=C uniq -d "$work/union.sorted" | wc -l)" -ne 0 ]; then
    echo "shard-check: FAILED: a document appears in two shards"
    exit 1
fi
echo "shard-check: OK, the union of the $shards shards equals one unsharded run"
