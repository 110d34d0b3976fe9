#!/usr/bin/env bash
# FirstStep benchmark: prints figures, asserts nothing. See bench/README.md.
#
#   bench/run.sh [people] [connections] [duration]      e.g. bench/run.sh 10000 32 30s
#
# 1. time from start to first answer on the embedded database (SQLite, fresh data dir);
# 2. FirstStep on a scratch PostgreSQL server, the signed-in home page at 1,000 people, then
#    grown to <people> people with a year of data each, and the home page again;
# 3. wrk, in the same run: the trivial endpoint /actuator/health (the whole filter chain and
#    one database round trip, like every real page), a static file, and the signed-in home
#    page: requests per second, p50, p99, their ratios;
# 4. the slowest pages: insights over 365 days, the export of a year, sign-in (Argon2id);
# 5. resident memory of the app under load;
# 6. bytes transferred for the first load of each page (HTML + CSS + scripts, compressed);
# 7. a table of issue 18 item 7's targets, each figure and whether it is met.
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${1:-10000}
CONNECTIONS=${2:-32}
DURATION=${3:-30s}
SIGNED_IN=20
# The home page is measured at this many people first, then again at <people>.
SCALE_FROM=$(( PEOPLE < 1000 ? PEOPLE : 1000 ))
STARTS=${STARTS:-5}
# Empty JAVA_OPTS: the launcher's production defaults (bin/firststep).
JAVA_OPTS=${JAVA_OPTS:-}
# The seeding clients each name their own address, as they would behind a load balancer.
export SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES='127\.0\.0\.1'
OUT=bench/out
RUN_START=$(date +%s%3N)
mkdir -p "$OUT"
PASSWORD="a long benchmark password"

for tool in wrk curl psql python3; do
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
	if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
	if [ -n "$PG_DIR" ]; then
		runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null ||
			echo "could not stop the scratch PostgreSQL server in $PG_DIR" >&2
		rm -rf "$PG_DIR"
	fi
}
trap cleanup EXIT
# Interrupted or killed, still through the EXIT trap: no FirstStep or PostgreSQL left behind.
trap 'exit 130' INT TERM
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

echo "== seeding: $SIGNED_IN signed-in people through the API, then $SCALE_FROM people, then $PEOPLE"
seed_start=$(now_ms)
: > "$OUT/cookies.txt"; : > "$OUT/emails.txt"
for i in $(seq 1 "$SIGNED_IN"); do
	email="bench-signed-in-$i@example.org"
	echo "$email" >> "$OUT/emails.txt"
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
SEED_MS=$(( $(now_ms) - seed_start )); API_SEED_S=$(( SEED_MS / 1000 ))
echo "signed-in people with a year of data each, through the API: $API_SEED_S s"
accounts() { "${PSQL[@]}" -tAc 'SELECT count(*) FROM account'; }
SEEDED=$SIGNED_IN
grow_to() { # people: seed.sql adds the synthetic people up to that many accounts, then VACUUM ANALYZE
	local start; start=$(now_ms)
	# Each statement's time goes to seed-<people>.txt, to see where the seeding time goes.
	"${PSQL[@]}" -v first=$(( SEEDED - SIGNED_IN + 1 )) -v n=$(( $1 > SEEDED ? $1 - SEEDED : 0 )) \
		-c '\timing on' -f bench/seed.sql > "$OUT/seed-$1.txt"
	local sql_ms=$(( $(now_ms) - start ))
	"${PSQL[@]}" -c "VACUUM ANALYZE" >/dev/null
	SEEDED=$(( $1 > SEEDED ? $1 : SEEDED ))
	SEED_MS=$(( SEED_MS + $(now_ms) - start ))
	echo "grown to $(accounts) accounts: seed.sql $(( sql_ms / 1000 )) s, VACUUM ANALYZE $(( ($(now_ms) - start - sql_ms) / 1000 )) s"
}
grow_to "$SCALE_FROM"

# One Lua script per signed-in page: each request carries the cookies of the next of the
# signed-in people, as their browsers would.
signed_in_lua() { # path
	echo "local cookies = {"
	sed 's/; $//; s/.*/  "&",/' "$OUT/cookies.txt"
	echo "}"
	cat <<LUA
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "$1", { ["Cookie"] = cookies[(n % #cookies) + 1], ["Accept-Encoding"] = "gzip" })
end
LUA
}
signed_in_lua / > "$OUT/home.lua"
signed_in_lua '/insights?days=365' > "$OUT/insights.lua"
signed_in_lua /settings/export.json > "$OUT/export.lua"
# Sign-in as the form sends it, each attempt a correct password for one of the signed-in
# people, with a CSRF token as the sign-in page hands one out (cookie and header agree).
xsrf=$(curl -s -c - -o /dev/null "$BASE/sign-in" | awk '$6=="XSRF-TOKEN"{print $7}')
sign_in_bursts() { # attempts at once, rounds -> one "status seconds" line per attempt
	for _ in $(seq 1 "$2"); do
		for k in $(seq 1 "$1"); do sed -n "$(( (k - 1) % SIGNED_IN + 1 ))p" "$OUT/emails.txt"; done |
			xargs -P "$1" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
				-H "Cookie: XSRF-TOKEN=$xsrf" -H "X-XSRF-TOKEN: $xsrf" \
				--data-urlencode "email={}" --data-urlencode "password=$PASSWORD" "$BASE/sign-in"
	done
}

run_wrk() { # name path connections [script]
	local name=$1 path=$2 connections=$3 script=${4:-}
	local args=(-t2 -c"$connections" -d"$DURATION" --timeout 60s --latency -H "Accept-Encoding: gzip")
	[ -n "$script" ] && args+=(-s "$script")
	wrk "${args[@]}" "$BASE$path" > "$OUT/wrk-$name.txt"
	if grep -q 'Non-2xx' "$OUT/wrk-$name.txt"; then echo "WARNING: error answers during $name: $(grep 'Non-2xx' "$OUT/wrk-$name.txt")"; fi
}
rss_sampler() { local max=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(awk '/VmRSS/{print $2}' /proc/$APP_PID/status); [ "$r" -gt "$max" ] && max=$r && echo "$max" > "$OUT/rss-max.txt"; sleep 0.5; done; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.2f", v}'; }
rps() { awk '/Requests\/sec/{print $2}' "$OUT/wrk-$1.txt"; }
count() { awk '/requests in/{print $1}' "$OUT/wrk-$1.txt"; }
pct() { awk -v p="$2" '$1==p{print $2}' "$OUT/wrk-$1.txt" | to_ms; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
row() { printf "%-34s %5s %8s %8s %9s %9s\n" "$1" "$2" "$(count "$3")" "$(rps "$3")" "$(pct "$3" 50%)" "$(pct "$3" 99%)"; }
header() { printf "%-34s %5s %8s %8s %9s %9s\n" endpoint conns requests "req/s" "p50 ms" "p99 ms"; }

echo "== warm-up"
wrk -t2 -c"$CONNECTIONS" -d20s "$BASE/actuator/health" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d20s -s "$OUT/home.lua" "$BASE/" >/dev/null

echo 0 > "$OUT/rss-max.txt"; rss_sampler & SAMPLER=$!
if [ "$PEOPLE" -gt "$SCALE_FROM" ]; then
	echo "== signed-in home at $(accounts) people, $CONNECTIONS connections, $DURATION"
	run_wrk home-small / "$CONNECTIONS" "$OUT/home.lua"
	header; row "signed-in home /" "$CONNECTIONS" home-small
	grow_to "$PEOPLE"
	wrk -t2 -c"$CONNECTIONS" -d10s -s "$OUT/home.lua" "$BASE/" >/dev/null
fi

echo "== load at $(accounts) people: $CONNECTIONS connections, $DURATION each"
run_wrk static /robots.txt "$CONNECTIONS"
run_wrk trivial /actuator/health "$CONNECTIONS"
"${PSQL[@]}" -c "SELECT pg_stat_statements_reset()" >/dev/null
run_wrk home / "$CONNECTIONS" "$OUT/home.lua"
HOME_RSS=$(( $(cat "$OUT/rss-max.txt") / 1024 ))
header
row "static file /robots.txt" "$CONNECTIONS" static
row "trivial /actuator/health" "$CONNECTIONS" trivial
row "signed-in home /" "$CONNECTIONS" home
H_RPS=$(rps home); T_RPS=$(rps trivial)
echo "home / trivial (health) requests per second: $(ratio "$H_RPS" "$T_RPS") (recorded, no longer a target)"
echo "home / static file requests per second: $(ratio "$H_RPS" "$(rps static)")"
echo "statements PostgreSQL ran for the home page (mean execution time, without the round trip):"
"${PSQL[@]}" -tA -F ' ' -c "SELECT calls, round(mean_exec_time::numeric * 1000) || ' us', left(regexp_replace(query, '\s+', ' ', 'g'), 70)
	FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 4" | sed 's/^/  /'
if [ "$PEOPLE" -gt "$SCALE_FROM" ]; then
	P99_RATIO=$(ratio "$(pct home 99%)" "$(pct home-small 99%)")
	echo "home at $PEOPLE people against $SCALE_FROM: p50 $(pct home-small 50%) -> $(pct home 50%) ms ($(ratio "$(pct home 50%)" "$(pct home-small 50%)") x)," \
		"p99 $(pct home-small 99%) -> $(pct home 99%) ms ($P99_RATIO x; target at most 1.3 x)"
fi

# The slowest pages a person meets, each under the burst that would bring it: a handful of
# people reading a year of insights or downloading their data in the same second (8
# connections without pause), a class signing in at once (bursts of 20 attempts, every
# attempt timed and checked). Argon2id runs as many at once as 19 MiB each fits in a quarter
# of the heap (platform/security/MemoryHardWork), so the sign-ins queue for it.
echo "== the slowest pages, $DURATION each"
SLOW=${SLOW_CONNECTIONS:-8}; SIGN_INS=${SIGN_IN_CONNECTIONS:-20}; SIGN_IN_ROUNDS=${SIGN_IN_ROUNDS:-5}
run_wrk insights '/insights?days=365' "$SLOW" "$OUT/insights.lua"
run_wrk export /settings/export.json "$SLOW" "$OUT/export.lua"
sign_in_start=$(now_ms)
sign_in_bursts "$SIGN_INS" "$SIGN_IN_ROUNDS" > "$OUT/sign-in.txt"
SIGN_IN_S=$(( $(now_ms) - sign_in_start ))
kill "$SAMPLER" 2>/dev/null || true
RSS=$(( $(cat "$OUT/rss-max.txt") / 1024 ))
cookie=$(head -1 "$OUT/cookies.txt")
export_bytes=$(curl -sf -H "Cookie: $cookie" -o /dev/null -w '%{size_download}' "$BASE/settings/export.json")
export_gzip=$(curl -sf -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE/settings/export.json")
header
row "insights /insights?days=365" "$SLOW" insights
row "export /settings/export.json" "$SLOW" export
sign_in_pct() { sort -n -k2 "$OUT/sign-in.txt" | awk -v p="$1" '{v[NR]=$2} END{i=int(NR*p/100); if (i<NR*p/100) i++; printf "%.2f", v[i]*1000}'; }
SIGN_IN_N=$(wc -l < "$OUT/sign-in.txt"); SIGN_IN_OK=$(grep -c '^302 ' "$OUT/sign-in.txt" || true)
printf "%-34s %5s %8s %8s %9s %9s\n" "sign-in POST /sign-in (Argon2id)" "$SIGN_INS" "$SIGN_IN_N" \
	"$(ratio "$SIGN_IN_N" "$(ratio "$SIGN_IN_S" 1000)")" "$(sign_in_pct 50)" "$(sign_in_pct 99)"
echo "export of a year of data: $export_bytes bytes ($export_gzip bytes sent gzipped)"
echo "sign-in: $SIGN_IN_ROUNDS bursts of $SIGN_INS attempts at once, $SIGN_IN_OK of $SIGN_IN_N signed in (302);" \
	"the slowest took $(sign_in_pct 100) ms"
[ "$SIGN_IN_OK" = "$SIGN_IN_N" ] || echo "WARNING: sign-ins that did not succeed: $(grep -v '^302 ' "$OUT/sign-in.txt" | awk '{print $1}' | sort | uniq -c | tr '\n' ' ')"
echo "resident memory: max $HOME_RSS MB under the home load, $RSS MB over all the load (slow pages included)"

echo "== first-load bytes per page (compressed HTML + CSS + scripts)"
page_bytes() { # path cookie
	local html total
	html=$(curl -s -H "Cookie: $2" "$BASE$1")
	total=$(curl -s -H 'Accept-Encoding: gzip' -H "Cookie: $2" "$BASE$1" | wc -c)
	for asset in $(echo "$html" | grep -oE '(href|src)="/(css|js)/[^"]+"' | sed -E 's/.*="([^"]+)"/\1/'); do
		total=$(( total + $(curl -s -H 'Accept-Encoding: gzip' "$BASE$asset" | wc -c) ))
	done
	echo "$total"
}
: > "$OUT/page-bytes.txt"
for path in / /help /sign-in /sign-up /recover; do printf "  %-32s %6s bytes\n" "$path (signed out)" "$(page_bytes "$path" "")" | tee -a "$OUT/page-bytes.txt"; done
for path in $(cat bench/pages.txt); do printf "  %-32s %6s bytes\n" "$path (signed in)" "$(page_bytes "$path" "$cookie")" | tee -a "$OUT/page-bytes.txt"; done
LARGEST=$(sort -k4 -n "$OUT/page-bytes.txt" | tail -1 | awk '{print $1, $2, $3, $4}')

echo "== issue 18 item 7 targets (for bench/run.sh 100000 32 30s; this run: $PEOPLE $CONNECTIONS $DURATION, $(( ($(now_ms) - RUN_START) / 1000 )) s, of which seeding $(( SEED_MS / 1000 )) s)"
START_MS=$(printf '%s\n' "${starts[@]}" | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}')
met() { awk -v v="$1" -v t="$2" 'BEGIN{print (v != "" && v + 0 <= t + 0) ? "yes" : "no"}'; }
summary() { printf "| %-46s | %-30s | %-12s | %-4s |\n" "$@"; }
summary target figure limit met
summary "signed-in home p99, $CONNECTIONS connections" "$(pct home 99%) ms" "50 ms" "$(met "$(pct home 99%)" 50)"
if [ "$PEOPLE" -gt "$SCALE_FROM" ]; then
	summary "home p99 at $PEOPLE people / at $SCALE_FROM" "$P99_RATIO x" "1.3 x" "$(met "$P99_RATIO" 1.3)"
else
	summary "home p99 at $PEOPLE people / at $SCALE_FROM" "not measured (people <= $SCALE_FROM)" "1.3 x" "-"
fi
summary "largest first load (every page above)" "$(( ${LARGEST##* } / 1024 )) KB, ${LARGEST% *}" "30 KB" "$(met "${LARGEST##* }" 30720)"
summary "start to first answer, SQLite (median)" "$START_MS ms" "3000 ms" "$(met "$START_MS" 3000)"
summary "resident memory under load" "$RSS MB" "300 MB" "$(met "$RSS" 300)"
summary "home / trivial requests per second" "$(ratio "$H_RPS" "$T_RPS")" "recorded" "-"
summary "insights 365 days, $SLOW connections, p50 / p99" "$(pct insights 50%) / $(pct insights 99%) ms" "recorded" "-"
summary "export of a year, $SLOW connections, p50 / p99" "$(pct export 50%) / $(pct export 99%) ms" "recorded" "-"
summary "sign-in, $SIGN_INS at once, p50 / p99" "$(sign_in_pct 50) / $(sign_in_pct 99) ms" "recorded" "-"
if [ -n "${KEEP:-}" ]; then keep_running; fi
