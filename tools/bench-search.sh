#!/usr/bin/env bash
# Times the search page over HTTP (issue 17) on a district made by tools/DoiThoai.DataGenerator: the Release portal
# on that database (loopback only), an administrator of the district (GEN-D) and one of a commune (GEN-D-07: the
# search's scope is the user's unit, as for the commune's staff), each signed in with curl; per word, 2 warm-up
# requests then RUNS timed ones. Prints median and p95 per word and scope, and the load average.
#   tools/bench-search.sh /tmp/search-gen.db
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath "${1:?the generated database file}")
RUNS=${RUNS:-9}
PORT=${PORT:-5105}
ART=${BENCH_ARTIFACTS:-/tmp/doithoai-bench-artifacts}
WORK=$(mktemp -d /tmp/doithoai-search.XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

[ "${NO_BUILD:-0}" = 1 ] || dotnet build src/DoiThoai.Web -c Release --artifacts-path "$ART" -v q -nologo >/dev/null
PORTAL=(dotnet "$ART/bin/DoiThoai.Web/release/DoiThoai.Web.dll")
export ASPNETCORE_ENVIRONMENT=Testing Seed__DemoData=false ConnectionStrings__Sqlite="Data Source=$DB" Logging__Folder="$WORK/logs"
export DOITHOAI_ADMIN_PASSWORD="bench $(head -c 12 /dev/urandom | base64)"
STAMP=$(date +%s)
for unit in GEN-D GEN-D-07; do
  "${PORTAL[@]}" create-admin --email "search-$unit-$STAMP@bench.local" --name "Đo tìm kiếm" --unit "$unit" --contentRoot "$PWD/src/DoiThoai.Web" >/dev/null
done

ASPNETCORE_URLS="http://127.0.0.1:$PORT" "${PORTAL[@]}" --contentRoot "$PWD/src/DoiThoai.Web" >"$WORK/portal.out" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl --max-time 30 -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done

WORDS=("thai tuong" "khai thac cat" "dân" "đường" "dat dai" "moi tru" "moi truong" "khongcotunay")
for unit in GEN-D GEN-D-07; do
  JAR="$WORK/cookies-$unit"
  TOKEN=$(curl --max-time 30 -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/Account/Login" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl --max-time 30 -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Email=search-$unit-$STAMP@bench.local" \
    --data-urlencode "Password=$DOITHOAI_ADMIN_PASSWORD" --data-urlencode "__RequestVerificationToken=$TOKEN" "http://127.0.0.1:$PORT/Account/Login"
  for word in "${WORDS[@]}"; do
    URL="http://127.0.0.1:$PORT/Search?Q=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$word")"
    curl --max-time 60 -s -b "$JAR" "$URL" -o "$WORK/page.html"
    grep -q 'role="search"' "$WORK/page.html" || { echo "not the search page (sign-in failed?)" >&2; exit 1; }
    FOUND=$(tr -s ' \n' ' ' < "$WORK/page.html" | grep -o 'data-testid="result-count"> [^<]*' | sed 's/.*> //' | head -c 60 || true)
    curl --max-time 60 -s -o /dev/null -b "$JAR" "$URL"
    for _ in $(seq 1 "$RUNS"); do curl --max-time 60 -s -o /dev/null -b "$JAR" "$URL" -w "%{time_total}\n"; done | sort -n \
      | awk -v u="$unit" -v w="$word" -v f="${FOUND:-no result}" '{a[NR]=$1} END {printf "%-8s %-14s median %6.1f ms  p95 %6.1f ms  (%d runs) %s\n", u, w, a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000, NR, f}'
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
