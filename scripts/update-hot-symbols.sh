#!/usr/bin/env bash
# Regenerate build/hot-symbols.txt: the functions of careers that the
# start-up benchmark's commands run, which build.rs asks the linker to lay
# out side by side. Start-up on this VM is paid mostly in page faults, and
# with the functions scattered over 1.7 MB of code `compare` faulted in 23
# separate 64 KiB windows of it (#5).
#
# The names are mangled with a hash of the crate and the compiler version,
# so rerun this after a toolchain or dependency update, or when the
# benchmark reports few of the names found. Needs valgrind.
# Usage: bash scripts/update-hot-symbols.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed: apt-get install valgrind" >&2; exit 2; }

cargo build --release --quiet
bin=target/release/careers
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Built-in data only, as in the benchmark.
export HOME=$tmp XDG_DATA_HOME=$tmp/share
unset CAREERS_DATA_DIR

# The commands in order of weight: those compare runs come first, so its
# own code is the most tightly packed.
commands=(
  "compare backend frontend"
  "salary --level senior"
  "skills backend"
  "salary backend --area Cincinnati"
  "--version"
)
for args in "${commands[@]}"; do
  # shellcheck disable=SC2086 # each entry is one command's arguments
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$tmp/cg" "$bin" $args >/dev/null 2>&1
  # A function is named in full where the profile first mentions it.
  sed -n 's/^c\{0,1\}fn=([0-9]*) //p' "$tmp/cg"
done | awk '!seen[$0]++' >"$tmp/run"

# Keep only the binary's own functions: libc's are laid out by libc.
nm --defined-only "$bin" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u >"$tmp/defined"
awk 'NR == FNR { defined[$0] = 1; next } $0 in defined' "$tmp/defined" "$tmp/run" >build/hot-symbols.txt
echo "build/hot-symbols.txt: $(wc -l <build/hot-symbols.txt) functions"
