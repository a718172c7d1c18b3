#!/usr/bin/env bash
# Start-up and end of a backup, where the dump itself takes no time: pgbackup backs up one small
# table of a throwaway PostgreSQL, with its warm-up thread (the default) and without it
# (-Dpgbackup.no-warmup=true), in ROUNDS (default 15) interleaved pairs, alternating which goes
# first. Prints the median wall time of each and their ratio. Not part of the test suite.
#   bench/start-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-15}
[ -f backup-job/target/pgbackup.jar ] || mvn -q -B -DskipTests -pl backup-job -am package

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/pgbackup-start.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
AS=""; [ "$(id -u)" -eq 0 ] && AS="unshare -U"
cleanup() {
  $AS "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGDATABASE=bench PGBACKUP_PG_BIN=$PGBIN
export ENCRYPTION_KEY="start-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
$AS "$PGBIN/initdb" -D "$WORK/data" -A trust -U postgres --no-sync >/dev/null
$AS "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
"$PGBIN/psql" -q -d postgres -c "CREATE DATABASE bench"
"$PGBIN/pgbench" -i -q -s 1 bench >/dev/null 2>&1

# one NAME [JAVA_TOOL_OPTIONS]: one backup of pgbench_branches, its wall milliseconds appended to $WORK/NAME
one() {
  rm -rf "$WORK/store"
  local s e
  s=$(date +%s%N)
  JAVA_TOOL_OPTIONS=${2:-} backup-job/pgbackup backup --store "file://$WORK/store" -- --table=pgbench_branches >/dev/null 2>"$WORK/err" \
    || { cat "$WORK/err" >&2; exit 1; }
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 )) >> "$WORK/$1"
}
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 )); then one warm; one cold -Dpgbackup.no-warmup=true
  else one cold -Dpgbackup.no-warmup=true; one warm; fi
done
median() { sort -n "$WORK/$1" | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
W=$(median warm); C=$(median cold)
echo "backup of one small table, median of $ROUNDS: with warm-up $W ms, without $C ms, ratio $(awk -v a="$W" -v b="$C" 'BEGIN{printf "%.2f", a/b}')"
echo "  with:    $(sort -n "$WORK/warm" | tr '\n' ' ')"
echo "  without: $(sort -n "$WORK/cold" | tr '\n' ' ')"
