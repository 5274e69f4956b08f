#!/usr/bin/env bash
# Times the whole dashboard page over HTTP (issue 5) on a district made by tools/DoiThoai.DataGenerator:
# the Release portal on that database (loopback only), a district administrator created with a random
# password, signed in with curl, 3 warm-up requests then RUNS timed requests. Prints median and p95.
#   tools/bench-dashboard-page.sh /tmp/doithoai-district.db            (district GEN-D, year 2025)
#   UNIT_CODE=GEN-D-07 tools/bench-dashboard-page.sh /tmp/doithoai-district.db   (one commune's page)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath "${1:?the generated database file}")
RUNS=${RUNS:-30}
PORT=${PORT:-5399}
ART=${BENCH_ARTIFACTS:-/tmp/doithoai-bench-artifacts}
WORK=$(mktemp -d /tmp/doithoai-dash.XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build src/DoiThoai.Web -c Release --artifacts-path "$ART" -v q -nologo >/dev/null
PORTAL=(dotnet "$ART/bin/DoiThoai.Web/release/DoiThoai.Web.dll")
# Testing: plain-http cookies on loopback; no demo data, notices off.
export ASPNETCORE_ENVIRONMENT=Testing Seed__DemoData=false ConnectionStrings__Sqlite="Data Source=$DB" Logging__Folder="$WORK/logs"
EMAIL="bench-$(date +%s)@bench.local"
export DOITHOAI_ADMIN_PASSWORD="bench $(head -c 12 /dev/urandom | base64)"
"${PORTAL[@]}" create-admin --email "$EMAIL" --name "Đo hiệu năng" --unit GEN-D --contentRoot "$PWD/src/DoiThoai.Web" >/dev/null

ASPNETCORE_URLS="http://127.0.0.1:$PORT" "${PORTAL[@]}" --contentRoot "$PWD/src/DoiThoai.Web" >"$WORK/portal.out" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl --max-time 30 -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
JAR="$WORK/cookies"
TOKEN=$(curl --max-time 30 -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/Account/Login" \
  | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl --max-time 30 -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Email=$EMAIL" --data-urlencode "Password=$DOITHOAI_ADMIN_PASSWORD" \
  --data-urlencode "__RequestVerificationToken=$TOKEN" "http://127.0.0.1:$PORT/Account/Login"
UNIT=""
if [ -n "${UNIT_CODE:-}" ]; then UNIT="&UnitId=$(sqlite3 "$DB" "select Id from Units where Code='$UNIT_CODE'")"; fi
URL="http://127.0.0.1:$PORT/Dashboard?Kind=Year&Year=2025$UNIT"
curl --max-time 30 -s -b "$JAR" "$URL" -o "$WORK/page.html" -w "first request: %{http_code}, %{time_total} s, %{size_download} bytes\n"
grep -q 'data-figure="conferences"' "$WORK/page.html" || { echo "not the dashboard (sign-in failed?)" >&2; exit 1; }
for _ in 1 2 3; do curl --max-time 30 -s -o /dev/null -b "$JAR" "$URL"; done
for _ in $(seq 1 "$RUNS"); do curl --max-time 30 -s -o /dev/null -b "$JAR" "$URL" -w "%{time_total}\n"; done | sort -n \
  | awk '{a[NR]=$1} END {printf "dashboard page %s: median %.1f ms, p95 %.1f ms over %d runs\n", ENVIRON["UNIT_CODE"] ? ENVIRON["UNIT_CODE"] : "GEN-D", a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000, NR}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
