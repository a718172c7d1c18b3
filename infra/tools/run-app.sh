#!/usr/bin/env bash
# The "app" of cdktf.json: `cdktf synth` runs it with CDKTF_OUTDIR set, and it writes
# cdktf.out/stacks/<env>/cdk.tf.json. The committed JSON comes from refresh-synthesized.sh.
set -euo pipefail
source "$(dirname "$0")/classpath.sh"
exec java -cp "$INFRA_CLASSPATH" io.pgbackup.infra.Main
