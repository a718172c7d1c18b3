#!/usr/bin/env bash
# Rewrites infra/synthesized/<env>/cdk.tf.json from the CDKTF app, for every environment of
# io.pgbackup.infra.settings.Environments. Run it after changing the infra code, and commit the
# result with the change: the merge request then shows the Terraform diff.
set -euo pipefail
source "$(dirname "$0")/classpath.sh"
exec java -cp "$INFRA_CLASSPATH" io.pgbackup.infra.SynthesizedJson "$root"
