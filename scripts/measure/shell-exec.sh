#!/bin/sh
# Does a shell replace itself (exec) with the last command it runs? For each shell on this machine,
# start it in the background, wait, and read /proc/<pid>/comm: "sleep" means the shell exec'd the
# command (the process that was the shell is now sleep); the shell's own name means it stayed as
# the parent, as it would stay PID 1 in a container.
#   usage: scripts/measure/shell-exec.sh [shell ...]   (default: dash bash "busybox sh")
# A shell is a command line split on spaces, so a shell from another release runs too, e.g. Debian
# 13's dash unpacked with its libc6: "/x/usr/lib64/ld-linux-x86-64.so.2 --library-path /x/usr/lib/x86_64-linux-gnu /x/usr/bin/dash"
# (the shell then shows as ld-linux-x86-64 while it stays the parent).
set -u
script=$(mktemp)
trap 'rm -f "$script"' EXIT
printf '/bin/sleep 30\n' >"$script"

probe() { # probe LABEL COMMAND...: runs COMMAND in the background and reports what its process became
  label=$1; shift
  "$@" &
  pid=$!
  sleep 0.5
  comm=$(cat "/proc/$pid/comm" 2>/dev/null || echo gone)
  kill "$pid" 2>/dev/null; pkill -P "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  if [ "$comm" = sleep ]; then verdict='exec (the command took over)'; else verdict="stays ($comm is the parent)"; fi
  printf '%-12s %-40s %s\n' "$SHNAME" "$label" "$verdict"
}

[ $# -gt 0 ] || set -- dash bash "busybox sh"
for sh in "$@"; do
  SHNAME=$sh
  first=${sh%% *}
  command -v "$first" >/dev/null 2>&1 || { printf '%-12s not installed\n' "$sh"; continue; }
  # $sh is split on purpose: "busybox sh" is two words.
  probe "-c '/bin/sleep 30'" $sh -c '/bin/sleep 30'
  probe "-c '/bin/sleep 30 | cat'" $sh -c '/bin/sleep 30 | cat'
  probe "-c '/bin/sleep 30; true'" $sh -c '/bin/sleep 30; true'
  probe "-c 'true; /bin/sleep 30'" $sh -c 'true; /bin/sleep 30'
  probe "-c 'exec /bin/sleep 30'" $sh -c 'exec /bin/sleep 30'
  probe "script, last line /bin/sleep 30" $sh "$script"
done
