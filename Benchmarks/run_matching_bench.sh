#!/usr/bin/env bash
# Matching engine speed benchmark: skillway rank vs scikit-learn on one core (see BENCHMARKS.md).
#   Benchmarks/run_matching_bench.sh [--repeats 3] [--documents 100000] ...
set -euo pipefail
cd "$(dirname "$0")/.."
CORE="${BENCH_CORE:-0}"
if [ ! -x Benchmarks/.venv/bin/python ]; then
    python3 -m venv Benchmarks/.venv
    Benchmarks/.venv/bin/pip install --quiet scikit-learn numpy scipy snowballstemmer==3.1.1
fi
BINARY="${SKILLWAY_BINARY:-.build/release/skillway}"
if [ -z "${SKIP_BUILD:-}" ]; then
    swift build -c release --product skillway
fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
exec taskset -c "$CORE" Benchmarks/.venv/bin/python Benchmarks/matching_bench.py --binary "$BINARY" "$@"
