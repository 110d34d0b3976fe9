#!/usr/bin/env bash
# A year of data for the signed-in benchmark people, through the API, so that it is
# sealed exactly as real use seals it: eight people in the network and an ask a week
# with its outcome. Each feature adds its calls here as it arrives.
#   bench/seed-year.sh <base-url> <email-prefix> <count> <password>
set -euo pipefail
BASE=$1; PREFIX=$2; COUNT=$3; PASSWORD=$4
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
for i in $(seq 1 "$COUNT"); do
	TOKEN=$(curl -sf -H 'Content-Type: application/json' -H "X-Forwarded-For: 198.18.2.$i" \
		-d "{\"email\":\"$PREFIX-$i@example.org\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/tokens" \
		| sed 's/.*"token":"\([^"]*\)".*/\1/')
	people=()
	for p in $(seq 1 8); do
		people+=("$(api -d "{\"name\":\"Person $p\",\"relation\":\"friend\",\"goodFor\":[\"listening\",\"practical\"],\"safety\":$(( p % 5 + 1 )),\"channels\":[{\"kind\":\"sms\",\"value\":\"+34 600 000 00$p\"}],\"notes\":\"Met at school, kind and calm.\"}" \
			"$BASE/api/v1/people" | sed 's/.*"id":"\([^"]*\)".*/\1/')")
	done
	for week in $(seq 1 52); do
		person=${people[$(( week % 8 ))]}
		sizes=(tiny small medium big); size=${sizes[$(( week % 4 ))]}
		ask=$(api -d "{\"personId\":\"$person\",\"need\":\"listening\",\"size\":\"$size\",\"message\":\"Could you call me on Friday for ten minutes? No worries if not.\",\"predictedYes\":$(( (week * 7) % 100 )),\"dread\":$(( week % 11 ))}" \
			"$BASE/api/v1/asks" | sed 's/.*"id":"\([^"]*\)".*/\1/')
		outcomes=(yes yes partly no noReply); outcome=${outcomes[$(( week % 5 ))]}
		api -o /dev/null -d "{\"outcome\":\"$outcome\",\"feelingAfter\":$(( week % 11 )),\"note\":\"Went better than I feared.\"}" \
			"$BASE/api/v1/asks/$ask/outcome"
	done
done
