#!/usr/bin/env bash
# Benchmark of the public news pages (issue 6): the portal (Release, SQLite, demo data, its real start-up,
# pipeline and logging; readers' cached pages come from its news fast path) against
# tools/DoiThoai.ReferenceServer serving the very same bytes from memory, both on loopback, measured by wrk
# in the same run. Prints req/s of each, the ratio, the load average, and the post page's weight.
#   tools/bench-news.sh            (wrk: -t2 -c32 -d15s; override with WRK_ARGS="-t2 -c32 -d30s")
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; }

WRK_ARGS=${WRK_ARGS:-"-t2 -c32 -d15s"}
WORK=$(mktemp -d /tmp/doithoai-bench.XXXXXX)
ART=${BENCH_ARTIFACTS:-/tmp/doithoai-bench-artifacts}
PORTAL_PORT=${PORTAL_PORT:-5391}
REFERENCE_PORT=${REFERENCE_PORT:-5392}
PORTAL="http://127.0.0.1:$PORTAL_PORT"
REFERENCE="http://127.0.0.1:$REFERENCE_PORT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

echo "Building (Release)..."
dotnet build src/DoiThoai.Web -c Release --artifacts-path "$ART" -v q -nologo >/dev/null
dotnet build tools/DoiThoai.ReferenceServer -c Release --artifacts-path "$ART" -v q -nologo >/dev/null

echo "Starting the portal on $PORTAL (SQLite, demo data)..."
ASPNETCORE_ENVIRONMENT=Staging Seed__DemoData=true ConnectionStrings__Sqlite="Data Source=$WORK/portal.db" \
  Storage__Folder="$WORK/files" Logging__Folder="$WORK/logs" ASPNETCORE_URLS="$PORTAL" \
  dotnet "$ART/bin/DoiThoai.Web/release/DoiThoai.Web.dll" --contentRoot "$PWD/src/DoiThoai.Web" >"$WORK/portal.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do curl --max-time 30 -sf "$PORTAL/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl --max-time 30 -sf "$PORTAL/health" >/dev/null || { cat "$WORK/portal.out" >&2; exit 1; }

curl --max-time 30 -sf "$PORTAL/tin-tuc" -o "$WORK/list.html"
SLUG=$(grep -o 'href="/tin-tuc/[a-z0-9-]*"' "$WORK/list.html" | grep -v -e chuyen-muc -e tim-kiem | head -1 | sed 's|href="/tin-tuc/||; s|"||')
[ -n "$SLUG" ] || { echo "No post on the list page." >&2; exit 1; }
curl --max-time 30 -sf "$PORTAL/tin-tuc/$SLUG" -o "$WORK/post.html"
# What wrk will get from the portal must be the reader's page with its security headers (the fast path answers it from memory).
curl --max-time 30 -sf -D - -o /dev/null "$PORTAL/tin-tuc/$SLUG" | grep -qi '^content-security-policy:' || { echo "The portal's page lacks its security headers." >&2; exit 1; }
cmp -s <(curl --max-time 30 -sf "$PORTAL/tin-tuc/$SLUG") "$WORK/post.html" || { echo "The portal's page changed between two readings." >&2; exit 1; }

echo "Starting the reference server on $REFERENCE..."
dotnet "$ART/bin/DoiThoai.ReferenceServer/release/DoiThoai.ReferenceServer.dll" --urls "$REFERENCE" \
  "/tin-tuc=$WORK/list.html" "/tin-tuc/$SLUG=$WORK/post.html" >"$WORK/reference.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do curl --max-time 30 -sf "$REFERENCE/tin-tuc" >/dev/null 2>&1 && break; sleep 0.5; done
cmp -s <(curl --max-time 30 -sf "$REFERENCE/tin-tuc/$SLUG") "$WORK/post.html" || { echo "Reference does not serve the same bytes." >&2; exit 1; }

rps() { wrk $WRK_ARGS "$1" | awk '/Requests\/sec/ {print $2}'; }
warm() { wrk -t1 -c4 -d3s "$1" >/dev/null; }

echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "\n%-10s %12s %12s %8s\n" "page" "portal r/s" "reference" "ratio"
for page in list post; do
  if [ "$page" = list ]; then path="/tin-tuc"; else path="/tin-tuc/$SLUG"; fi
  warm "$PORTAL$path"; warm "$REFERENCE$path"
  # Interleaved twice, so that load from elsewhere on the machine weighs on both alike; the mean of each.
  p1=$(rps "$PORTAL$path"); r1=$(rps "$REFERENCE$path"); r2=$(rps "$REFERENCE$path"); p2=$(rps "$PORTAL$path")
  p=$(awk -v a="$p1" -v b="$p2" 'BEGIN { printf "%.0f", (a + b) / 2 }'); r=$(awk -v a="$r1" -v b="$r2" 'BEGIN { printf "%.0f", (a + b) / 2 }')
  printf "%-10s %12s %12s %8s\n" "$page" "$p" "$r" "$(awk -v p="$p" -v r="$r" 'BEGIN { printf "%.2f", p / r }')"
done

# Page weight without photos: the HTML and every stylesheet and script it loads.
weight=$(wc -c <"$WORK/post.html")
for asset in $(grep -oE '(href|src)="/(css|js|lib)/[^"]+"' "$WORK/post.html" | sed -E 's/^(href|src)="//; s/"$//'); do
  weight=$((weight + $(curl --max-time 30 -sf "$PORTAL$asset" | wc -c)))
done
outside=$(grep -oE '(href|src)="(https?:)?//[^"]+"' "$WORK/post.html" | grep -v "=\"$PORTAL/" || true)
echo
echo "post page: html $(wc -c <"$WORK/post.html") bytes, with its CSS and JS $weight bytes ($((weight / 1024)) KB), photos excluded"
echo "list page: html $(wc -c <"$WORK/list.html") bytes"
echo "outside references loaded by the post page: ${outside:-none}"
echo "machine: $(nproc) cores, load average after the runs $(cut -d' ' -f1-3 /proc/loadavg); wrk $WRK_ARGS; .NET SDK $(dotnet --version)"
