#!/usr/bin/env bash
# Creates an environment's secrets straight into Vault, where Terraform never sees them (its state
# is readable by every Developer): the backup passphrase, the jobs' S3 key, the restore trigger
# token. Run once per environment after the first `terraform apply` of its stack; run again safely
# (what exists is kept). Credentials from the environment only (infra/README.md, "Before the first
# apply"):
#
#   export VAULT_ADDR=... VAULT_TOKEN=... SCW_SECRET_KEY=... GITLAB_TOKEN=... GITLAB_BASE_URL=https://gitlab.com/api/v4
#   infra/tools/bootstrap-secrets.sh --environment prd \
#     --application-id "$(terraform -chdir=infra/synthesized/prd output -raw jobs_application_id)" \
#     --project-id "$TF_VAR_scaleway_project_id" --gitlab-project-id 1217
set -euo pipefail
source "$(dirname "$0")/classpath.sh"
exec java -cp "$INFRA_CLASSPATH" io.pgbackup.infra.bootstrap.BootstrapMain "$@"
