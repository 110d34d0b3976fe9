#!/usr/bin/env bash
# FirstStep crash benchmark: kill -9 under write load. Prints figures, asserts nothing. See bench/README.md.
#
#   bench/crash.sh [writers] [trials]                           e.g. bench/crash.sh 20 5
#   CRASH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/firststep?user=firststep bench/crash.sh
#
# Per trial: start FirstStep as in production (bin/firststep) on a fresh SQLite data directory,
# sign a person up, let <writers> writers create journal entries through the API, each request
# with its own Idempotency-Key, kill FirstStep with kill -9 1-3 s after the first WARM (200)
# writes were acknowledged, start it again on the same data, then check that every
# acknowledged write (a 201 with an id) is there, send every unacknowledged request again with
# its key, and count each text: stored once, never twice. With CRASH_POSTGRES_URL, the same trials run again on that PostgreSQL server (a new
# person per trial, so the database need not be empty).
set -euo pipefail
cd "$(dirname "$0")/.."

WRITERS=${1:-20}
TRIALS=${2:-5}
WARM=${WARM:-200}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=bench/out/crash
PASSWORD="a long benchmark password"

for tool in curl python3; do
	command -v "$tool" >/dev/null || { echo "bench/crash.sh needs $tool"; exit 1; }
done
JAR=$(ls target/firststep-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -B -ntp -q -DskipTests package; fi
JAVA_OPTS="$JAVA_OPTS" bin/firststep --prepare

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

start_app() { # log, then the environment for FirstStep
	local log=$1; shift
	env "$@" SERVER_PORT="$PORT" JAVA_OPTS="$JAVA_OPTS" bin/firststep >> "$log" 2>&1 &
	APP_PID=$!
	until curl -sf -o /dev/null "$BASE/actuator/health"; do
		kill -0 "$APP_PID" 2>/dev/null || { echo "FirstStep did not start; see $log"; exit 1; }
		sleep 0.1
	done
}

trials() { # name, then the environment that picks the database
	local name=$1; shift
	local sent=0 acked=0 lost=0 unacked=0 saved=0 replayed=0 failed=0 duplicates=0 missing=0
	echo "== $name: $TRIALS trials, $WRITERS writers, kill -9 1-3 s after $WARM writes were acknowledged"
	for trial in $(seq 1 "$TRIALS"); do
		local dir="$OUT/$name-$trial"
		rm -rf "$dir"; mkdir -p "$dir/writes"
		local data; data=$(mktemp -d)
		PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
		start_app "$dir/app.log" FIRSTSTEP_DATA_DIR="$data" "$@"
		local email="crash-$name-$trial-$RANDOM$RANDOM@example.org"
		curl -sf -o /dev/null -H 'Content-Type: application/json' \
			-d "{\"email\":\"$email\",\"password\":\"$PASSWORD\",\"timeZone\":\"Europe/Madrid\"}" "$BASE/api/v1/accounts"
		local token
		token=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}" \
			"$BASE/api/v1/auth/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

		python3 bench/crash/writers.py write "$BASE" "$token" "$WRITERS" "$dir/writes" "$dir/stop" &
		local writers=$!
		# Mid-load: once the JVM is warm (WARM writes acknowledged), then after 1-3 s more.
		local waited=0
		until [ "$(cat "$dir/writes/acked" 2>/dev/null || echo 0)" -ge "$WARM" ] || [ "$waited" -ge 600 ]; do
			sleep 0.1; waited=$((waited + 1))
		done
		sleep "$(python3 -c 'import random; print(round(random.uniform(1, 3), 2))')"
		kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
		touch "$dir/stop"; wait "$writers"

		start_app "$dir/app.log" FIRSTSTEP_DATA_DIR="$data" "$@"
		local figures
		figures=$(python3 bench/crash/writers.py check "$BASE" "$token" "$dir/writes")
		echo "$figures" > "$dir/figures.json"
		kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
		rm -rf "$data"
		field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$figures" "$1"; }
		echo "trial $trial: $(field sent) sent, $(field acked) acknowledged, $(field lost) of them lost;" \
			"$(field unacked) unacknowledged, $(field savedUnanswered) of them saved without an answer;" \
			"sent again: $(field replayed) answered from the kept answer, $(field failedRetries) failed;" \
			"duplicates $(field duplicates), missing $(field missingAfterRetry)"
		sent=$((sent + $(field sent))); acked=$((acked + $(field acked))); lost=$((lost + $(field lost)))
		unacked=$((unacked + $(field unacked))); saved=$((saved + $(field savedUnanswered)))
		replayed=$((replayed + $(field replayed))); failed=$((failed + $(field failedRetries)))
		duplicates=$((duplicates + $(field duplicates))); missing=$((missing + $(field missingAfterRetry)))
	done
	echo "$name: acknowledged writes lost: $lost of $acked over $TRIALS trials; duplicates after retry: $duplicates"
	echo "$name: in flight at the kills: $unacked, of which $saved were saved without an answer (a retry without" \
		"the key would have stored those twice); sent again: $replayed answered from the kept answer," \
		"$failed failed; missing after the retry: $missing"
}

echo "== machine"
echo "$(nproc) cores, $(uname -r), writers $WRITERS, trials $TRIALS"
trials sqlite SPRING_DATASOURCE_URL=
if [ -n "${CRASH_POSTGRES_URL:-}" ]; then
	trials postgresql SPRING_DATASOURCE_URL="$CRASH_POSTGRES_URL"
fi
