#!/usr/bin/env bash
# Regenerate the committed completion scripts from the current binary.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
for pair in bash:careers.bash zsh:_careers fish:careers.fish powershell:_careers.ps1 elvish:careers.elv; do
  target/debug/careers completions "${pair%%:*}" > "completions/${pair#*:}"
done
echo "completions/ updated"
