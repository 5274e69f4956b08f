#!/usr/bin/env bash
# Times the staff lists (issue 17) on a running portal over a generated district: signs in through the login form
# and prints, per address, the median and p95 of RUNS requests after one warm-up, then the load average.
# Loopback only; every loop is bounded.
#   BASE=http://127.0.0.1:5104 EMAIL=a@x.vn PASSWORD=... tools/bench-lists.sh /Conferences '/Topics?Sort=Count'
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:5104}
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only" >&2; exit 2;; esac
RUNS=${RUNS:-7}
JAR=$(mktemp /tmp/bench-lists.XXXXXX)
trap 'rm -f "$JAR"' EXIT
TOKEN=$(curl --max-time 30 -s -c "$JAR" -b "$JAR" "$BASE/Account/Login" \
  | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl --max-time 30 -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Email=${EMAIL:?}" --data-urlencode "Password=${PASSWORD:?}" \
  --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/Account/Login"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "$@"; do
  # A request that times out counts as its time limit instead of ending the run.
  status=$(curl --max-time 60 -s -o /dev/null -b "$JAR" "$BASE$path" -w "%{http_code}" || true)
  for _ in $(seq 1 "$RUNS"); do curl --max-time 60 -s -o /dev/null -b "$JAR" "$BASE$path" -w "%{time_total}\n" || true; done | sort -n \
    | awk -v p="$path" -v s="$status" '{a[NR]=$1} END {printf "%-60s %s median %7.1f ms  p95 %7.1f ms\n", p, s, a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
