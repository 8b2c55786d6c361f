#!/usr/bin/env bash
# Whole-process benchmarks against the budgets of #17 (needs hyperfine;
# valgrind adds instruction counts):
#   1. start-up: each command on the built-in data at most 2.5x a hello-world
#      built with the same release profile, as the ratio of medians measured
#      interleaved in one run;
#   2. user data (benches/scale.py): 1, 10 and 50 MB for compare, salary
#      --level and check, in many small files and in a few large ones; 10 MB
#      within 0.5 s, 50 MB within 6x the 10 MB time, peak memory within 8x
#      the bytes read;
#   3. instruction counts (valgrind), which unlike wall time do not move with
#      a shared host's load.
# Usage: bash benches/run.sh            results in target/bench/
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }

cargo build --release --quiet
cargo build --release --quiet --manifest-path benches/hello/Cargo.toml
out=target/bench
mkdir -p "$out"
hello=benches/hello/target/release/hello
careers=$PWD/target/release/careers

# No user data: only the built-in data is measured.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/share
unset CAREERS_DATA_DIR

startup=("$careers compare backend frontend" "$careers salary --level senior" "$careers skills backend"
  "$careers salary backend --area Cincinnati" "$careers where backend" "$careers offer 150k backend --area Austin"
  "$careers industries backend")

# Short rounds alternate between the commands, so drift on a shared machine
# falls on every command alike; the report pools the rounds.
rm -f "$out"/startup-*.json
for round in $(seq 10); do
  hyperfine -N --style none --warmup 5 --runs 30 --export-json "$out/startup-$round.json" \
    "$hello" "${startup[@]}" >/dev/null
done
python3 benches/report.py startup "$out"/startup-*.json

if command -v valgrind >/dev/null; then
  echo "instructions (valgrind callgrind; the same on every run)"
  hello_ir=
  for c in "$hello" "${startup[@]}"; do
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $c 2>&1 >/dev/null | sed -n 's/.*Collected : //p')
    hello_ir=${hello_ir:-$ir}
    awk -v c="${c##*/}" -v ir="$ir" -v h="$hello_ir" 'BEGIN { printf "  %-40s %6.2f M  %5.2fx\n", c, ir / 1e6, ir / h }'
  done
fi

# User data: 1, 10 and 50 MB in many small files and in a few large ones,
# with peak memory (benches/scale.py says the budgets).
python3 benches/scale.py "$careers" "$out"
