#!/usr/bin/env bash
# sqlmap against every parameter of a representative list of FirstStep's routes: query
# parameters, ids in paths, form fields and JSON bodies, public and signed in (an API
# token, and a browser session with its CSRF token), on SQLite and, when asked, on
# PostgreSQL. Prints the figure, asserts nothing. See bench/README.md.
#
#   bench/sqlmap.sh                                  SQLite (a fresh data directory)
#   bench/sqlmap.sh jdbc:postgresql://host:port/db   SQLite, then that PostgreSQL database
#   bench/sqlmap.sh --scratch-postgres               SQLite, then a scratch PostgreSQL server
#
# It installs nothing: it needs sqlmap, curl and python3 (apt-get install -y sqlmap curl
# python3), and postgresql for --scratch-postgres (run as root, like bench/run.sh: the
# server runs as the postgres user). It builds the jar if there is none and runs it with
# bin/firststep. ONLY (a regular expression) limits the run to the routes it names.
# LEVEL and RISK choose sqlmap's --level (default 3: query and body,
# cookies, User-Agent and Referer) and --risk (default 2: adds heavy time-based tests;
# 3 would add OR-based tests, which may change every row an UPDATE reaches).
set -euo pipefail
cd "$(dirname "$0")/.."

LEVEL=${LEVEL:-3}
RISK=${RISK:-2}
OUT=bench/out/sqlmap
PASSWORD="a calm walk by the river"
for tool in sqlmap curl python3; do
	command -v "$tool" >/dev/null || { echo "bench/sqlmap.sh needs $tool: apt-get install -y $tool"; exit 1; }
done
rm -rf "$OUT"; mkdir -p "$OUT"

JAR=$(ls target/firststep-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

APP_PID=""; PG_DIR=""; PG_BIN=""
stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
cleanup() {
	stop_app
	if [ -n "$PG_DIR" ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; fi
	[ -n "${DATA:-}" ] && rm -rf "$DATA"
}
trap cleanup EXIT

# Starts FirstStep on a free port, on SQLite or on the JDBC URL given. The sign-in
# throttle is opened wide for the scan: sqlmap sends thousands of wrong passwords, and a
# locked account answers the same whatever the payload, which would hide what it tests.
start_app() { # [jdbc url]
	DATA=$(mktemp -d); PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
	env FIRSTSTEP_DATA_DIR="$DATA" SERVER_PORT="$PORT" ${1:+SPRING_DATASOURCE_URL=$1} \
		FIRSTSTEP_SIGNINTHROTTLE_PERACCOUNT=1000000 FIRSTSTEP_SIGNINTHROTTLE_PERADDRESS=1000000 \
		bin/firststep > "$OUT/app-$DB.log" 2>&1 &
	APP_PID=$!
	until curl -sf -o /dev/null "$BASE/"; do
		kill -0 "$APP_PID" 2>/dev/null || { echo "FirstStep did not start; see $OUT/app-$DB.log"; exit 1; }
		sleep 0.2
	done
}

api() { # method path [json] -> body; with the person's token
	curl -sf -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"} "$BASE$2"
}

# A person with a token and a browser session, one of each thing the routes name, and a
# supporter with a link, so that every id in the list is real.
seed() {
	local email="sqlmap-$DB@example.org" other="sqlmap-supporter-$DB@example.org"
	for who in "$email" "$other"; do
		curl -sf -o /dev/null -H 'Content-Type: application/json' \
			-d "{\"email\":\"$who\",\"password\":\"$PASSWORD\",\"displayName\":\"Sam\",\"timeZone\":\"Europe/Madrid\",\"country\":\"ES\",\"locale\":\"en\"}" \
			"$BASE/api/v1/accounts"
	done
	TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/tokens" | json token)
	SUPPORTER=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$other\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/tokens" | json token)
	PERSON=$(api POST /api/v1/people '{"name":"Robin Lee","safety":4,"goodFor":["listening"]}' | json id)
	ASK=$(api POST /api/v1/asks "{\"personId\":\"$PERSON\",\"need\":\"listening\",\"size\":\"small\",\"message\":\"Could we talk tonight?\"}" | json id)
	api POST "/api/v1/asks/$ASK/sent" '{}' >/dev/null
	JOURNAL=$(api POST /api/v1/journal '{"text":"By the harbour","mood":4}' | json id)
	api POST /api/v1/journal '{"text":"Another day by the harbour","mood":5}' >/dev/null
	CURSOR=$(api GET '/api/v1/journal?limit=1' | json next)
	THOUGHT=$(api POST /api/v1/thought-records '{"automaticThought":"They will say no"}' | json id)
	api POST /api/v1/checkins '{"mood":5,"note":"Slept well"}' >/dev/null
	local link; link=$(api POST /api/v1/invitations '{"scopes":["status","asks"]}' | json link)
	LINK=$(curl -sf -X POST -H "Authorization: Bearer $SUPPORTER" -H 'Content-Type: application/json' -d '{}' \
		"$BASE/api/v1/invitations/${link##*/}/accept" | json linkId)
	INVITATION=$(api POST /api/v1/invitations '{"scopes":["status"]}' | json link); INVITATION=${INVITATION##*/}
	local jar="$OUT/jar-$DB"
	curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/sign-in"
	local xsrf; xsrf=$(awk '$6=="XSRF-TOKEN"{print $7}' "$jar")
	curl -s -c "$jar" -b "$jar" -o /dev/null -H "X-XSRF-TOKEN: $xsrf" \
		--data-urlencode "email=$email" --data-urlencode "password=$PASSWORD" "$BASE/sign-in"
	curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/"
	XSRF=$(awk '$6=="XSRF-TOKEN"{print $7}' "$jar")
	SESSION=$(awk '$6 ~ /^FIRSTSTEP_/ || $6 == "XSRF-TOKEN" {printf "%s=%s; ", $6, $7}' "$jar")
	SESSION=${SESSION%; }
	PUBLIC="XSRF-TOKEN=$XSRF"
}

# One sqlmap run: a name, how to call (token | supporter | session | public), the method,
# the path (a * marks an id in it) and, for a body, its JSON or form text.
N=0
HASHING='^(token-sign-in|recover|sign-in-form)$'
scan() { # name auth method path [body]
	local name=$1 auth=$2 method=$3 path=$4 body=${5:-}
	[[ $name =~ ${ONLY:-.} ]] || return 0
	# 401 and 404 are ordinary answers here (a wrong password, an id that is not there):
	# sqlmap compares them like any other instead of giving up on the route.
	# Routes that hash a password or a recovery code on every request (Argon2id, a tenth of
	# a second on purpose) get sqlmap's first level and risk: their body fields, a few
	# hundred requests instead of several thousand.
	local level=$LEVEL risk=$RISK
	if [[ $name =~ $HASHING ]]; then level=1; risk=1; fi
	local args=(--batch --flush-session --level="$level" --risk="$risk" --dbms="$DBMS" --ignore-code=401,404
		--output-dir="$OUT/out-$DB" -u "$BASE$path" --method="$method")
	case "$auth" in
		token) args+=(-H "Authorization: Bearer $TOKEN") ;;
		supporter) args+=(-H "Authorization: Bearer $SUPPORTER") ;;
		session) args+=(--cookie="$SESSION" -H "X-XSRF-TOKEN: $XSRF") ;;
		public) args+=(--cookie="$PUBLIC" -H "X-XSRF-TOKEN: $XSRF") ;;
	esac
	if [ -n "$body" ]; then
		args+=(--data="$body")
		[[ $body == \{* ]] && args+=(-H "Content-Type: application/json")
	fi
	N=$((N + 1))
	local log; log=$(printf '%s/%s-%02d-%s.log' "$OUT" "$DB" "$N" "$name")
	sqlmap "${args[@]}" > "$log" 2>&1 || true
	# sqlmap's verdict per parameter: "does not seem to be injectable", or an injection
	# point in its closing report ("Parameter: q (GET)"); a first "appears to be
	# injectable" that its false-positive check then rejects counts as not injectable.
	local tested injectable
	injectable=$(sed -n "/identified the following injection point/,\$ s/^Parameter: \(.*\)$/\1/p" "$log" | sort -u | wc -l)
	tested=$(( $({ grep -oE "parameter '[^']+' does not seem to be injectable" "$log" || true; } | sort -u | wc -l) + injectable ))
	TESTED=$((TESTED + tested)); INJECTABLE=$((INJECTABLE + injectable))
	printf '  %-20s %-6s %-56s L%d R%d %2d tested, %d injectable\n' "$name" "$method" "${path:0:56}" "$level" "$risk" \
		"$tested" "$injectable"
	[ "$tested" -gt 0 ] || echo "    sqlmap tested nothing here; see $log"
}

run_scans() {
	TESTED=0; INJECTABLE=0; N=0
	echo "== $DB: sqlmap $(sqlmap --version 2>/dev/null | head -1), --level=$LEVEL --risk=$RISK --dbms=$DBMS"
	# query parameters
	scan journal-search token GET "/api/v1/journal?q=harbour&limit=5&cursor=$CURSOR"
	scan checkins-range token GET "/api/v1/checkins?from=2026-01-01&to=2026-12-31&limit=5"
	scan ask-templates token GET "/api/v1/asks/templates?need=listening&size=small"
	scan crisis-lines public GET "/api/v1/crisis-lines?country=ES"
	scan export token GET "/api/v1/me/export?format=json"
	scan journal-page session GET "/journal?q=harbour"
	scan ask-builder session GET "/asks/new?need=listening&person=$PERSON&size=small&template=0"
	scan give-and-take session GET "/give-and-take?person=$PERSON&direction=given"
	scan insights session GET "/insights?days=14"
	scan help public GET "/help?country=ES"
	# ids in paths
	scan person token GET "/api/v1/people/$PERSON*"
	scan ask token GET "/api/v1/asks/$ASK*"
	scan journal-entry token GET "/api/v1/journal/$JOURNAL*"
	scan thought-record token GET "/api/v1/thought-records/$THOUGHT*"
	scan supporting-status supporter GET "/api/v1/supporting/$LINK*/status"
	scan supporting-page supporter GET "/api/v1/supporting/$LINK*/asks"
	scan person-page session GET "/people/$PERSON*"
	scan invitation public GET "/invitations/$INVITATION*"
	scan fresh-start-link public GET "/reset/not-a-real-token*"
	# JSON bodies
	scan token-sign-in public POST /api/v1/auth/tokens "{\"email\":\"sqlmap-$DB@example.org\",\"password\":\"not the password\"}"
	scan recover public POST /api/v1/auth/recover "{\"email\":\"sqlmap-$DB@example.org\",\"recoveryCode\":\"AAAA-BBBB-CCCC-DDDD\",\"newPassword\":\"a new calm walk by the sea\"}"
	scan profile token PATCH /api/v1/me '{"displayName":"Sam","timeZone":"Europe/Madrid","country":"ES","locale":"en"}'
	scan journal-new token POST /api/v1/journal '{"text":"By the sea","mood":4}'
	scan person-new token POST /api/v1/people '{"type":"person","name":"Ana","relation":"friend","safety":3,"notes":"Kind","goodFor":["listening"]}'
	scan person-change token PATCH "/api/v1/people/$PERSON*" '{"notes":"Kind and calm"}'
	scan ask-new token POST /api/v1/asks "{\"personId\":\"$PERSON\",\"need\":\"listening\",\"size\":\"tiny\",\"message\":\"Hi\",\"channel\":\"sms\",\"predictedYes\":40,\"dread\":5}"
	scan exchange-new token POST /api/v1/exchanges "{\"direction\":\"given\",\"personId\":\"$PERSON\",\"what\":\"Tea\",\"date\":\"2026-11-30\"}"
	scan checkin-new token POST /api/v1/checkins '{"date":"2026-11-30","mood":5,"energy":4,"sleepHours":7,"note":"Fine"}'
	scan thought-new token POST /api/v1/thought-records "{\"situation\":\"Work\",\"automaticThought\":\"No one cares\",\"beliefBefore\":70,\"askId\":\"$ASK\"}"
	scan invitation-new token POST /api/v1/invitations "{\"scopes\":[\"status\"],\"personId\":\"$PERSON\",\"email\":\"friend@example.org\"}"
	scan ask-answer supporter POST "/api/v1/supporting/$LINK/asks/$ASK*/answer" '{"answer":"yes","message":"Of course"}'
	scan safety-check public POST /api/v1/safety/check '{"text":"I am tired"}'
	# form fields
	scan sign-in-form public POST /sign-in "email=sqlmap-$DB%40example.org&password=not+the+password"
	scan fresh-start-form public POST /reset "email=sqlmap-$DB%40example.org"
	scan language-form public POST /language "lang=es&return=%2Fjournal"
	scan journal-form session POST /journal "text=By+the+river&mood=4"
	scan person-form session POST /people "type=person&name=Lee&relation=friend&safety=3&goodFor=listening&notes=Calm"
	scan outcome-form session POST "/asks/$ASK/outcome" "outcome=yes&feelingAfter=7&note=It+went+well"
	echo "$DB: injectable parameters: $INJECTABLE of $TESTED tested"
	echo "$DB: injectable parameters: $INJECTABLE of $TESTED tested" >> "$OUT/summary.txt"
}

DB=sqlite DBMS=SQLite
start_app
seed
run_scans
stop_app

PG_URL=${1:-}
if [ "$PG_URL" = "--scratch-postgres" ]; then
	PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
	[ -x "$PG_BIN/pg_ctl" ] || { echo "--scratch-postgres needs a PostgreSQL server: apt-get install -y postgresql"; exit 1; }
	PG_DIR=$(mktemp -d); chown postgres "$PG_DIR"; PG_PORT=$(free_port)
	runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U firststep -A trust -E UTF8 --no-locale >/dev/null
	runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
		-o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
	runuser -u postgres -- "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U firststep -d postgres -c "CREATE DATABASE firststep" >/dev/null
	PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/firststep?user=firststep"
fi
if [ -n "$PG_URL" ]; then
	DB=postgresql DBMS=PostgreSQL
	start_app "$PG_URL"
	seed
	run_scans
	stop_app
fi
echo "== injectable parameters"
cat "$OUT/summary.txt"
echo "(sqlmap's logs: $OUT)"
