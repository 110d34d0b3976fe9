#!/usr/bin/env bash
# A year of data for the signed-in benchmark people, through the API, so that it is
# sealed exactly as real use seals it: bench/year.py writes a year of one person's use as
# an export document, dated across the year (8 people, an ask a week with its outcome, a
# check-in a day, journal, assessments, thought records, give and take, a safety plan),
# and POST /api/v1/me/import stores it into the new, empty account. Each feature adds its
# rows to year.py as it arrives.
#   bench/seed-year.sh <base-url> <email-prefix> <count> <password>
set -euo pipefail
BASE=$1; PREFIX=$2; COUNT=$3; PASSWORD=$4
for i in $(seq 1 "$COUNT"); do
	TOKEN=$(curl -sf -H 'Content-Type: application/json' -H "X-Forwarded-For: 198.18.2.$i" \
		-d "{\"email\":\"$PREFIX-$i@example.org\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/tokens" \
		| sed 's/.*"token":"\([^"]*\)".*/\1/')
	python3 "$(dirname "$0")/year.py" "$i" | curl -sS --fail-with-body -o /dev/null -H "Authorization: Bearer $TOKEN" \
		-H 'Content-Type: application/json' --data-binary @- "$BASE/api/v1/me/import"
done
