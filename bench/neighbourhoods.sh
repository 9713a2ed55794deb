#!/usr/bin/env bash
# The duplicate check's neighbourhood search (JMH, one thread), in the load benchmark's dense streets: microseconds
# per search, and per order taken in and searched. Usage: bench/neighbourhoods.sh [REGEX of benchmark names:
# search|takeInAndSearch]. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -B test-compile
./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java ${JAVA_OPTS:--Xmx3g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.liandong.triage.internal.NeighbourhoodBenchmark "$@"
