#!/usr/bin/env bash
# Runs a JMH benchmark class of the test sources (its main) on the test classpath, after compiling them:
#   bench/jmh.sh CLASS [ARGS...]   (JAVA_OPTS for the JVM, default -Xmx2g)
# Used by bench/triage.sh and bench/neighbourhoods.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
CLASS=${1:?benchmark class}; shift
./mvnw -o -q -B test-compile
./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java ${JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$CLASS" "$@"
