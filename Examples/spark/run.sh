#!/usr/bin/env bash
# Runs the PySpark example on Fixtures/ (and ../shared/corpus when present) and checks its Parquet
# against `policyparse batch`. Sets up its own virtual environment (pyspark from PyPI) once.
#
#   Examples/spark/run.sh [POLICYPARSE_BINARY]
#
# Environment: POLICYPARSE_VENV (default .build-venv/spark) is where pyspark is installed.
# Without java on the PATH it prints a line saying so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-$(swift build --show-bin-path)/policyparse}"
if ! command -v java >/dev/null 2>&1; then
    echo "Examples/spark: SKIP: java is not installed (pyspark needs Java 17)"
    exit 0
fi
venv="${POLICYPARSE_VENV:-.build-venv/spark}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyspark>=3.5'
fi
case "$venv" in /*) ;; *) venv="$PWD/$venv" ;; esac
export PYSPARK_PYTHON="$venv/bin/python"
exec "$venv/bin/python" Examples/spark/check.py --policyparse "$binary"
