#!/usr/bin/env bash
# CPU seconds of each thread of one pgbackup JVM (not of pg_dump, igzip or psql), summed by thread
# name, with the launcher's options or with PGBACKUP_JAVA_OPTS; for instance, to compare the
# launcher's JIT options with none, against a database set up like bench/backup-bench.sh's:
#   bench/jvm-cpu.sh backup --store file:///tmp/store
#   PGBACKUP_JAVA_OPTS="-Xmx192m -Xmn24m -XX:+UseSerialGC" bench/jvm-cpu.sh backup --store file:///tmp/store
# Not part of the test suite. Linux only (reads /proc).
set -euo pipefail
cd "$(dirname "$0")/.."
backup-job/pgbackup "$@" > /dev/null 2> /tmp/pgbackup-jvm-cpu.err &
pid=$!
declare -A last
while kill -0 "$pid" 2>/dev/null; do
  for f in /proc/"$pid"/task/*/stat; do
    line=$(cat "$f" 2>/dev/null) || continue
    tid=${f#/proc/$pid/task/}
    last[${tid%/stat}]=$line
  done
  sleep 0.1
done
wait "$pid" || { echo "pgbackup failed:" >&2; tail -5 /tmp/pgbackup-jvm-cpu.err >&2; exit 1; }
for t in "${!last[@]}"; do echo "${last[$t]}"; done \
  | sed -E 's/^[0-9]+ \(([^)]*)\) /\1|/' \
  | awk -F'|' '{split($2, a, " "); cpu[$1] += a[12] + a[13]; all += a[12] + a[13]}
      END {for (n in cpu) if (cpu[n] >= 2) printf "%7.2f s  %s\n", cpu[n] / 100, n; printf "%7.2f s  all threads\n", all / 100}' \
  | sort -rn
tail -1 /tmp/pgbackup-jvm-cpu.err
