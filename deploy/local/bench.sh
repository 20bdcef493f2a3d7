#!/usr/bin/env bash
# `make bench`: the figures that matter, in one table (see docs/performance.md). Starts the demo stack
# if it is not running (and leaves it running), then runs the bench from the launcher's jar
# (org.compactdpa.local.bench.BenchMain): adoptions, the public list and sealing against that stack;
# registry search over 200,000 agreements and the database's own ceiling on a stack of the bench's
# own in .local/bench, which it deletes afterwards. Takes about ten minutes on a 2-core machine.
# Sizes: BENCH_DISTRICTS, BENCH_OFFERS, BENCH_ROUND, BENCH_VISIBILITY, BENCH_BURST, BENCH_AGREEMENTS; BENCH_PARTS=adoptions,registry,ceiling.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/deploy/local/target/compact-local.jar"
[[ -f "$JAR" ]] || { echo "Missing $JAR: run 'make build' first." >&2; exit 1; }
"$ROOT/deploy/local/compact" status >/dev/null 2>&1 || "$ROOT/deploy/local/compact" up
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
  "the stack, the bench's own stack and the load generator share it."
# BENCH_CLASSPATH lets a developer run the bench's classes from elsewhere (e.g. compiled without a full build).
exec java -Xmx1g -Dcompact.root="$ROOT" -cp "${BENCH_CLASSPATH:+$BENCH_CLASSPATH:}$JAR:$ROOT/deploy/local/target/lib/*" \
  org.compactdpa.local.bench.BenchMain
