#!/usr/bin/env bash
# The triage benchmark (JMH, one thread): suggestions per second, training time, model heap, place resolution,
# printed against the issue's targets. Needs ../shared/data/teddy2020/train.csv (or -Dliandong.teddy.train=FILE in
# JAVA_OPTS). Usage: bench/triage.sh [REGEX of benchmark names: suggest|classifyDomain|train|heap|place.*]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -B test-compile
./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java ${JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.liandong.triage.bench.TriageBenchmark "$@"
