# Shared by the benchmarks (sourced with SCALE, JSON_ROWS and ROOT set, from the repository's root):
# installs the tools, builds pgbackup, starts a throwaway PostgreSQL tuned for loading, builds the data
# set of `pgbench -i -s SCALE` plus JSON_ROWS jsonb/text rows into database bench, and defines
# t NAME COMMAND (timing with median and max RSS) and median.
command -v pigz >/dev/null || { echo "installing pigz" >&2; apt-get install -y -qq pigz >/dev/null; }
command -v igzip >/dev/null || { echo "installing isal (igzip)" >&2; apt-get install -y -qq isal >/dev/null; }
[ -x /usr/bin/time ] || { echo "installing time" >&2; apt-get install -y -qq time >/dev/null; }
[ -f backup-job/target/pgbackup.jar ] || mvn -q -B -DskipTests -pl backup-job -am package
[ -f backup-job/target/test-classes/io/pgbackup/bench/S3ProxyMain.class ] || mvn -q -B -DskipTests -pl backup-job test-compile
CP_FILE=backup-job/target/test-classpath.txt
[ -f "$CP_FILE" ] || mvn -q -B -pl backup-job dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test -Dstyle.color=never >/dev/null

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/pgbackup-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
S3PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
AS=""; [ "$(id -u)" -eq 0 ] && AS="unshare -U"
cleanup() {
  $AS "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${S3PID:-}" ] && kill "$S3PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGDATABASE=bench
export ENCRYPTION_KEY="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export PGBACKUP_PG_BIN=$PGBIN
$AS "$PGBIN/initdb" -D "$WORK/data" -A trust -U postgres --no-sync >/dev/null
$AS "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB" -w start >/dev/null

echo "building the data set: pgbench -i -s $SCALE + $JSON_ROWS jsonb/text rows" >&2
"$PGBIN/psql" -q -d postgres -c "CREATE DATABASE bench"
"$PGBIN/pgbench" -i -q -s "$SCALE" bench >/dev/null 2>&1
"$PGBIN/psql" -q -c "CREATE TABLE docs AS SELECT g AS id,
  'Zoë Łódź ' || array_to_string(ARRAY(SELECT md5(g::text || '-' || i) FROM generate_series(1, 20) i), ' ') AS body,
  jsonb_build_object('n', g, 'tags', jsonb_build_array('a', g % 7, 'b'), 'note', 'commande n°' || g, 'h', md5(g::text)) AS doc
  FROM generate_series(1, $JSON_ROWS) g" -c "VACUUM ANALYZE"

# t NAME COMMAND... : runs COMMAND in bash once, records its wall seconds and max RSS. A name run
# several times keeps the median time and the largest RSS: one run varies by 10-20% on these
# machines, so the terms of the ratios are run REPEAT times, in interleaved rounds.
declare -A T RSS ALL
# median: of the numbers on stdin; with an even count, the mean of the two middle ones
median() {
  sort -n | awk '{a[NR]=$1} END{if (NR % 2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'
}
t() {
  local name=$1; shift
  local secs kb
  sync; sleep 1
  /usr/bin/time -f "%e %M" -o "$WORK/time" bash -c "$*"
  read -r secs kb < "$WORK/time"
  ALL[$name]="${ALL[$name]:-} $secs"
  T[$name]=$(printf '%s\n' ${ALL[$name]} | median)
  [ $((kb / 1024)) -gt "${RSS[$name]:-0}" ] && RSS[$name]=$((kb / 1024))
  printf '%-34s %8.1f s   max RSS %5d MB   (median of:%s)\n' "$name" "${T[$name]}" "${RSS[$name]}" "${ALL[$name]}" >&2
}
