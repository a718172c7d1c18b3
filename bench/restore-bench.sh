#!/usr/bin/env bash
# Benchmark of a restore over the live database against the standard tools into an empty one.
#
#   bench/restore-bench.sh [SCALE] [JSON_ROWS]      (defaults: 100 and 1000000: ~1.8 GB of dump text)
#
# Builds the data set of backup-bench.sh, takes one pgbackup backup and one seed-recipe file
# (pg_dump | gzip | gpg), applies a migration to the live database, then times in REPEAT (default 3)
# interleaved rounds, in a rotating order: `gpg -d | gunzip | psql --single-transaction` into an empty
# database (the baseline) and `pgbackup restore --yes` over the live, migrated database, with --jobs 1
# (one psql session) and --jobs 2 (parallel load), and once a round `pgbackup restore --table` of the
# largest table into a new database. During each pgbackup
# restore an application loop connects and queries every 50 ms; its longest gap between two
# successful queries is the downtime the application sees, printed beside the switch window that
# pgbackup logs. Prints medians and per-round figures. Not part of the test suite.
#   REPEAT=1 bench/restore-bench.sh 2 20000      a quick run on a 30 MB dump
set -euo pipefail
SCALE=${1:-100}
JSON_ROWS=${2:-1000000}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/common.sh
REPEAT=${REPEAT:-3}
export GNUPGHOME=$WORK/gnupg; mkdir -p -m 700 "$GNUPGHOME"
PASS="--batch --quiet --pinentry-mode loopback --passphrase-file <(printf %s \"\$ENCRYPTION_KEY\")"

DUMP_BYTES=$("$PGBIN/pg_dump" bench | wc -c)
backup-job/pgbackup backup --store "file://$WORK/store" > "$WORK/id" 2>/dev/null
ID=$(cat "$WORK/id")
bash -c "set -o pipefail; $PGBIN/pg_dump bench | gzip | gpg $PASS --symmetric --cipher-algo AES256 > $WORK/seed.gz.gpg"
migrate() {
  "$PGBIN/psql" -q -d bench -c "CREATE TABLE IF NOT EXISTS order_notes(id int PRIMARY KEY, aid int REFERENCES pgbench_accounts(aid), note text)" \
    -c "CREATE OR REPLACE VIEW branch_totals AS SELECT bid, sum(abalance) FROM pgbench_accounts GROUP BY bid" \
    -c "UPDATE pgbench_branches SET bbalance = bbalance + 1"
}

# app LOG: connects and queries every 50 ms until killed, one line per try: epoch ms and ok/fail
app() {
  while :; do
    if "$PGBIN/psql" -X -Atq -d bench -c "SELECT count(*) FROM pgbench_branches" >/dev/null 2>&1; then r=ok; else r=fail; fi
    echo "$(date +%s%3N) $r"
    sleep 0.05
  done > "$1"
}
# longest gap (ms) between two successful tries, and the failed tries
gap() { awk '$2 == "ok" { if (last) { g = $1 - last; if (g > max) max = g } last = $1 } $2 == "fail" { f++ }
  END { printf "%d ms (%d failed tries)", max, f }' "$1"; }

declare -a SWITCH GAP
for round in $(seq 1 "$REPEAT"); do
  echo "restore round $round of $REPEAT" >&2
  "$PGBIN/psql" -q -d postgres -c "DROP DATABASE IF EXISTS r1" -c "CREATE DATABASE r1" -c "CHECKPOINT"
  migrate
  plain() { t plain "set -o pipefail; gpg $PASS -d $WORK/seed.gz.gpg | gunzip | $PGBIN/psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d r1 > /dev/null"; }
  over() {
    local jobs=$1
    app "$WORK/app.$round.$jobs" & local apppid=$!
    t "pgbackup_j$jobs" "backup-job/pgbackup restore --store file://$WORK/store --backup $ID --yes --jobs $jobs > /dev/null 2> $WORK/over.$round.$jobs.log"
    kill "$apppid"; wait "$apppid" 2>/dev/null || true
    SWITCH+=("$(grep -o 'switched bench to the restored database in [0-9]* ms' "$WORK/over.$round.$jobs.log" | grep -o '[0-9]* ms')")
    GAP+=("$(gap "$WORK/app.$round.$jobs")")
    [ "$("$PGBIN/psql" -Atq -d bench -c "SELECT to_regclass('order_notes') IS NULL")" = t ] || { echo "restore over left order_notes" >&2; exit 1; }
    migrate
  }
  checkpoint() { "$PGBIN/psql" -q -d postgres -c "CHECKPOINT"; }
  # the three terms in a rotating order, so that none always follows the same one
  case $((round % 3)) in
    1) plain; checkpoint; over 1; checkpoint; over 2 ;;
    2) over 2; checkpoint; plain; checkpoint; over 1 ;;
    0) over 1; checkpoint; over 2; checkpoint; plain ;;
  esac
  # one table alone, the largest, into a new database
  checkpoint
  t pgbackup_table "backup-job/pgbackup restore --store file://$WORK/store --backup $ID --table pgbench_accounts --target-database t1 > /dev/null 2> $WORK/table.$round.log"
  "$PGBIN/psql" -q -d postgres -c "DROP DATABASE t1"
done

rounds() { paste <(printf '%s\n' ${ALL[$1]}) <(printf '%s\n' ${ALL[$2]}) | awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1/$2}'; }
pratio() { paste <(printf '%s\n' ${ALL[$1]}) <(printf '%s\n' ${ALL[$2]}) | awk '{print $1/$2}' | median | awk '{printf "%.2f", $1}'; }
cat <<REPORT

dump text: $(awk -v b="$DUMP_BYTES" 'BEGIN{printf "%.2f GB", b/1e9}'); database bench: $("$PGBIN/psql" -Atq -d postgres -c "SELECT pg_size_pretty(pg_database_size('bench'))")
restore  gpg -d | gunzip | psql into an empty database: median $(printf %.1f "${T[plain]}") s (runs:${ALL[plain]})
restore  pgbackup --jobs 1 over the live, migrated database: median $(printf %.1f "${T[pgbackup_j1]}") s (runs:${ALL[pgbackup_j1]}); max RSS ${RSS[pgbackup_j1]} MB
restore  pgbackup --jobs 2 over the live, migrated database: median $(printf %.1f "${T[pgbackup_j2]}") s (runs:${ALL[pgbackup_j2]}); max RSS ${RSS[pgbackup_j2]} MB
ratio    pgbackup --jobs 1 / standard tools into empty     = $(pratio pgbackup_j1 plain)   (per round $(rounds pgbackup_j1 plain))
ratio    pgbackup --jobs 2 / standard tools into empty     = $(pratio pgbackup_j2 plain)   (per round $(rounds pgbackup_j2 plain))
table    pgbackup --table pgbench_accounts into a new database: median $(printf %.1f "${T[pgbackup_table]}") s (runs:${ALL[pgbackup_table]}); max RSS ${RSS[pgbackup_table]} MB
switch   window logged by pgbackup, per round: ${SWITCH[*]}
app      longest gap between two successful queries of the application loop, per round: ${GAP[*]}
REPORT
