#!/bin/sh
# Prints the public API of the PolicyParse module from its symbol graph: the number of public
# types, their names, and every public symbol that has no doc comment. Exits 1 when there are
# more than 30 public types or an undocumented public symbol (Docs/Pipeline.md, "Public API").
#
#   Scripts/public-api.sh            # from the package root; needs swift and python3
set -eu
cd "$(dirname "$0")/.."
swift package dump-symbol-graph --minimum-access-level public >/dev/null
graph=$(find .build -path '*symbolgraph/PolicyParse.symbols.json' | head -n 1)
python3 - "$graph" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1]))
kinds = {"swift.struct", "swift.enum", "swift.class", "swift.protocol", "swift.typealias", "swift.actor"}
types, undocumented = [], []
for symbol in graph["symbols"]:
    name = ".".join(symbol["pathComponents"])
    if symbol["kind"]["identifier"] in kinds:
        types.append(name)
    # Conformances the compiler writes (hashValue, Sequence's filter …) carry no comment of ours.
    synthesized = "::SYNTHESIZED::" in symbol["identifier"]["precise"]
    if "docComment" not in symbol and not synthesized:
        undocumented.append(name)
print(f"public types: {len(types)} (at most 30)")
for name in sorted(types):
    print(f"  {name}")
print(f"public symbols: {len(graph['symbols'])}")
for name in sorted(undocumented):
    print(f"undocumented: {name}")
sys.exit(1 if len(types) > 30 or undocumented else 0)
PY
