#!/usr/bin/env bash
# A year of data for the signed-in benchmark people, through the API, so that it is
# sealed exactly as real use seals it. Each feature adds its calls here as it arrives.
#   bench/seed-year.sh <base-url> <cookies-file>
set -euo pipefail
BASE=$1
COOKIES=$2
[ -s "$COOKIES" ] || exit 0
