#!/usr/bin/env bash
# Times the working lists of issue 17 over HTTP on a district made by tools/DoiThoai.DataGenerator: the Release
# portal on that database (loopback only), a district administrator and a commune's staff (WardStaff of GEN-D-07)
# created with a random password, signed in with curl, 2 warm-up requests then RUNS timed requests per page.
# Prints the median and p95 of each page for each user, and the load average before and after.
#   tools/measure-lists.sh /tmp/doithoai-district.db
#   RUNS=7 PORT=5103 COMMUNE=GEN-D-07 tools/measure-lists.sh /tmp/doithoai-district.db
# The database is changed (two users added, pending migrations applied): run it on a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath "${1:?the generated database file (a copy: the script adds users)}")
RUNS=${RUNS:-7}
PORT=${PORT:-5103}
COMMUNE=${COMMUNE:-GEN-D-07}
MANY=${MANY:-moi truong}
NONE=${NONE:-khongcotu}
ART=${BENCH_ARTIFACTS:-/tmp/doithoai-measure-artifacts}
WORK=$(mktemp -d /tmp/doithoai-lists.XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build src/DoiThoai.Web -c Release --artifacts-path "$ART" -v q -nologo >/dev/null
PORTAL=(dotnet "$ART/bin/DoiThoai.Web/release/DoiThoai.Web.dll")
ROOT=(--contentRoot "$PWD/src/DoiThoai.Web")
# Testing: plain-http cookies on loopback; no demo data, notices off.
export ASPNETCORE_ENVIRONMENT=Testing Seed__DemoData=false ConnectionStrings__Sqlite="Data Source=$DB" Logging__Folder="$WORK/logs"
STAMP=$(date +%s)
DISTRICT_EMAIL="measure-d-$STAMP@measure.local"
COMMUNE_EMAIL="measure-c-$STAMP@measure.local"
export DOITHOAI_ADMIN_PASSWORD="measure $(head -c 12 /dev/urandom | base64)"
"${PORTAL[@]}" create-admin --email "$DISTRICT_EMAIL" --name "Đo danh sách huyện" --unit GEN-D "${ROOT[@]}" >/dev/null
"${PORTAL[@]}" create-admin --email "$COMMUNE_EMAIL" --name "Đo danh sách xã" --unit "$COMMUNE" "${ROOT[@]}" >/dev/null
# A commune's staff, not its administrator: the same account moved to the WardStaff role.
sqlite3 "$DB" "update AspNetUserRoles set RoleId = (select Id from AspNetRoles where Name = 'WardStaff')
  where UserId = (select Id from AspNetUsers where Email = '$COMMUNE_EMAIL');"

ASPNETCORE_URLS="http://127.0.0.1:$PORT" "${PORTAL[@]}" "${ROOT[@]}" >"$WORK/portal.out" 2>&1 &
PID=$!
# A shared machine may take minutes to open a 1 GB database: wait up to 10 minutes, then give up loudly.
UP=""
for _ in $(seq 1 600); do curl --max-time 30 -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && { UP=1; break; }; sleep 1; done
[ -n "$UP" ] || { echo "the portal did not start:" >&2; tail -20 "$WORK/portal.out" >&2; exit 1; }

sign_in() { # $1 = cookie jar, $2 = e-mail
  local token
  token=$(curl --max-time 30 -s -c "$1" -b "$1" "http://127.0.0.1:$PORT/Account/Login" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//' || true)
  [ -n "$token" ] || { echo "no sign-in form at /Account/Login" >&2; exit 1; }
  curl --max-time 30 -s -o /dev/null -c "$1" -b "$1" --data-urlencode "Email=$2" --data-urlencode "Password=$DOITHOAI_ADMIN_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$PORT/Account/Login"
}

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }
COMMUNE_ID=$(sqlite3 "$DB" "select Id from Units where Code = '$COMMUNE'")
ALL="/FollowUps?Mine=false&OpenOnly=false"
PAGES=(
  "/FollowUps"
  "$ALL"
  "$ALL&Q=$(enc "$NONE")"
  "$ALL&Q=$(enc "$MANY")"
  "$ALL&UnitId=$COMMUNE_ID"
  "$ALL&Page=500"
  "$ALL&Sort=HeldOn&Dir=desc"
  "$ALL&Sort=State"
  "$ALL&Sort=Unit"
  "/FollowUps?Mine=false&OverdueOnly=true"
  "/FollowUps?Mine=false&DueSoonOnly=True"
  "/kien-nghi"
  "/kien-nghi?Q=$(enc "$MANY")"
  "/Conferences?Q=$(enc "$MANY")"
  "/Dashboard?Kind=Year&Year=2025"
  "/Dashboard?Kind=Custom&From=2016-01-01&To=2025-12-31"
  "/Dashboard?Kind=Year&Year=2025&UnitId=$COMMUNE_ID"
  "/Topics"
)

# The lists' words and orders (issue 17, branch fts17): every order at its first and 50th page, words in each list
# through the full-text index, and the follow-up filters combined.
PAGES+=(
  "$ALL&Page=50"
  "$ALL&Sort=HeldOn&Dir=desc&Page=50"
  "$ALL&Sort=HeldOn&Dir=asc"
  "$ALL&Sort=State&Dir=desc&Page=50"
  "$ALL&Sort=Unit&Dir=desc&Page=50"
  "/FollowUps?Q=$(enc "$MANY")"
  "$ALL&Q=$(enc "dat dai")&Sort=HeldOn&Dir=desc"
  "$ALL&Q=$(enc "$MANY")&Page=50"
  "$ALL&Q=$(enc "$MANY")&OverdueOnly=true"
  "$ALL&UnitId=$COMMUNE_ID&State=InProgress&Kind=Petition&From=2020-01-01&To=2022-12-31"
  "/FollowUps?Mine=false&OverdueOnly=true&UnitId=$COMMUNE_ID&Sort=HeldOn"
  "/Conferences?Q=$(enc "$NONE")"
  "/Conferences?Q=$(enc "dat dai")&Sort=Unit"
)

measure() { # $1 = who, $2 = cookie jar
  local path url status
  for path in "${PAGES[@]}"; do
    url="http://127.0.0.1:$PORT$path"
    # A request past 60 s is cut and counted as 60 s: one slow page must not end the run.
    status=$(curl --max-time 60 -s -o /dev/null -b "$2" "$url" -w "%{http_code}" || true)
    curl --max-time 60 -s -o /dev/null -b "$2" "$url" || true
    for _ in $(seq 1 "$RUNS"); do curl --max-time 60 -s -o /dev/null -b "$2" "$url" -w "%{time_total}\n" || true; done | sort -n \
      | awk -v who="$1" -v page="$path" -v status="$status" '{a[NR]=$1} END {
          printf "%-9s %-70s %s  median %7.1f ms  p95 %7.1f ms\n", who, page, status, a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000 }'
  done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
sign_in "$WORK/district" "$DISTRICT_EMAIL"
measure district "$WORK/district"
sign_in "$WORK/commune" "$COMMUNE_EMAIL"
measure "$COMMUNE" "$WORK/commune"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
