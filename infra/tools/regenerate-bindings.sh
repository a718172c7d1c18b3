#!/usr/bin/env bash
# Regenerates the typed Java bindings of terraform-generated/ with `cdktf get` (cdktf-cli 0.19.2),
# for the providers pinned in cdktf.json.
#
#   infra/tools/regenerate-bindings.sh            offline: the schemas come from the committed
#                                                 terraform-generated/schema/providers-schema.json
#   infra/tools/regenerate-bindings.sh --registry with registry access: the real `terraform`
#                                                 downloads the pinned providers and reads their
#                                                 schemas (TERRAFORM_BINARY_NAME or `terraform` on PATH)
#
# cdktf-cli is installed into .tools/ (gitignored) on first use. `cdktf get` writes Java sources for
# the package root named by "codeMakerOutput" (imports) under ./src/main/java of its working
# directory, so it runs in a temporary directory and the result replaces
# terraform-generated/src/main/{java,resources}/imports.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

mode="offline"
case "${1:-}" in
  "") ;;
  --registry) mode="registry" ;;
  *) echo "error: unknown option ${1}" >&2
     echo "HINT: usage: infra/tools/regenerate-bindings.sh [--registry]" >&2
     exit 2 ;;
esac

cli=".tools/node_modules/.bin/cdktf"
if [ ! -x "$cli" ]; then
  echo "installing cdktf-cli@0.19.2 into .tools/" >&2
  mkdir -p .tools
  npm install --silent --no-audit --no-fund --prefix .tools cdktf-cli@0.19.2 >/dev/null
fi

export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1 CHECKPOINT_DISABLE=1 CI=1 DISABLE_VERSION_CHECK=1
if [ "$mode" = "offline" ]; then
  export TERRAFORM_BINARY_NAME="$root/infra/tools/schema-terraform/terraform"
else
  export TERRAFORM_BINARY_NAME="${TERRAFORM_BINARY_NAME:-terraform}"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp cdktf.json "$work/"
echo "cdktf get ($mode schemas) in $work" >&2
if ! (cd "$work" && "$root/$cli" get >"$work/get.log" 2>&1) || [ ! -d "$work/src/main/java/imports" ]; then
  cat "$work/get.log" >&2
  echo "error: cdktf get failed (log above)" >&2
  echo "HINT: cdktf-cli 0.19.2 loads a native module built for Node 20; put a Node 20 first on PATH" >&2
  exit 1
fi

target="terraform-generated/src/main"
rm -rf "$target/java/imports" "$target/resources/imports"
mkdir -p "$target/java" "$target/resources"
cp -r "$work/src/main/java/imports" "$target/java/"
cp -r "$work/src/main/resources/imports" "$target/resources/"
cp "$work/imports/constraints.json" "terraform-generated/schema/cdktf-constraints.json"
# jsii-pacmak stamps each file with the time of generation: drop it, so that regenerating from the
# same schema changes nothing and a real change of the bindings is all the diff shows.
find "$target/java/imports" -name '*.java' -exec sed -i -E 's/^(@javax\.annotation\.Generated\(value = "[^"]*"), date = "[^"]*"\)/\1)/' {} +
echo "regenerated $(find "$target/java/imports" -name '*.java' | wc -l) Java files in $target/java/imports" >&2
