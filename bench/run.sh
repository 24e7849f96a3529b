#!/usr/bin/env bash
# Load test of the read endpoints with wrk, against a fresh service on 127.0.0.1.
#
#   bench/run.sh [--no-build] [--scale] [--project-dir DIR] [--duration SECONDS] [--port PORT]
#
# Default mode ("seed"): the service with the graph seed only. --scale: the seed plus a synthetic graph of
# SCALE_CONCEPTS concepts and SCALE_RELATIONS relations written over Bolt by bench/SyntheticGraph.java.
# Every endpoint is measured "same URL" (one URL over and over) and, for the graph queries, "distinct URLs" (each
# request a different URL: bench/rotate.lua walks a generated list of paths, so no HTTP cache can answer). Then
# "related + writes": distinct-URL /related while a writer changes a relation 10 times a second (WRITE_RATE).
# The Markdown table is printed and written to bench/results/<mode>-<date>.md. See docs/benchmarks.md.
#
# Environment (defaults in brackets):
#   PROJECT_DIR [repository holding this script]  DURATION [15] s per measured run   WARMUP [5] s per warm-up run
#   THREADS [2]  CONNECTIONS [16]  WRK_TIMEOUT [10s]  PORT [18080] first HTTP port tried  BOLT_PORT [17687] first
#   Bolt port tried  URL_COUNT [200000] distinct paths per uncached run  WARM_URL_COUNT [50000]  SEED [42]
#   SCALE_CONCEPTS [100000]  SCALE_RELATIONS [500000]  MVN_ARGS [] extra Maven arguments (e.g. -o)
#   JAVA_OPTS [] extra JVM options for the service  PAGE_CACHE [service default] embedded page cache (e.g. 512m)
#   RESULTS_DIR [bench/results]  ENDPOINTS [all] space-separated subset of: live relation-types concept search
#   related paths learning-path unlocks graph   WRITE_RATE [10] writes/s during the related + writes run (0: skip)
#   WARM_WRITES [300] writes sent one after another to warm the write path up before the related + writes warm-up
#   KEEP_WORK [0] 1 keeps the temporary directory (store, logs, wrk output)
#   --scale runs the service with JAVA_OPTS=-Xmx1g unless JAVA_OPTS is set.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="${PROJECT_DIR:-$(cd "$SCRIPT_DIR/.." && pwd)}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-5}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
PORT="${PORT:-18080}"
BOLT_PORT="${BOLT_PORT:-17687}"
URL_COUNT="${URL_COUNT:-200000}"
WARM_URL_COUNT="${WARM_URL_COUNT:-50000}"
SEED="${SEED:-42}"
SCALE_CONCEPTS="${SCALE_CONCEPTS:-100000}"
SCALE_RELATIONS="${SCALE_RELATIONS:-500000}"
MVN_ARGS="${MVN_ARGS:-}"
JAVA_OPTS="${JAVA_OPTS:-}"
PAGE_CACHE="${PAGE_CACHE:-}"
RESULTS_DIR="${RESULTS_DIR:-$SCRIPT_DIR/results}"
ENDPOINTS="${ENDPOINTS:-live relation-types concept search related paths learning-path unlocks graph}"
WRITE_RATE="${WRITE_RATE:-10}"
WARM_WRITES="${WARM_WRITES:-300}"
KEEP_WORK="${KEEP_WORK:-0}"
BUILD=1
MODE=seed

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --scale) MODE=scale ;;
    --project-dir) PROJECT_DIR="$(cd "$2" && pwd)"; shift ;;
    --project-dir=*) PROJECT_DIR="$(cd "${1#*=}" && pwd)" ;;
    --duration) DURATION="$2"; shift ;;
    --duration=*) DURATION="${1#*=}" ;;
    --port) PORT="$2"; shift ;;
    --port=*) PORT="${1#*=}" ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [[ "$MODE" == scale && -z "$JAVA_OPTS" ]]; then JAVA_OPTS="-Xmx1g"; fi
for n in WRITE_RATE WARM_WRITES DURATION WARMUP THREADS CONNECTIONS PORT BOLT_PORT URL_COUNT WARM_URL_COUNT SEED SCALE_CONCEPTS SCALE_RELATIONS; do
  [[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a non-negative integer, got '${!n}'"
done
JAR="$PROJECT_DIR/target/quarkus-app/quarkus-run.jar"

# ---------------------------------------------------------------- build and tools
if [[ "$BUILD" == 1 ]]; then
  log "building $PROJECT_DIR (./mvnw -B -q package -DskipTests $MVN_ARGS)"
  # shellcheck disable=SC2086
  (cd "$PROJECT_DIR" && ./mvnw -B -q package -DskipTests $MVN_ARGS)
fi
[[ -f "$JAR" ]] || die "$JAR not found (build first, or drop --no-build)"

if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk"
  SUDO=""
  [[ "$(id -u)" == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
for tool in wrk curl java awk timeout; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done

# ---------------------------------------------------------------- helpers
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { # first port >= $1 nobody listens on, skipping $2
  local p="$1"
  while port_in_use "$p" || [[ "$p" == "${2:-}" ]]; do
    p=$((p + 1))
    (( p < 65535 )) || die "no free port from $1"
  done
  echo "$p"
}

now_ms() { date +%s%3N; }

rss_mib() { # resident set size of the service, MiB
  local kb
  kb="$(ps -o rss= -p "$SVC_PID" 2>/dev/null | tr -d ' ')"
  [[ -n "$kb" ]] && awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }' || echo "n/a"
}

service_alive() { kill -0 "$SVC_PID" 2>/dev/null; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/kg-bench.XXXXXX")"
SVC_PID=""
SVC_LOG="$WORK/service.log"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$SVC_PID" ]] && kill -0 "$SVC_PID" 2>/dev/null; then
    log "stopping the service (pid $SVC_PID)"
    kill -TERM "$SVC_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$SVC_PID" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$SVC_PID" 2>/dev/null; then
      log "service still running after 30 s; killing it"
      kill -KILL "$SVC_PID" 2>/dev/null || true
    fi
    wait "$SVC_PID" 2>/dev/null || true
  fi
  if [[ $rc != 0 && -f "$SVC_LOG" ]]; then
    log "failed (exit $rc); last lines of the service log:"
    tail -n 40 "$SVC_LOG" >&2 || true
  fi
  if [[ "$KEEP_WORK" == 1 ]]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- start the service
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
if awk -v l="${LOAD_BEFORE%% *}" -v n="$(nproc)" 'BEGIN { exit !(l + 0 > n / 2) }' 2>/dev/null; then
  log "warning: load average is $LOAD_BEFORE on $(nproc) CPUs; something else is busy and will skew the numbers"
fi
HTTP_PORT="$(free_port "$PORT")"
BOLT="$(free_port "$BOLT_PORT" "$HTTP_PORT")"
BASE="http://127.0.0.1:$HTTP_PORT"
# the embedded Neo4j refuses clients without this password; the synthetic graph's writer uses it
BOLT_PASSWORD="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
# the JVM options of the run command in the README: the class-data-sharing archive written at package time (when
# there is one) and the serial collector
RUN_JVM_OPTS=(-XX:+UseSerialGC)
[[ -f "$PROJECT_DIR/target/quarkus-app/app-cds.jsa" ]] && RUN_JVM_OPTS+=("-XX:SharedArchiveFile=$PROJECT_DIR/target/quarkus-app/app-cds.jsa")
SVC_ARGS=("${RUN_JVM_OPTS[@]}"
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  "-Dquarkus.http.host=127.0.0.1"
  "-Dquarkus.http.port=$HTTP_PORT"
  "-Dkg.embedded.enabled=true"
  "-Dkg.embedded.data-dir=$WORK/neo4j"
  "-Dkg.embedded.bolt-port=$BOLT"
  "-Dkg.embedded.password=$BOLT_PASSWORD"
  "-Dkg.seed.enabled=true"
  "-Dkg.seed.dir=$PROJECT_DIR/graph-seed"
  "-Dkg.auth.api-keys=bench-key"
  "-Dkg.rate-limit.enabled=false"
)
[[ -n "$PAGE_CACHE" ]] && SVC_ARGS+=("-Dkg.embedded.page-cache=$PAGE_CACHE")

log "starting the service on $BASE (Bolt 127.0.0.1:$BOLT, store $WORK/neo4j)"
START_MS="$(now_ms)"
# shellcheck disable=SC2086
(cd "$PROJECT_DIR" && exec java $JAVA_OPTS "${SVC_ARGS[@]}" -jar "$JAR") >"$SVC_LOG" 2>&1 &
SVC_PID=$!

READY_MS=""
deadline=$(( $(now_ms) + 300000 ))
while (( $(now_ms) < deadline )); do
  service_alive || die "the service exited during startup"
  if curl -sf -o /dev/null --max-time 2 "$BASE/q/health/ready"; then
    READY_MS="$(now_ms)"
    break
  fi
  sleep 0.1
done
[[ -n "$READY_MS" ]] || die "the service was not ready within 300 s"
STARTUP_MS=$((READY_MS - START_MS))
QUARKUS_STARTED="$(grep -o 'started in [0-9.]*s' "$SVC_LOG" | head -n 1 | awk '{print $3}' || true)"
RSS_START="$(rss_mib)"
log "ready after ${STARTUP_MS} ms (Quarkus reports ${QUARKUS_STARTED:-?}); RSS ${RSS_START} MiB"

# ---------------------------------------------------------------- scale: the synthetic graph
GEN_SECONDS=""
RSS_LOADED=""
if [[ "$MODE" == scale ]]; then
  log "writing $SCALE_CONCEPTS synthetic concepts and $SCALE_RELATIONS relations over Bolt"
  gen_start="$(now_ms)"
  java -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=ERROR \
    -cp "$PROJECT_DIR/target/quarkus-app/lib/main/*" "$SCRIPT_DIR/SyntheticGraph.java" \
    --uri "bolt://127.0.0.1:$BOLT" --user neo4j --password "$BOLT_PASSWORD" --concepts "$SCALE_CONCEPTS" --relations "$SCALE_RELATIONS" --seed "$SEED" \
    2>&1 | tee "$WORK/generator.log" >&2
  GEN_SECONDS="$(awk -v ms=$(( $(now_ms) - gen_start )) 'BEGIN { printf "%.1f", ms / 1000 }')"
  for _ in $(seq 1 600); do # the synthetic graph's revision has no change records: the cache reloads it whole
    filled="$(grep 'Graph cache filled' "$SVC_LOG" | tail -n 1 | sed -n 's/.*ms: \([0-9]*\) concepts.*/\1/p')"
    [[ -n "$filled" ]] && (( filled >= SCALE_CONCEPTS )) && break
    sleep 0.5
  done
  curl -sf -o /dev/null "$BASE/api/v1/concepts/syn-000001" || die "the service does not see the synthetic graph"
  FILL_LINE="$(grep 'Graph cache filled' "$SVC_LOG" | tail -n 1 | sed 's/.*Graph cache filled/Graph cache filled/')"
  RSS_LOADED="$(rss_mib)"
  log "synthetic graph written in ${GEN_SECONDS} s; ${FILL_LINE}; RSS ${RSS_LOADED} MiB"
fi

CONCEPT_TOTAL="$(curl -sf "$BASE/api/v1/concepts?size=1" | grep -o '"total":[0-9]*' | head -n 1 | cut -d: -f2 || true)"
log "the graph has ${CONCEPT_TOTAL:-?} concepts"

# ---------------------------------------------------------------- ids and search terms for the uncached runs
IDS="$WORK/ids.txt"
TERMS="$WORK/terms.txt"
: >"$WORK/names.txt"
if [[ "$MODE" == scale ]]; then
  awk -v n="$SCALE_CONCEPTS" 'BEGIN { for (i = 1; i <= n; i++) printf "syn-%06d\n", i }' >"$IDS"
  curl -sf "$BASE/api/v1/concepts?size=100&page=1" | grep -o '"name":"[^"]*"' | cut -d'"' -f4 >>"$WORK/names.txt" || true
  java -cp "$PROJECT_DIR/target/quarkus-app/lib/main/*" "$SCRIPT_DIR/SyntheticGraph.java" --print-vocabulary \
    >>"$WORK/names.txt" 2>/dev/null
else
  : >"$IDS"
  page=1
  while (( page <= 100 )); do
    body="$(curl -sf "$BASE/api/v1/concepts?size=100&page=$page")" || die "GET /api/v1/concepts?page=$page failed"
    ids="$(grep -o '"id":"[^"]*"' <<<"$body" | cut -d'"' -f4 || true)"
    [[ -n "$ids" ]] || break
    printf '%s\n' "$ids" >>"$IDS"
    grep -o '"name":"[^"]*"' <<<"$body" | cut -d'"' -f4 >>"$WORK/names.txt" || true
    (( $(wc -l <<<"$ids") == 100 )) || break
    page=$((page + 1))
  done
fi
sort -u -o "$IDS" "$IDS"
tr 'A-Z' 'a-z' <"$WORK/names.txt" | tr -c 'a-z0-9\n' '\n' | awk 'length($0) >= 3' | sort -u >"$TERMS"
(( $(wc -l <"$IDS") >= 2 )) || die "found fewer than two concept ids"
log "$(wc -l <"$IDS") concept ids and $(wc -l <"$TERMS") search terms for the uncached runs"

# make_paths KIND COUNT SALT > file: COUNT distinct request paths, random but reproducible (SEED, SALT). Where the
# graph has fewer natural combinations than COUNT, an ignored parameter _nc=N makes the URL (the cache key) unique.
make_paths() {
  awk -v kind="$1" -v count="$2" -v seed="$(( SEED * 7919 + $3 ))" -v salt="$3" '
    FILENAME == ARGV[1] { ids[n++] = $0; next }
    { terms[t++] = $0 }
    function pick(k) { return int(rand() * k) }
    END {
      srand(seed)
      if (t == 0) terms[t++] = "clock"
      for (i = 0; i < n; i++) order[i] = i
      for (i = n - 1; i > 0; i--) { j = pick(i + 1); x = order[i]; order[i] = order[j]; order[j] = x }
      for (i = 0; i < count; i++) {
        if (kind == "concept") { # every id once (shuffled) before any repeats
          p = "/api/v1/concepts/" ids[order[i % n]]
        } else if (kind == "search") {
          q = terms[pick(t)]
          if (rand() < 0.5) q = q "%20" terms[pick(t)]
          p = "/api/v1/search?q=" q "&limit=" (5 + pick(16))
        } else if (kind == "related") {
          p = "/api/v1/concepts/" ids[pick(n)] "/related?limit=" (1 + pick(50))
        } else if (kind == "paths") {
          a = pick(n); b = pick(n - 1); if (b >= a) b++
          p = "/api/v1/paths?from=" ids[a] "&to=" ids[b]
        } else if (kind == "unlocks") {
          p = "/api/v1/concepts/" ids[pick(n)] "/unlocks"
        } else if (kind == "graph") {
          p = "/api/v1/concepts/" ids[pick(n)] "/graph?depth=" (1 + pick(2)) (rand() < 0.5 ? "&format=cytoscape" : "")
        } else if (kind == "learning-path") {
          a = pick(n)
          p = "/api/v1/concepts/" ids[a] "/learning-path"
          if (rand() < 0.5) { b = pick(n - 1); if (b >= a) b++; p = p "?known=" ids[b] }
        } else {
          print "unknown kind " kind > "/dev/stderr"; exit 1
        }
        if (p in seen) {
          seen[p]++
          p = p (index(p, "?") ? "&" : "?") "_nc=" salt "-" i
        } else {
          seen[p] = 1
        }
        print p
      }
    }' "$IDS" "$TERMS"
}

# ---------------------------------------------------------------- wrk
# parse_wrk FILE -> "rps p50 p99 requests socket-errors/non-2xx"; wrk times (123.45us, 1.20ms, 2.00s, 1.00m) in ms
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      if (v ~ /m$/) return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /h$/) return substr(v, 1, length(v) - 1) * 3600000
      return v + 0
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    / requests in / { requests = $1 }
    /^ *Socket errors:/ { gsub(",", ""); sockerr = $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /^Requests\/sec:/ { rps = $2 }
    END {
      if (rps == "") { print "n/a n/a n/a n/a n/a"; exit }
      printf "%.0f %.2f %.2f %d %d/%d\n", rps, p50, p99, requests, sockerr, non2xx
    }' "$1"
}

# run_wrk NAME SECONDS URL [PATHS_FILE]: one bounded wrk run, output in $WORK/wrk-NAME.txt
run_wrk() {
  local name="$1" secs="$2" url="$3" file="${4:-}" out="$WORK/wrk-$1.txt"
  local cmd=(wrk "-t$THREADS" "-c$CONNECTIONS" "-d${secs}s" --timeout "$WRK_TIMEOUT" --latency)
  if [[ -n "$file" ]]; then
    cmd+=(-s "$SCRIPT_DIR/rotate.lua" "$url" -- "$file" "$THREADS")
  else
    cmd+=("$url")
  fi
  service_alive || die "the service is no longer running"
  if ! timeout --signal=INT --kill-after=10 "$((secs + 30))" "${cmd[@]}" >"$out" 2>&1; then
    log "wrk $name did not finish cleanly: $(tail -n 3 "$out" | tr '\n' ' ')"
  fi
}

declare -A CACHED_PATH=(
  [live]="/q/health/live"
  [relation-types]="/api/v1/relation-types"
  [concept]="/api/v1/concepts/vector-clock"
  [search]="/api/v1/search?q=vector%20clock&limit=10"
  [related]="/api/v1/concepts/vector-clock/related?limit=10"
  [paths]="/api/v1/paths?from=vector-clock&to=partial-order"
  [learning-path]="/api/v1/concepts/exactly-once-delivery/learning-path"
  [unlocks]="/api/v1/concepts/causality/unlocks"
  [graph]="/api/v1/concepts/vector-clock/graph?depth=2"
)
declare -A LABEL=(
  [live]="GET /q/health/live (ceiling)"
  [relation-types]="GET /api/v1/relation-types"
  [concept]="GET /api/v1/concepts/{id}"
  [search]="GET /api/v1/search"
  [related]="GET /api/v1/concepts/{id}/related"
  [paths]="GET /api/v1/paths"
  [learning-path]="GET /api/v1/concepts/{id}/learning-path"
  [unlocks]="GET /api/v1/concepts/{id}/unlocks"
  [graph]="GET /api/v1/concepts/{id}/graph"
)
UNCACHED_KINDS=" concept search related paths learning-path unlocks graph "

ROWS=()
salt=0
for ep in $ENDPOINTS; do
  [[ -n "${CACHED_PATH[$ep]:-}" ]] || die "unknown endpoint '$ep' in ENDPOINTS"
  path="${CACHED_PATH[$ep]}"
  code="$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path" || true)"
  [[ "$code" == 200 ]] || log "warning: GET $path answers $code"

  log "$ep cached: warm-up ${WARMUP}s, then ${DURATION}s"
  (( WARMUP > 0 )) && run_wrk "$ep-cached-warmup" "$WARMUP" "$BASE$path"
  run_wrk "$ep-cached" "$DURATION" "$BASE$path"
  read -r rps p50 p99 reqs errs <<<"$(parse_wrk "$WORK/wrk-$ep-cached.txt")"
  ROWS+=("| ${LABEL[$ep]} | same URL | $rps | $p50 | $p99 | $reqs | $errs | 1 |")

  if [[ "$UNCACHED_KINDS" == *" $ep "* ]]; then
    salt=$((salt + 1))
    make_paths "$ep" "$((WARM_URL_COUNT + URL_COUNT))" "$salt" >"$WORK/paths-$ep-all.txt"
    # the measured runs get the head of the list (the natural combinations come first), the warm-up the tail
    head -n "$URL_COUNT" "$WORK/paths-$ep-all.txt" >"$WORK/paths-$ep.txt"
    tail -n "+$((URL_COUNT + 1))" "$WORK/paths-$ep-all.txt" >"$WORK/paths-$ep-warm.txt"
    rm -f "$WORK/paths-$ep-all.txt"
    distinct="$(wc -l <"$WORK/paths-$ep.txt" | tr -d ' ')"
    nonce="$(grep -c '_nc=' "$WORK/paths-$ep.txt" || true)"
    log "$ep uncached: $distinct distinct paths ($nonce with _nc), warm-up ${WARMUP}s, then ${DURATION}s"
    (( WARMUP > 0 )) && run_wrk "$ep-uncached-warmup" "$WARMUP" "$BASE" "$WORK/paths-$ep-warm.txt"
    run_wrk "$ep-uncached" "$DURATION" "$BASE" "$WORK/paths-$ep.txt"
    read -r rps p50 p99 reqs errs <<<"$(parse_wrk "$WORK/wrk-$ep-uncached.txt")"
    note="$distinct"
    [[ "$reqs" =~ ^[0-9]+$ ]] && (( reqs > distinct )) && note="$distinct (wrapped: some hits)"
    (( nonce > 0 )) && note="$note, $((nonce * 100 / distinct))% _nc"
    [[ "$reqs" =~ ^[0-9]+$ ]] && (( reqs < CONNECTIONS * 2 )) && note="$note; too few completed requests to trust"
    ROWS+=("| ${LABEL[$ep]} | distinct URLs | $rps | $p50 | $p99 | $reqs | $errs | $note |")
  fi
done

# ---------------------------------------------------------------- related + writes
if (( WRITE_RATE > 0 )) && [[ -f "$WORK/paths-related.txt" ]]; then
  first="$(head -n 1 "$IDS")"
  curl -sf -o /dev/null -X PUT "$BASE/api/v1/concepts/bench-writer" -H 'Authorization: Bearer bench-key' \
    -H 'Content-Type: application/json' \
    -d '{"name":"Bench writer","summary":"Changed by the benchmark while it reads.","topics":["concepts"]}' \
    || die "the benchmark writer could not create its concept"
  writer() { # WRITE_RATE writes a second of one relation, between the writer concept and a concept read in the run
    # (its reason and weight change, so the graph keeps its shape); each write is sent on its own schedule, whatever
    # the latency of the one before
    local i=0 target interval
    interval="$(awk -v r="$WRITE_RATE" 'BEGIN { printf "%.3f", 1 / r }')"
    target="$(head -n 1 "$IDS")"
    while [[ -f "$WORK/writing" ]]; do
      ( curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 -X PUT \
          "$BASE/api/v1/concepts/bench-writer/relations/RELATED_TO/$target" \
          -H 'Authorization: Bearer bench-key' -H 'Content-Type: application/json' \
          -d "{\"reason\":\"benchmark write $i\",\"weight\":0.$(( i % 9 + 1 ))}" >>"$WORK/writes.txt" ) &
      i=$((i + 1))
      sleep "$interval"
    done
    wait
  }
  # the write path warms up too, as the read paths did (its Cypher plans compiled, its code through the JIT): on a
  # cold one a write costs the service several times the CPU it does once warm, which is not the steady state
  if (( WARM_WRITES > 0 )); then
    log "related + writes: $WARM_WRITES writes one after another to warm the write path up"
    warm_failed="$(for i in $(seq 1 "$WARM_WRITES"); do
      curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 -X PUT \
        "$BASE/api/v1/concepts/bench-writer/relations/RELATED_TO/$first" \
        -H 'Authorization: Bearer bench-key' -H 'Content-Type: application/json' \
        -d "{\"reason\":\"benchmark warm-up write $i\",\"weight\":0.$(( i % 9 + 1 ))}"
    done | awk '!/^20[01]$/ { n++ } END { print n + 0 }')"
    (( warm_failed == 0 )) || die "$warm_failed of the $WARM_WRITES warm-up writes failed"
  fi
  touch "$WORK/writing"
  writer &
  WRITER_PID=$!
  if (( WARMUP > 0 )); then
    log "related + writes: warm-up ${WARMUP}s while writing"
    run_wrk "related-writes-warmup" "$WARMUP" "$BASE" "$WORK/paths-related-warm.txt"
    sleep 1
    : >"$WORK/writes.txt"
  fi
  log "related + writes: distinct URLs for ${DURATION}s while writing about ${WRITE_RATE}/s"
  run_wrk "related-writes" "$DURATION" "$BASE" "$WORK/paths-related.txt"
  rm -f "$WORK/writing"
  wait "$WRITER_PID" 2>/dev/null || true
  wok="$(grep -c '^20[01]$' "$WORK/writes.txt" || true)"
  wfailed="$(grep -vc '^20[01]$' "$WORK/writes.txt" || true)"
  read -r rps p50 p99 reqs errs <<<"$(parse_wrk "$WORK/wrk-related-writes.txt")"
  read -r rps0 _ <<<"$(parse_wrk "$WORK/wrk-related-uncached.txt")"
  share="$(awk -v a="$rps" -v b="$rps0" 'BEGIN { if (b > 0) printf "%d%% of the run without writes", 100 * a / b }')"
  ROWS+=("| ${LABEL[related]} | distinct URLs + $wok writes ($wfailed failed) in ${DURATION}s, after a ${WARMUP}s warm-up with writes: $share | $rps | $p50 | $p99 | $reqs | $errs | same list as above, again |")
fi

RSS_END="$(rss_mib)"
log "RSS at the end ${RSS_END} MiB"

# ---------------------------------------------------------------- report
GIT_REV="$(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$PROJECT_DIR" status --porcelain 2>/dev/null || true)" ]]; then GIT_REV="$GIT_REV (uncommitted changes)"; fi
CPU_MODEL="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
MEM_TOTAL="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
JAVA_VERSION="$( (java -version 2>&1 || true) | awk 'NR == 1')"
WRK_VERSION="$( (wrk -v 2>&1 || true) | awk 'NR == 1 {print $1, $2}')"
STAMP="$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS_DIR"
REPORT="$RESULTS_DIR/$MODE-$STAMP.md"
{
  echo "## Benchmark: $MODE mode, $(date '+%Y-%m-%d %H:%M %Z')"
  echo
  echo "- Commit: $GIT_REV; graph: ${CONCEPT_TOTAL:-?} concepts$([[ "$MODE" == scale ]] && echo " (seed + $SCALE_CONCEPTS synthetic concepts / $SCALE_RELATIONS synthetic relations, --seed $SEED)")"
  echo "- Machine: $(nproc) CPUs ($CPU_MODEL), $MEM_TOTAL RAM; $JAVA_VERSION; $WRK_VERSION (same machine as the service); load average before the run $LOAD_BEFORE"
  echo "- wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout $WRK_TIMEOUT --latency, after ${WARMUP}s warm-up per row; JAVA_OPTS='${JAVA_OPTS}'${PAGE_CACHE:+; page cache $PAGE_CACHE}; JVM options of the run command: ${RUN_JVM_OPTS[*]}"
  echo "- Start to ready: ${STARTUP_MS} ms (process start to first 200 from /q/health/ready, seed load included; Quarkus reports ${QUARKUS_STARTED:-?})"
  echo "- RSS: ${RSS_START} MiB when ready$([[ -n "$RSS_LOADED" ]] && echo ", ${RSS_LOADED} MiB after writing the synthetic graph (${GEN_SECONDS} s)"), ${RSS_END} MiB at the end"
  [[ -n "${FILL_LINE:-}" ]] && echo "- ${FILL_LINE} (the service log's line for the reload after the synthetic graph)"
  echo
  echo "| Endpoint | Variant | Req/s | p50 (ms) | p99 (ms) | Requests | Errors (socket/non-2xx) | Distinct paths |"
  echo "|---|---|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "same URL: one URL repeated. distinct URLs: every request a different URL from a generated list"
  echo "(bench/rotate.lua), so no HTTP cache in front could answer; the service computes every answer from its graph"
  echo "cache. _nc is a parameter the service ignores that only makes a URL unique where the graph has too few natural"
  echo "combinations."
} >"$REPORT"
cat "$REPORT"
log "written to $REPORT"
