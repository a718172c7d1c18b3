#!/usr/bin/env bash
# Benchmark of pgbackup against the shell recipes, all in one run on the same data set.
#
#   bench/backup-bench.sh [SCALE] [JSON_ROWS]      (defaults: 100 and 1000000: ~1.8 GB of dump text)
#
# Builds the data set of `pgbench -i -s SCALE` plus JSON_ROWS rows of jsonb/text in a throwaway
# PostgreSQL, then times: pg_dump > /dev/null (the floor), the seed recipe pg_dump | gzip | gpg,
# pg_dump | pigz -p 2 -1 and -6, pg_dump | igzip -1 (and | gpg), pgbackup backup (default settings,
# --no-row-counts, --compress-level 6, --compressor zlib) to the local store and to S3Proxy, then
# restore by gunzip | psql versus pgbackup restore (igzip -d, and once with zlib in the JVM). The
# terms of the target ratios run in REPEAT (default 4) interleaved rounds, in alternating order;
# their ratios are the median of the per-round ratios. Prints each time, the ratios, and the peak
# memory (max RSS) of each pgbackup run. Not part of the test suite.
#   REPEAT=1 bench/backup-bench.sh 2 20000      a quick run on a 30 MB dump
set -euo pipefail
SCALE=${1:-100}
JSON_ROWS=${2:-1000000}
cd "$(dirname "$0")/.."
ROOT=$(pwd)

. bench/common.sh
REPEAT=${REPEAT:-4}
size() { stat -c %s "$1" | awk '{printf "%.0f MB", $1/1e6}'; }

echo "timing (each run alone):" >&2
DUMP_BYTES=$("$PGBIN/pg_dump" --clean --if-exists bench | wc -c)
export GNUPGHOME=$WORK/gnupg; mkdir -p -m 700 "$GNUPGHOME"
# the runs of a round go in one order in odd rounds and in the reverse order in even ones, so
# that no run always follows the same one (whose write-back it would pay for)
backup_round() {
  local runs=(floor pigz_1 igzip_1 pgbackup_file) i
  (( $1 % 2 == 0 )) && runs=(pgbackup_file igzip_1 pigz_1 floor)
  for i in "${runs[@]}"; do
    case $i in
      floor) t floor "$PGBIN/pg_dump --clean --if-exists bench > /dev/null" ;;
      pigz_1) t pigz_1 "set -o pipefail; $PGBIN/pg_dump --clean --if-exists bench | pigz -p 2 -1 > $WORK/p1.gz" ;;
      igzip_1) t igzip_1 "set -o pipefail; $PGBIN/pg_dump --clean --if-exists bench | igzip -1 -c > $WORK/i1.gz" ;;
      pgbackup_file) t pgbackup_file "rm -rf $WORK/store; backup-job/pgbackup backup --store file://$WORK/store > $WORK/id_file" ;;
    esac
  done
}
for round in $(seq 1 "$REPEAT"); do
  echo "round $round of $REPEAT" >&2
  backup_round "$round"
done
# start-up: the launcher (class-data sharing archive) against plain java -jar (the JDK's own archive)
for round in $(seq 1 "$REPEAT"); do
  t list_launcher "backup-job/pgbackup list --store file://$WORK/store > /dev/null"
  t list_plain_java "java -Xmx192m -Xmn24m -XX:+UseSerialGC -jar backup-job/target/pgbackup.jar list --store file://$WORK/store > /dev/null"
done
t seed_recipe "set -o pipefail; $PGBIN/pg_dump --clean --if-exists bench | gzip | gpg --batch --quiet --pinentry-mode loopback --passphrase-file <(printf %s \"\$ENCRYPTION_KEY\") --symmetric --cipher-algo AES256 > $WORK/seed.gz.gpg"
t pigz_6 "set -o pipefail; $PGBIN/pg_dump --clean --if-exists bench | pigz -p 2 -6 > $WORK/p6.gz"
t igzip_gpg "set -o pipefail; $PGBIN/pg_dump --clean --if-exists bench | igzip -1 -c | gpg --batch --quiet --pinentry-mode loopback --passphrase-file <(printf %s \"\$ENCRYPTION_KEY\") --symmetric --cipher-algo AES256 --compress-algo none > $WORK/ig.gz.gpg"
t pgbackup_file_no_rowcounts "backup-job/pgbackup backup --store file://$WORK/store2 --no-row-counts > /dev/null"
t pgbackup_file_l6 "backup-job/pgbackup backup --store file://$WORK/store6 --compress-level 6 > /dev/null"
t pgbackup_file_zlib "backup-job/pgbackup backup --store file://$WORK/storez --compressor zlib > /dev/null"
t pgbackup_file_zlib_l6 "backup-job/pgbackup backup --store file://$WORK/storez6 --compressor zlib --compress-level 6 > /dev/null"

java -cp "backup-job/target/test-classes:$(cat $CP_FILE)" io.pgbackup.bench.S3ProxyMain "$S3PORT" bench-bucket > "$WORK/s3.env" 2>"$WORK/s3.log" &
S3PID=$!
for _ in $(seq 1 60); do grep -q READY "$WORK/s3.env" 2>/dev/null && break; sleep 0.5; done
set -a; . <(grep -v READY "$WORK/s3.env"); set +a
t pgbackup_s3 "backup-job/pgbackup backup --store s3://bench-bucket/bench --s3-path-style > /dev/null"

ID=$(cat "$WORK/id_file")
restore_run() {
  "$PGBIN/psql" -q -d postgres -c "CHECKPOINT"
  case $1 in
    gunzip) t restore_gunzip_psql "set -o pipefail; gunzip -c $WORK/p1.gz | $PGBIN/psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d r1 > /dev/null" ;;
    pgbackup) t pgbackup_restore "backup-job/pgbackup restore --store file://$WORK/store --backup $ID --target-database r2 --yes --no-safety-backup > /dev/null" ;;
  esac
}
for round in $(seq 1 "$REPEAT"); do
  echo "restore round $round of $REPEAT" >&2
  "$PGBIN/psql" -q -d postgres -c "DROP DATABASE IF EXISTS r1" -c "DROP DATABASE IF EXISTS r2" -c "CREATE DATABASE r1" -c "CREATE DATABASE r2"
  if (( round % 2 )); then restore_run gunzip; restore_run pgbackup; else restore_run pgbackup; restore_run gunzip; fi
done
t pgbackup_restore_zlib "backup-job/pgbackup restore --store file://$WORK/store --backup $ID --target-database r3 --compressor zlib > /dev/null"

ratio() { awk -v a="${T[$1]}" -v b="${T[$2]}" 'BEGIN{printf "%.2f", a/b}'; }
# pratio A B: median of the per-round ratios of two names timed in the same rounds (paired: a round
# that ran slow for both does not skew the ratio)
pratio() {
  paste <(printf '%s\n' ${ALL[$1]}) <(printf '%s\n' ${ALL[$2]}) | awk '{print $1/$2}' | median \
    | awk '{printf "%.2f", $1}'
}
# rounds A B: the per-round ratios themselves, in round order: one run varies with the machine's
# load, and the median alone hides how much
rounds() {
  paste <(printf '%s\n' ${ALL[$1]}) <(printf '%s\n' ${ALL[$2]}) | awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1/$2}'
}
cat <<REPORT

dump text: $(awk -v b="$DUMP_BYTES" 'BEGIN{printf "%.2f GB", b/1e9}')   pigz -1: $(size $WORK/p1.gz)   pigz -6: $(size $WORK/p6.gz)   pgbackup default: $(du -b $WORK/store | tail -1 | awk '{printf "%.0f MB", $1/1e6}')   pgbackup -6: $(du -b $WORK/store6 | tail -1 | awk '{printf "%.0f MB", $1/1e6}')
igzip -1: $(size $WORK/i1.gz)   pgbackup --compressor zlib: $(du -b $WORK/storez | tail -1 | awk '{printf "%.0f MB", $1/1e6}')   zlib -6: $(du -b $WORK/storez6 | tail -1 | awk '{printf "%.0f MB", $1/1e6}')
backup   pgbackup(file)/floor          = $(pratio pgbackup_file floor)   (target <= 1.30; per round $(rounds pgbackup_file floor); ratio of the medians $(ratio pgbackup_file floor))
backup   seed recipe/pgbackup(file)     = $(ratio seed_recipe pgbackup_file)   (target >= 3.50)
backup   pgbackup(S3Proxy)/floor        = $(ratio pgbackup_s3 floor)
backup   pgbackup -6 / pigz -p 2 -6     = $(ratio pgbackup_file_l6 pigz_6)   (target <= 1.00)
backup   without row counts / default   = $(ratio pgbackup_file_no_rowcounts pgbackup_file)
backup   pg_dump | igzip -1 / floor     = $(pratio igzip_1 floor)   (per round $(rounds igzip_1 floor); pigz -p 2 -1 / floor = $(pratio pigz_1 floor))
backup   pg_dump | igzip -1 | gpg / floor = $(ratio igzip_gpg floor)   (the same pipeline with standard tools)
backup   --compressor zlib / floor      = $(ratio pgbackup_file_zlib floor)   (zlib -6 / pigz -6 = $(ratio pgbackup_file_zlib_l6 pigz_6))
restore  pgbackup / gunzip|psql         = $(pratio pgbackup_restore restore_gunzip_psql)   (target <= 1.10; per round $(rounds pgbackup_restore restore_gunzip_psql); ratio of the medians $(ratio pgbackup_restore restore_gunzip_psql))
restore  --compressor zlib / gunzip|psql = $(ratio pgbackup_restore_zlib restore_gunzip_psql)   (inflating in the JVM, one run)
start-up pgbackup list: launcher $(printf %.2f "${T[list_launcher]}") s, plain java -jar $(printf %.2f "${T[list_plain_java]}") s (RSS ${RSS[list_launcher]} / ${RSS[list_plain_java]} MB)
memory   max RSS of pgbackup runs (MB): file ${RSS[pgbackup_file]}, -6 ${RSS[pgbackup_file_l6]}, S3 ${RSS[pgbackup_s3]}, restore ${RSS[pgbackup_restore]}   (target <= 256)
REPORT
