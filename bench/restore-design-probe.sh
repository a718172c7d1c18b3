#!/usr/bin/env bash
# The measurement that chose the design of the parallel restore (issue 21, docs/architecture.md).
#
#   bench/restore-design-probe.sh [SCALE] [JSON_ROWS]      (defaults: 30 and 300000: ~530 MB of dump text)
#
# On the data set of backup-bench.sh, in REPEAT (default 2) interleaved rounds, into empty databases:
#   plain_pipeline   gpg -d | gunzip | psql --single-transaction           (today's restore, the baseline)
#   psql_file        psql --single-transaction -f dump.sql                  (one stream, no decryption)
#   split_2          the plain dump cut in pieces: pre-data on one psql, the rows of every COPY block
#                    dealt to 2 psql at once, then the post-data entries dealt to 2 psql at once
#                    (what dispatching the plain stream to 2 connections costs the server)
#   dir_extract      gpg -d | gunzip | tar x of a directory-format dump  (the spool a pg_restore needs first)
#   pg_restore_j2    pg_restore -j 2 of that directory                   (the load after the spool)
# and for the backup: pg_dump > /dev/null against pg_dump -Fd -Z0 -j 2 then tar | igzip | gpg.
# Not part of the test suite.
set -euo pipefail
SCALE=${1:-30}
JSON_ROWS=${2:-300000}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/common.sh
REPEAT=${REPEAT:-2}
export GNUPGHOME=$WORK/gnupg; mkdir -p -m 700 "$GNUPGHOME"
GPG="gpg --batch --quiet --pinentry-mode loopback --passphrase-file <(printf %s \"\$ENCRYPTION_KEY\")"
PSQL="$PGBIN/psql -X -q -v ON_ERROR_STOP=1"

"$PGBIN/pg_dump" --clean --if-exists bench > "$WORK/dump.sql"
bash -c "set -o pipefail; igzip -1 -c < $WORK/dump.sql | $GPG --symmetric --cipher-algo AES256 --compress-algo none > $WORK/plain.gz.gpg"
# the plain dump in pieces: pre-data, rows dealt to two COPY streams, post-data entries dealt to two
awk -v dir="$WORK" '
  /^\\(un)?restrict / { next }
  state == "copy" { if ($0 == "\\.") { print "\\." > (dir "/data_a.sql"); print "\\." > (dir "/data_b.sql"); state = "between"; next }
                    print > (dir "/data_" (n++ % 2 ? "b" : "a") ".sql"); next }
  /^COPY / { print > (dir "/data_a.sql"); print > (dir "/data_b.sql"); state = "copy"; seen = 1; next }
  /^SELECT pg_catalog.setval/ { print > (dir "/data_a.sql"); next }
  /^-- Name: / && seen && !/Type: SEQUENCE SET/ && !/Type: TABLE DATA/ { post = 1; e++ }
  post { print > (dir "/post_" (e % 2 ? "a" : "b") ".sql"); next }
  !seen { print > (dir "/pre.sql") }
' "$WORK/dump.sql"
ls -la "$WORK"/*.sql >&2

fresh() { "$PGBIN/psql" -q -d postgres -c "DROP DATABASE IF EXISTS r1" -c "CREATE DATABASE r1" -c "CHECKPOINT"; }
probe_round() {
  local runs=(plain_pipeline psql_file split_2 dir) i
  (( $1 % 2 == 0 )) && runs=(dir split_2 psql_file plain_pipeline)
  for i in "${runs[@]}"; do
    fresh
    case $i in
      plain_pipeline) t plain_pipeline "set -o pipefail; $GPG -d $WORK/plain.gz.gpg | gunzip | $PSQL --single-transaction -d r1 > /dev/null" ;;
      psql_file) t psql_file "$PSQL --single-transaction -d r1 -f $WORK/dump.sql > /dev/null" ;;
      split_2) t split_2 "$PSQL -d r1 -f $WORK/pre.sql > /dev/null && { $PSQL -d r1 -f $WORK/data_a.sql > /dev/null & p=\$!; $PSQL -d r1 -f $WORK/data_b.sql > /dev/null; wait \$p; } \
                 && { $PSQL -d r1 -f $WORK/post_a.sql > /dev/null & p=\$!; $PSQL -d r1 -f $WORK/post_b.sql > /dev/null; wait \$p; }" ;;
      dir) rm -rf "$WORK/spool"; mkdir "$WORK/spool"
           t dir_extract "set -o pipefail; $GPG -d $WORK/dir.tar.gz.gpg | gunzip | tar x -C $WORK/spool"
           t pg_restore_j2 "$PGBIN/pg_restore -j 2 -d r1 $WORK/spool/d" ;;
    esac
  done
}
backup_round() {
  t dump_floor "$PGBIN/pg_dump --clean --if-exists bench > /dev/null"
  rm -rf "$WORK/d" "$WORK/dir.tar.gz.gpg"
  t dump_dir_j2 "set -o pipefail; $PGBIN/pg_dump -Fd -Z0 -j 2 -f $WORK/d bench && tar c -C $WORK d | igzip -1 -c | $GPG --symmetric --cipher-algo AES256 --compress-algo none > $WORK/dir.tar.gz.gpg"
}
for round in $(seq 1 "$REPEAT"); do
  echo "round $round of $REPEAT" >&2
  backup_round
  probe_round "$round"
done
r() { awk -v a="${T[$1]}" -v b="${T[$2]}" 'BEGIN{printf "%.2f", a/b}'; }
cat <<REPORT

dump text: $(stat -c %s "$WORK/dump.sql" | awk '{printf "%.2f GB", $1/1e9}')
plain_pipeline ${T[plain_pipeline]} s; psql_file ${T[psql_file]} s; split_2 ${T[split_2]} s ($(r split_2 plain_pipeline)x the pipeline)
dir_extract ${T[dir_extract]} s + pg_restore_j2 ${T[pg_restore_j2]} s ($(awk -v a="${T[dir_extract]}" -v b="${T[pg_restore_j2]}" -v c="${T[plain_pipeline]}" 'BEGIN{printf "%.2f", (a+b)/c}')x the pipeline)
backup: dump_floor ${T[dump_floor]} s; pg_dump -Fd -j2 + tar|igzip|gpg ${T[dump_dir_j2]} s ($(r dump_dir_j2 dump_floor)x)
REPORT
