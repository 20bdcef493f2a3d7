#!/usr/bin/env bash
# `make bench`: figures for the running platform. Starts the demo stack if it is not running
# (and leaves it running), then runs deploy/local/Bench.java with the JDK alone.
# Arguments via BENCH_ARGS, e.g. BENCH_ARGS="5000 32 100 20" make bench (requests, concurrency, samples, agreements).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$ROOT/deploy/local/compact" status >/dev/null 2>&1 || "$ROOT/deploy/local/compact" up
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; stack and load generator share it."
# shellcheck disable=SC2086
java "$ROOT/deploy/local/Bench.java" ${BENCH_ARGS:-}
