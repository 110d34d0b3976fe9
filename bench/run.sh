#!/usr/bin/env bash
# FirstStep benchmark: prints figures, asserts nothing. See bench/README.md.
#
#   bench/run.sh [people] [connections] [duration]      e.g. bench/run.sh 10000 32 30s
#
# 1. time from start to first answer on the embedded database (SQLite, fresh data dir);
# 2. FirstStep on a scratch PostgreSQL server with <people> people and a year of data each;
# 3. wrk, in the same run: the trivial endpoint /actuator/health (the whole filter chain and
#    one database round trip, like every real page), a static file, and the signed-in home
#    page: requests per second, p50, p99, their ratios;
# 4. resident memory of the app under load;
# 5. bytes transferred for the first load of each page (HTML + CSS + scripts, compressed).
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${1:-10000}
CONNECTIONS=${2:-32}
DURATION=${3:-30s}
SIGNED_IN=20
STARTS=${STARTS:-5}
# Empty JAVA_OPTS: the launcher's production defaults (bin/firststep).
JAVA_OPTS=${JAVA_OPTS:-}
# The seeding clients each name their own address, as they would behind a load balancer.
export SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES='127\.0\.0\.1'
OUT=bench/out
mkdir -p "$OUT"
PASSWORD="a long benchmark password"

for tool in wrk curl psql; do
	command -v "$tool" >/dev/null || { echo "bench needs $tool: apt-get install -y ${tool/psql/postgresql-client}"; exit 1; }
done
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/pg_ctl" ] || { echo "bench needs a PostgreSQL server: apt-get install -y postgresql"; exit 1; }
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}'); [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | sort -V | tail -1)}
[ -n "$JAVA" ] || { echo "bench needs a JDK 21 or newer under /usr/lib/jvm"; exit 1; }

JAR=$(ls target/firststep-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; fi
# Production start: the launcher unpacks the jar and trains its start-up cache once.
JAVA_OPTS="$JAVA_OPTS" JAVA="$JAVA" bin/firststep --prepare

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
wait_up() { # port pid -> ms waited
	local start=$1 port=$2 pid=$3
	until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
		kill -0 "$pid" 2>/dev/null || { echo "FirstStep did not start; see $OUT/app.log"; exit 1; }
		sleep 0.02
	done
	echo $(( $(now_ms) - start ))
}
APP_PID=""; PG_DIR=""
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	if [ -n "$PG_DIR" ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; fi
}
trap cleanup EXIT
# KEEP=1 leaves FirstStep and PostgreSQL running after the figures, to profile the same state.
keep_running() {
	trap - EXIT
	echo "== left running (KEEP=1): FirstStep pid $APP_PID at $BASE, PostgreSQL in $PG_DIR on port $PG_PORT, wrk script $OUT/home.lua"
}

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $("$JAVA" -version 2>&1 | head -1)"
echo "JAVA_OPTS=${JAVA_OPTS:-(bin/firststep defaults: $(sed -n 's/^default_opts="\(.*\)"$/\1/p' bin/firststep | head -1))}"

echo "== start to first answer, embedded SQLite (fresh data directory each time, $STARTS starts)"
starts=()
for _ in $(seq 1 "$STARTS"); do
	DATA=$(mktemp -d); PORT=$(free_port)
	start=$(now_ms)
	FIRSTSTEP_DATA_DIR=$DATA SERVER_PORT=$PORT JAVA_OPTS="$JAVA_OPTS" JAVA="$JAVA" bin/firststep > "$OUT/app-sqlite.log" 2>&1 &
	APP_PID=$!
	starts+=("$(wait_up "$start" "$PORT" "$APP_PID")")
	kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; rm -rf "$DATA"
done
echo "first answer after ${starts[*]} ms: median $(printf '%s\n' "${starts[@]}" | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}') ms"

echo "== PostgreSQL"
PG_DIR=$(mktemp -d); chown postgres "$PG_DIR"; PG_PORT=$(free_port)
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U firststep -A trust -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
	-o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_connections=100 -c shared_preload_libraries=pg_stat_statements" start >/dev/null
psql -q -h 127.0.0.1 -p "$PG_PORT" -U firststep -d postgres -c "CREATE DATABASE firststep" >/dev/null
psql -q -h 127.0.0.1 -p "$PG_PORT" -U firststep -d firststep -c "CREATE EXTENSION pg_stat_statements" >/dev/null
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U firststep -d firststep)

PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
start=$(now_ms)
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/firststep?user=firststep" SERVER_PORT=$PORT \
	JAVA_OPTS="$JAVA_OPTS" JAVA="$JAVA" bin/firststep > "$OUT/app.log" 2>&1 &
APP_PID=$!
PG_START_MS=$(wait_up "$start" "$PORT" "$APP_PID")
echo "first answer on PostgreSQL after ${PG_START_MS} ms"

echo "== seeding $PEOPLE people with a year of data each"
seed_start=$(now_ms)
: > "$OUT/cookies.txt"
for i in $(seq 1 "$SIGNED_IN"); do
	email="bench-signed-in-$i@example.org"
	curl -sf -o /dev/null -H 'Content-Type: application/json' -H "X-Forwarded-For: 198.18.0.$i" \
		-d "{\"email\":\"$email\",\"password\":\"$PASSWORD\",\"displayName\":\"Bench $i\",\"timeZone\":\"Europe/Madrid\",\"country\":\"ES\"}" \
		"$BASE/api/v1/accounts"
	jar=$(mktemp)
	curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/sign-in"
	xsrf=$(awk '$6=="XSRF-TOKEN"{print $7}' "$jar")
	curl -s -c "$jar" -b "$jar" -o /dev/null -H "X-XSRF-TOKEN: $xsrf" -H "X-Forwarded-For: 198.18.1.$i" \
		--data-urlencode "email=$email" --data-urlencode "password=$PASSWORD" "$BASE/sign-in"
	# Every cookie a browser would send back: the session and the CSRF token's cookie,
	# which sign-in renews and the next page sets.
	curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/"
	awk '$6 ~ /^FIRSTSTEP_/ || $6 == "XSRF-TOKEN" {printf "%s=%s; ", $6, $7}' "$jar" >> "$OUT/cookies.txt"; echo >> "$OUT/cookies.txt"
	rm -f "$jar"
done
bash bench/seed-year.sh "$BASE" bench-signed-in "$SIGNED_IN" "$PASSWORD"
"${PSQL[@]}" -v n=$(( PEOPLE > SIGNED_IN ? PEOPLE - SIGNED_IN : 0 )) -f bench/seed.sql
"${PSQL[@]}" -c "VACUUM ANALYZE" >/dev/null
echo "seeded in $(( ($(now_ms) - seed_start) / 1000 )) s: $("${PSQL[@]}" -tAc 'SELECT count(*) FROM account') accounts"

{
	echo "local cookies = {"
	sed 's/; $//; s/.*/  "&",/' "$OUT/cookies.txt"
	echo "}"
	cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/", { ["Cookie"] = cookies[(n % #cookies) + 1], ["Accept-Encoding"] = "gzip" })
end
LUA
} > "$OUT/home.lua"

run_wrk() { # name path [script]
	local name=$1 path=$2 script=${3:-}
	local args=(-t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: gzip")
	[ -n "$script" ] && args+=(-s "$script")
	wrk "${args[@]}" "$BASE$path" > "$OUT/wrk-$name.txt"
}
rss_sampler() { local max=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(awk '/VmRSS/{print $2}' /proc/$APP_PID/status); [ "$r" -gt "$max" ] && max=$r && echo "$max" > "$OUT/rss-max.txt"; sleep 0.5; done; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.2f", v}'; }

echo "== warm-up"
wrk -t2 -c"$CONNECTIONS" -d20s "$BASE/actuator/health" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d20s -s "$OUT/home.lua" "$BASE/" >/dev/null

echo "== load: $CONNECTIONS connections, $DURATION each"
echo 0 > "$OUT/rss-max.txt"; rss_sampler & SAMPLER=$!
run_wrk static /robots.txt
run_wrk trivial /actuator/health
"${PSQL[@]}" -c "SELECT pg_stat_statements_reset()" >/dev/null
run_wrk home / "$OUT/home.lua"
kill "$SAMPLER" 2>/dev/null || true
status=$(grep -c 'Non-2xx' "$OUT/wrk-home.txt" || true)

rps() { awk '/Requests\/sec/{print $2}' "$1"; }
pct() { awk -v p="$2" '$1==p{print $2}' "$1" | to_ms; }
S_RPS=$(rps "$OUT/wrk-static.txt"); T_RPS=$(rps "$OUT/wrk-trivial.txt"); H_RPS=$(rps "$OUT/wrk-home.txt")
printf "%-30s %10s %9s %9s\n" endpoint "req/s" "p50 ms" "p99 ms"
printf "%-30s %10s %9s %9s\n" "static file /robots.txt" "$S_RPS" "$(pct "$OUT/wrk-static.txt" 50%)" "$(pct "$OUT/wrk-static.txt" 99%)"
printf "%-30s %10s %9s %9s\n" "trivial /actuator/health" "$T_RPS" "$(pct "$OUT/wrk-trivial.txt" 50%)" "$(pct "$OUT/wrk-trivial.txt" 99%)"
printf "%-30s %10s %9s %9s\n" "signed-in home /" "$H_RPS" "$(pct "$OUT/wrk-home.txt" 50%)" "$(pct "$OUT/wrk-home.txt" 99%)"
echo "home / trivial (health) requests per second: $(awk -v a="$H_RPS" -v b="$T_RPS" 'BEGIN{printf "%.2f", a/b}')"
echo "home / static file requests per second: $(awk -v a="$H_RPS" -v b="$S_RPS" 'BEGIN{printf "%.2f", a/b}')"
[ "$status" = "0" ] || echo "WARNING: non-2xx answers during the home run: $(grep 'Non-2xx' "$OUT/wrk-home.txt")"
echo "resident memory under load: max $(( $(cat "$OUT/rss-max.txt") / 1024 )) MB"
echo "statements PostgreSQL ran for the home page (mean execution time, without the round trip):"
"${PSQL[@]}" -tA -F ' ' -c "SELECT calls, round(mean_exec_time::numeric * 1000) || ' us', left(regexp_replace(query, '\s+', ' ', 'g'), 70)
	FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 4" | sed 's/^/  /'

echo "== first-load bytes per page (compressed HTML + CSS + scripts)"
cookie=$(head -1 "$OUT/cookies.txt")
page_bytes() { # path cookie
	local html total
	html=$(curl -s -H "Cookie: $2" "$BASE$1")
	total=$(curl -s -H 'Accept-Encoding: gzip' -H "Cookie: $2" "$BASE$1" | wc -c)
	for asset in $(echo "$html" | grep -oE '(href|src)="/(css|js)/[^"]+"' | sed -E 's/.*="([^"]+)"/\1/'); do
		total=$(( total + $(curl -s -H 'Accept-Encoding: gzip' "$BASE$asset" | wc -c) ))
	done
	echo "$total"
}
for path in / /help /sign-in /sign-up /recover; do printf "  %-28s %6s bytes\n" "$path (signed out)" "$(page_bytes "$path" "")"; done
for path in $(cat bench/pages.txt); do printf "  %-28s %6s bytes\n" "$path (signed in)" "$(page_bytes "$path" "$cookie")"; done
if [ -n "${KEEP:-}" ]; then keep_running; fi
