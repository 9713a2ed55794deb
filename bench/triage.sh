#!/usr/bin/env bash
# The triage benchmark (JMH, one thread): suggestions per second, training time, model heap, place resolution,
# printed against the issue's targets. Needs ../shared/data/teddy2020/train.csv (or -Dliandong.teddy.train=FILE in
# JAVA_OPTS). Usage: bench/triage.sh [REGEX of benchmark names: suggest|classifyDomain|train|heap|place.*]
exec "$(dirname "$0")/jmh.sh" org.liandong.triage.bench.TriageBenchmark "$@"
