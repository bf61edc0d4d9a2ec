#!/usr/bin/env bash
# Figures for Docs/Performance.md, "Corpus database" (run from the repository root, release build,
# ../shared/corpus present):
#   1. index time per MB against `batch --jsonl` on the same corpus (best of REPS, fresh database each run);
#   2. database size per MB of input;
#   3. query latency on a database of DOCS documents made by replicating the corpus (median of REPS,
#      the whole `policyparse query …` process, start-up included).
# Usage: Scripts/store-bench.sh [COPIES=20] [DOCS=10000] [REPS=3] [JOBS=2]
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${COPIES:-20}; DOCS=${DOCS:-10000}; REPS=${REPS:-3}; JOBS=${JOBS:-2}
BIN=${BIN:-.build/release/policyparse}
[ -x "$BIN" ] || swift build -c release --product policyparse
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

sources=(../shared/corpus/seeds/*.txt ../shared/corpus/real/*.txt)
copy() {  # copy N DIR: N copies of the corpus under DIR/setK/
    for k in $(seq 1 "$1"); do mkdir -p "$2/set$k"; cp "${sources[@]}" "$2/set$k/"; done
}
now() { date +%s.%N; }
best() {  # best REPS command…: the fastest wall time in seconds
    local b=""
    for _ in $(seq 1 "$REPS"); do
        rm -f "$work"/t.sqlite*
        local s; s=$(now); "$@" >/dev/null 2>&1 || true; local e; e=$(now)
        b=$(awk -v b="$b" -v t="$(echo "$e - $s" | bc)" 'BEGIN { print (b == "" || t < b) ? t : b }')
    done
    echo "$b"
}

copy "$COPIES" "$work/corpus"
bytes=$(cat "$work"/corpus/*/*.txt | wc -c); files=$(ls "$work"/corpus/*/*.txt | wc -l)
mb=$(echo "scale=3; $bytes / 1000000" | bc)
echo "corpus: $files files, $mb MB ($COPIES copies of ${#sources[@]} documents), --jobs $JOBS, best of $REPS"
batch=$(best "$BIN" batch "$work/corpus" --jsonl "$work/all.jsonl" --jobs "$JOBS" --quiet)
index=$(best "$BIN" index "$work/corpus" --db "$work/t.sqlite" --jobs "$JOBS" --quiet)
# CPU seconds (user + system) of one run each: on a shared machine the fairer comparison.
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{ print $1 + $2 }'; }
batchcpu=$(cpu "$BIN" batch "$work/corpus" --jsonl "$work/all.jsonl" --jobs "$JOBS" --quiet)
rm -f "$work"/t.sqlite*
indexcpu=$(cpu "$BIN" index "$work/corpus" --db "$work/t.sqlite" --jobs "$JOBS" --quiet)
echo "cpu: batch $batchcpu s, index $indexcpu s = $(echo "scale=2; $indexcpu / $batchcpu" | bc)x"
dbbytes=$(cat "$work"/t.sqlite* | wc -c)
awk -v mb="$mb" -v b="$batch" -v i="$index" -v d="$dbbytes" 'BEGIN {
    printf "batch --jsonl   %6.2f s  %6.1f ms/MB  %6.2f MB/s\n", b, 1000 * b / mb, mb / b
    printf "index (fresh)   %6.2f s  %6.1f ms/MB  %6.2f MB/s  = %.2fx batch\n", i, 1000 * i / mb, mb / i, i / b
    printf "database        %6.1f MB = %.2f MB per MB of input\n", d / 1e6, d / 1e6 / mb }'
s=$(now); "$BIN" index "$work/corpus" --db "$work/t.sqlite" --jobs "$JOBS" --quiet; e=$(now)
echo "rerun, nothing changed: $(echo "$e - $s" | bc) s for $files files"

# The large database.
per=${#sources[@]}; big=$(( (DOCS + per - 1) / per ))
rm -rf "$work/corpus"; copy "$big" "$work/big"
bigfiles=$(ls "$work"/big/*/*.txt | wc -l); bigmb=$(echo "scale=1; $(cat "$work"/big/*/*.txt | wc -c) / 1000000" | bc)
s=$(now); "$BIN" index "$work/big" --db "$work/big.sqlite" --jobs "$JOBS" --quiet; e=$(now)
echo "large database: $bigfiles documents, $bigmb MB, indexed in $(echo "$e - $s" | bc) s, $(( $(cat "$work"/big.sqlite* | wc -c) / 1000000 )) MB"
median() {  # median REPS command…: the median wall time in milliseconds
    for _ in $(seq 1 "$REPS"); do
        local s; s=$(now); "$@" >/dev/null; local e; e=$(now)
        echo "($e - $s) * 1000" | bc
    done | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] }'
}
q() { printf "%-62s %6s ms\n" "$*" "$(median "$BIN" query "$@" --db "$work/big.sqlite" --format csv)"; }
q tasks --department 市经济信息化委
q tasks --department 工业和信息化部 --role lead
q targets --year 2025
q targets --year 2025 --kind amount --department 财政部
q search 数据要素
q search 网络安全产业 --limit 20
q departments --top 20
q network
q sql "SELECT count(*) FROM tasks"
