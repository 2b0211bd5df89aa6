#!/usr/bin/env bash
# The platform's hottest read: a published framework version's tree, served from memory.
# Runs wrk against the local stack (./pswcp up first) and prints the figures: a full read, and a
# revalidation with If-None-Match (304). Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
url="${1:-http://127.0.0.1:8081/v1/frameworks/mh-psw/versions/2020-10/tree}"
duration="${DURATION:-10s}"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
etag="$(curl -fsS -D - -o /dev/null "$url" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')"
echo "== full read: $url"
wrk -t2 -c16 -d"$duration" --latency "$url" | grep -E 'Latency|Requests/sec|Transfer/sec|50%|99%'
echo "== revalidation (If-None-Match: $etag -> 304)"
wrk -t2 -c16 -d"$duration" --latency -H "If-None-Match: $etag" "$url" | grep -E 'Latency|Requests/sec|50%|99%'
