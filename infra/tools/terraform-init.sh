#!/usr/bin/env bash
# terraform init of one environment's synthesized JSON (infra/synthesized/<env>/cdk.tf.json) with
# its state kept by GitLab (http backend), from the CI environment:
#
#   address  ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/terraform/state/${TF_STATE_NAME:-pgbackup-<env>}
#   user     TF_HTTP_USERNAME, default gitlab-ci-token
#   password TF_HTTP_PASSWORD, default $CI_JOB_TOKEN
#
# The user and password reach terraform through its own TF_HTTP_* variables, never through its
# arguments nor the JSON. Outside CI, set CI_API_V4_URL, CI_PROJECT_ID, TF_HTTP_USERNAME (your
# GitLab login) and TF_HTTP_PASSWORD (a personal access token with the api scope).
#
#   usage: infra/tools/terraform-init.sh <env> [more terraform init options]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

if [ $# -lt 1 ]; then
  echo "error: no environment given" >&2
  echo "HINT: usage: infra/tools/terraform-init.sh <env> [terraform init options], e.g. prd" >&2
  exit 2
fi
env="$1"; shift
dir="$root/infra/synthesized/$env"
if [ ! -f "$dir/cdk.tf.json" ]; then
  echo "error: no synthesized Terraform JSON for environment \"$env\" ($dir/cdk.tf.json)" >&2
  echo "HINT: environments are the directories of infra/synthesized; run infra/tools/refresh-synthesized.sh after adding one" >&2
  exit 3
fi
for name in CI_API_V4_URL CI_PROJECT_ID; do
  if [ -z "${!name:-}" ]; then
    echo "error: $name is not set" >&2
    echo "HINT: GitLab CI sets it; outside CI, export it (see infra/README.md, \"Plan and apply\")" >&2
    exit 4
  fi
done
export TF_HTTP_USERNAME="${TF_HTTP_USERNAME:-gitlab-ci-token}"
if [ -z "${TF_HTTP_PASSWORD:-}" ]; then
  if [ -z "${CI_JOB_TOKEN:-}" ]; then
    echo "error: neither TF_HTTP_PASSWORD nor CI_JOB_TOKEN is set" >&2
    echo "HINT: in CI the job token is used; outside CI, export TF_HTTP_PASSWORD with a personal access token (api scope)" >&2
    exit 5
  fi
  export TF_HTTP_PASSWORD="$CI_JOB_TOKEN"
fi

address="$CI_API_V4_URL/projects/$CI_PROJECT_ID/terraform/state/${TF_STATE_NAME:-pgbackup-$env}"
exec "${TERRAFORM:-terraform}" -chdir="$dir" init -input=false -reconfigure \
  -backend-config="address=$address" \
  -backend-config="lock_address=$address/lock" \
  -backend-config="unlock_address=$address/lock" \
  "$@"
