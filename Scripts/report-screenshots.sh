#!/usr/bin/env bash
# Rewrites the screenshots in Docs/ (report-document.png, report-corpus.png) with headless chromium:
# the report of Fixtures/documents/action-plan.txt, and the dashboard of the shared corpus
# (../shared/corpus; the fixtures when it is absent). Needs chromium and a CJK font
# (apt-get install chromium fonts-wqy-microhei) and a built policyparse (swift build).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${POLICYPARSE:-.build/debug/policyparse}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shoot() { # page.html out.png width height
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
        --window-size="$3,$4" --screenshot="$2" "file://$1" 2>/dev/null
}
"$bin" report Fixtures/documents/action-plan.txt -o "$work/plan.html"
# Opened at a node (三.（二）), so the picture shows a marked span and the current node in the tree.
shoot "$work/plan.html#n8" Docs/report-document.png 1280 860
if [ -d ../shared/corpus/real ]; then corpus=(../shared/corpus/real ../shared/corpus/seeds); else corpus=(Fixtures/documents); fi
"$bin" index "${corpus[@]}" --db "$work/plans.sqlite" --quiet
"$bin" report --db "$work/plans.sqlite" -o "$work/corpus.html"
shoot "$work/corpus.html" Docs/report-corpus.png 1280 1500
ls -l Docs/report-document.png Docs/report-corpus.png
