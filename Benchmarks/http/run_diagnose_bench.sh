#!/usr/bin/env bash
# Career diagnostic over HTTP: POST /diagnostics req/s with wrk, next to GET /health in the same run.
#
#   Benchmarks/http/run_diagnose_bench.sh [--skip-build] [--runs 3] [--duration 20] [--connections 16] [--threads 1] [--binary PATH] [--port N]
#
# --binary serves with another build (e.g. a copy of main's release binary, to compare before/after
# alternately in one window); it implies --skip-build.
# Needs wrk (Debian: apt-get install -y wrk) and curl. Builds the release binary unless --skip-build,
# serves the default catalogue from a fresh database in a temporary folder, warms up, then runs
# /health and /diagnostics alternately --runs times and prints each figure and the medians.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
runs=3 duration=20 connections=16 threads=1 build=1 port=18080 binary="$root/.build/release/skillway"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-build) build=0; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --binary) binary="$2"; build=0; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
cd "$root"
if [[ $build == 1 ]]; then swift build -c release --product skillway; fi

work="$(mktemp -d)"
server=""
cleanup() { if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

# The per-address rate limit (default 120/20) would turn a single-address load test into 429s.
"$binary" serve --port "$port" --db "$work/bench.sqlite" --log-level warning --address-rate 1000000/1000000 2>"$work/server.log" &
server=$!
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "server did not start" >&2; cat "$work/server.log" >&2; exit 1; }

# One diagnosis, to show what is measured.
curl -fs -X POST -H 'Content-Type: application/json' --data @"$root/Benchmarks/http/profile-sample.json" \
  -o "$work/sample.json" "http://127.0.0.1:$port/diagnostics"
echo "sample diagnosis: $(wc -c <"$work/sample.json") bytes: $(head -c 200 "$work/sample.json")..."

rps() { awk '/Requests\/sec/ { print $2 }'; }
lua="$root/Benchmarks/http/diagnose.lua"
base="http://127.0.0.1:$port"
echo "warm-up..."
wrk -t"$threads" -c"$connections" -d5s -s "$lua" "$base/diagnostics" >/dev/null
# CPU seconds the server has used so far (user + system), from /proc.
server_cpu() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tick }' "/proc/$server/stat"; }
health=() diagnose=() cost=() capacity=()
for run in $(seq 1 "$runs"); do
  h=$(wrk -t"$threads" -c"$connections" -d"${duration}s" "$base/health" | tee "$work/health-$run.txt" | rps)
  before=$(server_cpu)
  /usr/bin/time -f "%U %S" -o "$work/wrk-cpu-$run.txt" \
    wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$lua" "$base/diagnostics" >"$work/diagnose-$run.txt"
  after=$(server_cpu)
  d=$(rps <"$work/diagnose-$run.txt")
  n=$(awk '/requests in/ { print $1 }' "$work/diagnose-$run.txt")
  # CPU per diagnosis (server and load generator), and what two otherwise idle cores could serve.
  ms=$(awk -v a="$before" -v b="$after" -v n="$n" 'BEGIN { printf "%.2f", (b - a) * 1000 / n }')
  wrkms=$(awk -v n="$n" '{ printf "%.2f", ($1 + $2) * 1000 / n }' "$work/wrk-cpu-$run.txt")
  cap=$(awk -v s="$ms" -v w="$wrkms" 'BEGIN { printf "%.0f", 2000 / (s + w) }')
  grep -E "Latency|Non-2xx|errors" "$work/diagnose-$run.txt" | sed 's/^/    /' || true
  echo "run $run: /health $h req/s, POST /diagnostics $d req/s; server CPU $ms ms + wrk $wrkms ms per diagnosis => $cap/s on 2 idle cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  health+=("$h") diagnose+=("$d") cost+=("$ms") capacity+=("$cap")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
mh=$(median "${health[@]}") md=$(median "${diagnose[@]}") mc=$(median "${cost[@]}") mk=$(median "${capacity[@]}")
echo "median of $runs: /health $mh req/s, POST /diagnostics $md req/s, ratio $(awk -v d="$md" -v h="$mh" 'BEGIN { printf "%.3f", d / h }'); server CPU $mc ms per diagnosis; capacity on 2 idle cores $mk/s"
echo "cores: $(nproc), wrk -t$threads -c$connections -d${duration}s, $(uname -m), load now: $(cut -d' ' -f1-3 /proc/loadavg)"
