#!/usr/bin/env bash
# The duplicate check's neighbourhood search (JMH, one thread), in the load benchmark's dense streets: microseconds
# per search, and per order taken in and searched. Usage: bench/neighbourhoods.sh [REGEX of benchmark names:
# search|takeInAndSearch]. See docs/performance.md.
JAVA_OPTS=${JAVA_OPTS:--Xmx3g} exec "$(dirname "$0")/jmh.sh" org.liandong.triage.internal.NeighbourhoodBenchmark "$@"
