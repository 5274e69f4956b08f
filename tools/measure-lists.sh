#!/usr/bin/env bash
# Times the working lists of issue 17 over HTTP on a district made by tools/DoiThoai.DataGenerator: the Release
# portal on that database (loopback only), a district administrator and a commune's staff (WardStaff of GEN-D-07)
# created with a random password, signed in with curl, 2 warm-up requests then RUNS timed requests per page.
# Prints the median and p95 of each page for each user, and the load average before and after.
#   tools/measure-lists.sh /tmp/doithoai-district.db
#   RUNS=7 PORT=5103 COMMUNE=GEN-D-07 tools/measure-lists.sh /tmp/doithoai-district.db
#   STAFF_ONLY=1 MAX_SECONDS=1200 tools/measure-lists.sh /tmp/doithoai-district.db   (only the other staff pages, at most 20 minutes)
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

# The whole run stops timing new pages after MAX_SECONDS (the pages left are named), so a slow machine cannot keep it going.
MAX_SECONDS=${MAX_SECONDS:-2400}
time_page() { # $1 = who, $2 = cookie jar, $3 = path
  local url="http://127.0.0.1:$PORT$3" status
  if [ "$SECONDS" -ge "$MAX_SECONDS" ]; then printf "%-9s %-70s not timed: the run passed %s s\n" "$1" "$3" "$MAX_SECONDS"; return; fi
  # A request past 60 s is cut and counted as 60 s: one slow page must not end the run.
  status=$(curl --max-time 60 -s -o /dev/null -b "$2" "$url" -w "%{http_code}" || true)
  # A page the role may not open is named with its status, not timed.
  case "$status" in 401|403|404) printf "%-9s %-70s %s  not timed\n" "$1" "$3" "$status"; return;; esac
  curl --max-time 60 -s -o /dev/null -b "$2" "$url" || true
  for _ in $(seq 1 "$RUNS"); do curl --max-time 60 -s -o /dev/null -b "$2" "$url" -w "%{time_total}\n" || true; done | sort -n \
    | awk -v who="$1" -v page="$3" -v status="$status" '{a[NR]=$1} END {
        printf "%-9s %-70s %s  median %7.1f ms  p95 %7.1f ms\n", who, page, status, a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000 }'
}

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
  "$ALL&UnitId=$COMMUNE_ID&State=InProgress&Kind=Petition&From=01/01/2020&To=31/12/2022"
  "/FollowUps?Mine=false&OverdueOnly=true&UnitId=$COMMUNE_ID&Sort=HeldOn"
  "/Conferences?Q=$(enc "$NONE")"
  "/Conferences?Q=$(enc "dat dai")&Sort=Unit"
)
# The follow-up list's topic, body and deadline filters (issue 17, branch fups, ADR 0027): a frequent and a rarer topic
# at the first and 50th page and by state, the commune's first body (the generated items name none: give them bodies on
# the copy first, docs/performance.md), a deadline range, all of them combined and with a word.
TOPIC_MANY=${TOPIC_MANY:-Đất đai}
TOPIC_FEW=${TOPIC_FEW:-Y tế}
BODY=$(sqlite3 "$DB" "select min(Id) from Organizations where UnitId = $COMMUNE_ID and IsDeleted = 0")
PAGES+=(
  "$ALL&Topic=$(enc "$TOPIC_MANY")"
  "$ALL&Topic=$(enc "$TOPIC_FEW")"
  "$ALL&Topic=$(enc "$TOPIC_FEW")&Page=50"
  "$ALL&Topic=$(enc "$TOPIC_FEW")&Sort=State&Dir=desc"
  "$ALL&OrganizationId=$BODY"
  "$ALL&OrganizationId=$BODY&Sort=HeldOn&Dir=desc&Page=50"
  "$ALL&DeadlineFrom=01/01/2024&DeadlineTo=31/12/2024"
  "$ALL&DeadlineFrom=01/01/2024&DeadlineTo=31/12/2024&Sort=Unit&Page=50"
  "/FollowUps?Mine=false&Topic=$(enc "$TOPIC_FEW")&OrganizationId=$BODY&DeadlineFrom=01/01/2020&DeadlineTo=31/12/2025&State=InProgress"
  "$ALL&Topic=$(enc "$TOPIC_MANY")&Q=$(enc "$MANY")"
)

measure() { # $1 = who, $2 = cookie jar
  local path
  for path in "${PAGES[@]}"; do time_page "$1" "$2" "$path"; done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
sign_in "$WORK/district" "$DISTRICT_EMAIL"
sign_in "$WORK/commune" "$COMMUNE_EMAIL"
# STAFF_ONLY=1 skips the lists above and times only the blocks below.
if [ "${STAFF_ONLY:-}" != 1 ]; then
  measure district "$WORK/district"
  measure "$COMMUNE" "$WORK/commune"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Issue 17, the public pages (public17): the answers page with each filter, search words (frequent, found nowhere,
# frequent only in records that are not published answers) and its last page, and the other public pages, read
# without signing in as the public does; then the topic list by count for both users. TOPIC is a topic name of the
# generated district; the generated data publishes no answer, so publish some on the copy first (docs/performance.md).
if [ "${STAFF_ONLY:-}" != 1 ]; then
TOPIC=${TOPIC:-Đất đai}
TOPIC_ANY=${TOPIC_ANY:-hoi nghi giao ban}
# A topic of few petitions (4 % in the generated district): the public page reads it another way (ADR 0026).
TOPIC_FEW=${TOPIC_FEW:-Phụ cấp cán bộ}
POST=$(sqlite3 "$DB" "select Slug from NewsPosts where State = 3 and not IsDeleted order by PublishAtUtc desc limit 1")
ITEM_CODE=$(sqlite3 "$DB" "select Code from FollowUps where IsPublic = 1 and Code is not null limit 1")
PETITION_CODE=$(sqlite3 "$DB" "select Code from Petitions where Code is not null order by Id desc limit 1")
PAGES=(
  "/kien-nghi"
  "/kien-nghi?Page=50"
  "/kien-nghi?Q=$(enc "$MANY")"
  "/kien-nghi?Q=$(enc "$NONE")"
  "/kien-nghi?Q=$(enc "$TOPIC_ANY")"
  "/kien-nghi?UnitId=$COMMUNE_ID"
  "/kien-nghi?Topic=$(enc "$TOPIC")"
  "/kien-nghi?UnitId=$COMMUNE_ID&Topic=$(enc "$TOPIC")&Page=50"
  "/kien-nghi?UnitId=$COMMUNE_ID&Q=$(enc "$MANY")"
  "/kien-nghi?Topic=$(enc "$TOPIC_FEW")"
  "/"
  "/tin-tuc"
  "/tin-tuc?page=1000"
  "/tin-tuc/$POST"
  "/lich-doi-thoai"
  "/tra-cuu"
  "/tra-cuu?ma=$ITEM_CODE"
  "/tra-cuu?ma=$PETITION_CODE"
)
: >"$WORK/anonymous"
echo "load average before the public pages: $(cut -d' ' -f1-3 /proc/loadavg)"
measure anonymous "$WORK/anonymous"
PAGES=("/Topics?Sort=Count" "/Topics" "/Topics?Sort=Count&Page=12")
measure district "$WORK/district"
measure "$COMMUNE" "$WORK/commune"
echo "load average after the public pages: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# ---- pages17: every other staff page people work in daily (issue 17, "every page is measured") -------------------
# The district administrator and the commune's staff open every staff list, form and detail page below; the district
# Front and a district leader (roles that see other pages or other tiles) open the pages their work starts from.
# Ids are taken from the database: the commune's newest conference of a year with the most opinions, one of its
# follow-up items, the commune's plan of that year, an organization and an account of the scope.
YEAR=${YEAR:-2025}
q() { sqlite3 "$DB" "$1"; }
CONF=$(q "select c.Id from Conferences c where c.UnitId = $COMMUNE_ID and c.IsDeleted = 0 and c.HeldOn like '$YEAR-%'
  order by (select count(*) from Petitions p where p.ConferenceId = c.Id) desc, c.Id desc limit 1")
ITEM=$(q "select Id from FollowUps where ConferenceId = $CONF and IsDeleted = 0 order by Id limit 1")
PLAN=$(q "select Id from DialoguePlans where UnitId = $COMMUNE_ID and Year = $YEAR and IsDeleted = 0 limit 1")
ORG=$(q "select Id from Organizations where UnitId = $COMMUNE_ID and IsDeleted = 0 order by Id limit 1")
ACCOUNT=$(q "select Id from AspNetUsers where Email = '$COMMUNE_EMAIL'")
STAFF_PAGES=(
  "/Staff"
  "/Conferences"
  "/Conferences?Sort=HeldOn&Dir=asc"
  "/Conferences?Sort=Unit"
  "/Conferences?Sort=Kind"
  "/Conferences?Sort=Status"
  "/Conferences?Page=50"
  "/Conferences?UnitId=$COMMUNE_ID"
  "/Conferences?Kind=Dialogue"
  "/Conferences?Status=Held"
  "/Conferences?Minutes=Draft"
  "/Conferences?Year=$YEAR&Quarter=2"
  "/Conferences?From=01/03/$YEAR&To=31/03/$YEAR"
  # Each order at its deepest page (50, ADR 0017) and the filters combined (branch confs).
  "/Conferences?Sort=HeldOn&Dir=asc&Page=50"
  "/Conferences?Sort=Unit&Dir=desc&Page=50"
  "/Conferences?Sort=Kind&Page=50"
  "/Conferences?Sort=Status&Dir=desc&Page=50"
  "/Conferences?UnitId=$COMMUNE_ID&Kind=Briefing&Status=MinutesComplete&Minutes=Draft&Year=$YEAR&Sort=Unit&Page=2"
  "/Conferences/Details/$CONF"
  "/Minutes/Edit/$CONF"
  "/Conferences/Print/$CONF"
  "/Conferences/Word/$CONF"
  "/Documents/Minutes/$CONF"
  "/Conferences/$CONF/lich"
  "/Conferences/$CONF/ma-tra-cuu"
  "/FollowUps/Details/$ITEM"
  "/Verdicts"
  "/Notices"
  "/Notices?Sort=Created&Dir=asc&Page=20"
  "/News"
  "/News?Sort=Published&Dir=desc&Page=5"
  "/News?Sort=State&Page=50"
  "/News/Create"
  "/News/Comments"
  "/News/Polls"
  "/Plans"
  "/Plans?Year=$YEAR&Sort=Late"
  "/Plans/Details/$PLAN"
  "/Organizations"
  "/Organizations?Sort=Unit"
  ${ORG:+"/Organizations/Details/$ORG"}
  "/Users"
  "/Users?Sort=Unit"
  "/Users/Details/$ACCOUNT"
  "/AnswerTemplates"
  "/LegalBases"
  "/Units"
  "/Units/Details/$COMMUNE_ID"
  "/People"
  "/Reports"
  "/Reports?Kind=Year&Year=$YEAR"
  "/Reports/Word?Kind=Year&Year=$YEAR"
  "/Reports/Excel?Kind=Year&Year=$YEAR"
  "/Dashboard?Kind=Year&Year=$YEAR"
  "/Dashboard?Kind=Custom&From=01/01/2016&To=31/12/2025"
  "/Dashboard?Kind=Custom&From=01/01/2016&To=31/12/2025&UnitId=$COMMUNE_ID"
  "/Dashboard?Kind=Year&Year=$YEAR&UnitId=$COMMUNE_ID"
  "/Dashboard/Petitions?Kind=Year&Year=$YEAR"
)
# The Front and a leader: their home, the lists they read and the dashboard.
READER_PAGES=("/Staff" "/Conferences" "/Conferences/Details/$CONF" "/FollowUps/Details/$ITEM" "/Verdicts" "/Notices"
  "/Reports?Kind=Year&Year=$YEAR" "/Dashboard?Kind=Year&Year=$YEAR" "/Dashboard?Kind=Custom&From=01/01/2016&To=31/12/2025")

# Two more district accounts moved to the Front's and a leader's roles (created now: the portal is already up).
for role in FrontStaff Leader; do
  email="measure-$role-$STAMP@measure.local"
  "${PORTAL[@]}" create-admin --email "$email" --name "Đo $role" --unit GEN-D "${ROOT[@]}" >/dev/null
  q "update AspNetUserRoles set RoleId = (select Id from AspNetRoles where Name = '$role')
    where UserId = (select Id from AspNetUsers where Email = '$email');"
  sign_in "$WORK/$role" "$email"
done
echo "pages17: conference $CONF, item $ITEM, plan $PLAN, organization ${ORG:-none}, account $ACCOUNT, year $YEAR"
echo "load average before the staff pages: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "${STAFF_PAGES[@]}"; do time_page district "$WORK/district" "$path"; done
for path in "${STAFF_PAGES[@]}"; do time_page "$COMMUNE" "$WORK/commune" "$path"; done
for path in "${READER_PAGES[@]}"; do time_page front "$WORK/FrontStaff" "$path"; done
for path in "${READER_PAGES[@]}"; do time_page leader "$WORK/Leader" "$path"; done
echo "load average after the staff pages: $(cut -d' ' -f1-3 /proc/loadavg)"
