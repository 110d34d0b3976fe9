#!/usr/bin/env bash
# Speed of the text detectors (the crisis net) on 4,000-character texts, on one core.
# Prints figures, asserts nothing. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/org/firststep/safetynet ] || ./mvnw -B -ntp -q compile
[ -f target/bench-classpath.txt ] || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OUT=target/bench-text
mkdir -p "$OUT"
CP="target/classes:$(cat target/bench-classpath.txt)"
javac -d "$OUT" -cp "$CP" bench/text/TextDetectorsBench.java
# One core, as the issue asks: the figure is per call on a single thread.
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "$OUT:$CP" TextDetectorsBench "$@"
