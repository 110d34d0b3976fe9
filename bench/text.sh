#!/usr/bin/env bash
# Speed of the text detectors (the crisis net) on 4,000-character texts, on one core.
# Prints figures, asserts nothing. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/org/firststep/safetynet ] || ./mvnw -B -ntp -q compile
[ -f target/bench-classpath.txt ] || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
# The newest JDK 21+ installed, as bin/firststep picks it (the classes are built for 21).
JDK=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
	[ -x "$candidate/bin/javac" ] || continue
	v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null || true)
	[ -n "$v" ] && [ "$v" -ge 21 ] && { [ -z "$JDK" ] || [ "$v" -gt "$JDK_VERSION" ]; } && { JDK=$candidate; JDK_VERSION=$v; }
done
[ -n "$JDK" ] || { echo "bench/text.sh needs a JDK 21 or newer" >&2; exit 1; }
OUT=target/bench-text
mkdir -p "$OUT"
CP="target/classes:$(cat target/bench-classpath.txt)"
"$JDK/bin/javac" -d "$OUT" -cp "$CP" bench/text/TextDetectorsBench.java
# One core, as the issue asks: the figure is per call on a single thread.
exec taskset -c 0 "$JDK/bin/java" -XX:ActiveProcessorCount=1 -cp "$OUT:$CP" TextDetectorsBench "$@"
