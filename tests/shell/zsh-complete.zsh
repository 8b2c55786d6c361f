#!/usr/bin/env zsh
# Types a command line into a real interactive zsh, presses Tab, and prints
# the line as zsh left it, so a test sees exactly what a user would.
# usage: zsh-complete.zsh COMPLETIONS_DIR "careers compare b"
emulate -L zsh
zmodload zsh/zpty || { print -u2 "zsh/zpty is not available"; exit 3 }
local dir=$1 line=$2 out=$(mktemp)
: > $out
zpty z zsh -f -i
zpty -w z "fpath=(${(q)dir} \$fpath); autoload -Uz compinit && compinit -u -d ${(q)out}.dump"
# Ctrl-O writes the edit buffer to the output file.
zpty -w z "dump() { print -r -- \"\$BUFFER\" > ${(q)out} }; zle -N dump; bindkey '^O' dump"
sleep 0.5
zpty -w -n z "$line"$'\t'
sleep 1
zpty -w -n z $'\x0f'
for i in {1..50}; do [[ -s $out ]] && break; sleep 0.2; done
zpty -d z
cat $out
rm -f $out $out.dump
