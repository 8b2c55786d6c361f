#!/usr/bin/env zsh
# Types each LINE into a real interactive bash, zsh or fish, presses Tab,
# then runs the line as completed (with `args` put in front of it, a function
# that records its arguments), so a test sees what a user would get on
# pressing Enter. Prints, for each line, the edit buffer after Tab, a NUL,
# the arguments the line ran with (each ended by \x1f), and a NUL.
# usage: press-tab.zsh bash|zsh|fish COMPLETIONS_DIR LINE...
emulate -L zsh
zmodload zsh/zpty || { print -u2 "zsh/zpty is not available"; exit 3 }
local kind=$1 scripts=${2:a}; shift 2
local tmp=$(mktemp -d)
export BUFFERS=$tmp/buffers ARGS=$tmp/args
: > $BUFFERS; : > $ARGS
# Each shell's setup, sourced from a file so that it is written in its own syntax.
case $kind in
  bash)
    print -r -- "source ${(q)scripts}/careers.bash"'
bind -x '\''"\C-o": printf "%s\0" "$READLINE_LINE" >> "$BUFFERS"'\''
bind '\''"\C-t": beginning-of-line'\''
args() { printf "%s\037" "$@" >> "$ARGS"; printf "\0" >> "$ARGS"; }' > $tmp/rc
    zpty z bash --norc --noprofile -i ;;
  zsh)
    print -r -- "fpath=(${(q)scripts} \$fpath)"'
autoload -Uz compinit && compinit -u -d "${BUFFERS:h}/dump"; bindkey -e
to-start() { CURSOR=0 }; zle -N to-start; bindkey "^T" to-start
dump() { print -rn -- "$BUFFER"$'\''\0'\'' >> "$BUFFERS" }; zle -N dump; bindkey "^O" dump
args() { printf "%s\037" "$@" >> "$ARGS"; printf "\0" >> "$ARGS" }' > $tmp/rc
    zpty z zsh -f -i ;;
  fish)
    print -r -- "source ${(q)scripts}/careers.fish"'
bind \co '\''printf "%s\0" (commandline | string collect) >> "$BUFFERS"'\''
bind \ct beginning-of-buffer
function args; printf "%s\037" $argv >> "$ARGS"; printf "\0" >> "$ARGS"; end' > $tmp/rc
    zpty z fish --no-config -i ;;
  *) print -u2 "unknown shell $kind"; exit 2 ;;
esac
zpty -w z "source $tmp/rc"
sleep 0.5
local line n=0 i
for line in "$@"; do
  (( n++ ))
  # Tab, then Ctrl-O to record the buffer, then Ctrl-T (to the start of the
  # buffer, which may hold a newline) `args ` Enter to run it.
  zpty -w -n z "$line"$'\t\x0f\x14args \r'
  for i in {1..50}; do
    (( $(tr -cd '\0' < $ARGS | wc -c) >= n )) && break
    sleep 0.1
  done
done
zpty -d z
local -a b a
b=("${(@0)$(<$BUFFERS)}") a=("${(@0)$(<$ARGS)}")
for (( i = 1; i <= $#; i++ )); do
  print -rn -- "${b[i]}"$'\0'"${a[i]}"$'\0'
done
rm -rf $tmp
