#!/usr/bin/env bash
# Two versions of the platform compared on PostgreSQL, in alternating runs (see docs/performance.md, "Comparing two
# versions"):
#   bench/compare.sh OLD_REV NEW_REV [rounds=3] [seconds=60] [concurrency=16]
# A machine's speed can move by a third from one run to the next, more than most changes' effect: one run of each
# says little, and runs of one version after the other mix the change with the machine's moments. So each round runs
# OLD then NEW, each on a database emptied before it (BENCH_RESET, below), and the summary gives every pair's CPU per
# intake and statements per intake (these do not move with the machine) and the means.
# Each revision is checked out in a worktree of its own under bench/target/compare/ and its jar built there once.
# BENCH_RESET is the command that empties the benchmark's database (default, run as root on Debian's server: drop and
# create liandong_bench as postgres, with pg_stat_statements). LIANDONG_DB_URL etc. as for bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=${1:?old revision}; NEW=${2:?new revision}; ROUNDS=${3:-3}; SECONDS_=${4:-60}; CONC=${5:-16}
RESET=${BENCH_RESET:-"su postgres -c \"psql -qc 'DROP DATABASE IF EXISTS liandong_bench' -c 'CREATE DATABASE liandong_bench OWNER liandong'\" && su postgres -c \"psql -d liandong_bench -qc 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'\""}
export LIANDONG_DB_URL=${LIANDONG_DB_URL:-jdbc:postgresql://localhost:5432/liandong_bench}
export LIANDONG_DB_USER=${LIANDONG_DB_USER:-liandong} LIANDONG_DB_PASSWORD=${LIANDONG_DB_PASSWORD:-liandong}
BASE=$PWD/bench/target/compare; mkdir -p "$BASE"
OUT=$BASE/$(date +%Y%m%d-%H%M%S).txt

checkout() { # revision -> directory with its jar built
  local dir=$BASE/$(git rev-parse --short "$1")
  if [ ! -d "$dir" ]; then git worktree add -q --detach "$dir" "$1"; fi
  if ! ls "$dir"/target/liandong-*.jar >/dev/null 2>&1; then (cd "$dir" && ./mvnw -q -B -DskipTests package); fi
  echo "$dir"
}
OLD_DIR=$(checkout "$OLD"); NEW_DIR=$(checkout "$NEW")

for round in $(seq 1 "$ROUNDS"); do
  for side in OLD NEW; do
    dir=$OLD_DIR; [ $side = NEW ] && dir=$NEW_DIR
    bash -c "$RESET" >/dev/null 2>&1
    echo "=== round $round $side $(date +%T)" >>"$OUT"
    (cd "$dir" && bench/run.sh postgres "$SECONDS_" "$CONC") >>"$OUT" 2>&1
  done
done

# the summary: per run, intake rate, CPU per intake (platform + PostgreSQL) and statements (BEGIN); then the means
awk -v old="$OLD" -v new="$NEW" '
  /^=== round/ { side = $4; round = $3 }
  /^intake \(both\)/ { rate[round, side] = $3 }
  /^CPU per intake/ { p[round, side] = $5; d[round, side] = $9; t[round, side] = $12 }
  /^statements per intake/ { st[round, side] = $4; b[round, side] = $8; sub(/\),?/, "", b[round, side]) }
  END {
    printf "%-6s %-5s %10s %28s %18s\n", "round", "side", "intake", "CPU per intake (ms)", "statements (BEGIN)"
    for (r = 1; r <= 1000; r++) for (s = 0; s < 2; s++) {
      side = s ? "NEW" : "OLD"
      if (!((r, side) in rate)) continue
      printf "%-6d %-5s %10s %12s + %5s = %5s %10s (%s)\n", r, side, rate[r, side], p[r, side], d[r, side], t[r, side], st[r, side], b[r, side]
      sum[side] += t[r, side]; n[side]++
    }
    printf "mean CPU per intake: OLD (%s) %.2f ms, NEW (%s) %.2f ms\n", old, n["OLD"] ? sum["OLD"] / n["OLD"] : 0, new, n["NEW"] ? sum["NEW"] / n["NEW"] : 0
  }' "$OUT" | tee -a "$OUT"
echo "(all output in $OUT)"
