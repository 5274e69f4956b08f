#!/usr/bin/env bash
# Load run (issue 7): staff pages and public pages served together for a bounded time, on loopback only.
# Starts the portal (Release, SQLite, demo data), signs a district staff member in with curl, then runs two
# wrk processes at once: staff pages with that session's cookie, and public pages anonymously. Prints the
# requests served, the errors (non-2xx/3xx answers and socket errors) and latency percentiles of each.
#   tools/load-run.sh              (DURATION=180s by default; e.g. DURATION=60s tools/load-run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; }

DURATION=${DURATION:-180s}
WORK=$(mktemp -d /tmp/doithoai-load.XXXXXX)
ART=${LOAD_ARTIFACTS:-/tmp/doithoai-load-artifacts}
PORT=${PORT:-5393}
PORTAL="http://127.0.0.1:$PORT"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "Building (Release)..."
dotnet build src/DoiThoai.Web -c Release --artifacts-path "$ART" -v q -nologo >/dev/null
echo "Starting the portal on $PORTAL (SQLite, demo data)..."
ASPNETCORE_ENVIRONMENT=Staging Seed__DemoData=true ConnectionStrings__Sqlite="Data Source=$WORK/portal.db" \
  Storage__Folder="$WORK/files" Logging__Folder="$WORK/logs" ASPNETCORE_URLS="$PORTAL" Security__SignInPermitsPerMinute=1000 \
  dotnet "$ART/bin/DoiThoai.Web/release/DoiThoai.Web.dll" --contentRoot "$PWD/src/DoiThoai.Web" >"$WORK/portal.out" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl --max-time 30 -sf "$PORTAL/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl --max-time 30 -sf "$PORTAL/health" >/dev/null || { cat "$WORK/portal.out" >&2; exit 1; }

# Sign in as district staff through the real form. Staging cookies are Secure (https only), so the requests
# say they came through an https proxy (the portal trusts X-Forwarded-Proto from loopback) and the
# cookies are carried by hand from the Set-Cookie headers.
PROTO="X-Forwarded-Proto: https"
cookies_from() { grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/' | tr '\r\n' '  ' | sed -E 's/ +/; /g; s/; $//'; }
curl --max-time 30 -sf -H "$PROTO" -D "$WORK/login.h" "$PORTAL/Account/Login" -o "$WORK/login.html"
TOKEN=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$WORK/login.html" | sed 's/.*value="//; s/"$//')
curl --max-time 30 -s -H "$PROTO" -H "Cookie: $(cookies_from "$WORK/login.h")" -D "$WORK/signed.h" -o /dev/null -X POST "$PORTAL/Account/Login" \
  --data-urlencode "Email=vanphong.kyanh@demo.local" --data-urlencode "Password=Demo-DoiThoai-2026" --data-urlencode "__RequestVerificationToken=$TOKEN"
COOKIE=$(cookies_from "$WORK/signed.h")
curl --max-time 30 -sf -H "$PROTO" -H "Cookie: $COOKIE" "$PORTAL/Conferences" | grep -q "Đối thoại" || { echo "Sign-in for the load run failed." >&2; exit 1; }

CONF=$(curl --max-time 30 -sf -H "$PROTO" -H "Cookie: $COOKIE" "$PORTAL/Conferences" | grep -o 'href="/Conferences/Details/[0-9]*"' | head -1 | grep -o '[0-9]*')
ITEM=$(curl --max-time 30 -sf -H "$PROTO" -H "Cookie: $COOKIE" "$PORTAL/FollowUps?Mine=false" | grep -o 'href="/FollowUps/Details/[0-9]*"' | head -1 | grep -o '[0-9]*')
POST=$(curl --max-time 30 -sf "$PORTAL/tin-tuc" | grep -o 'href="/tin-tuc/[a-z0-9-]*"' | grep -v -e chuyen-muc -e tim-kiem | head -1 | sed 's|href="||; s|"||')
STAFF_PATHS="/Staff /Conferences /Conferences/Details/$CONF /FollowUps?Mine=false /FollowUps/Details/$ITEM /Dashboard /Conferences?Q=doi%20thoai"
PUBLIC_PATHS="/ /tin-tuc $POST /kien-nghi /tin-tuc/tim-kiem?q=doi+thoai /rss.xml"
echo "staff pages:  $STAFF_PATHS"
echo "public pages: $PUBLIC_PATHS"
echo "Running $DURATION of load (staff: 2 threads, 16 connections; public: 2 threads, 32 connections)..."

wrk -t2 -c16 -d"$DURATION" --latency -H "$PROTO" -H "Cookie: $COOKIE" -s tools/load/paths.lua "$PORTAL" -- $STAFF_PATHS >"$WORK/staff.txt" &
STAFF=$!
wrk -t2 -c32 -d"$DURATION" --latency -H "$PROTO" -s tools/load/paths.lua "$PORTAL" -- $PUBLIC_PATHS >"$WORK/public.txt" &
PUBLIC=$!
wait $STAFF $PUBLIC

for part in staff public; do
  echo; echo "== $part =="
  grep -E "requests in|Requests/sec|Non-2xx|Socket errors|50%|75%|90%|99%" "$WORK/$part.txt"
done
errors=$(grep -c -E '"@l":"(Error|Fatal)"' "$WORK"/logs/*.json 2>/dev/null || true)
echo; echo "errors logged by the portal during the run: ${errors:-0}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); .NET SDK $(dotnet --version)"
