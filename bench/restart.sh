#!/usr/bin/env bash
# Restart time of the packaged service: process start to ready, and to its first answers, on an existing store.
#
#   bench/restart.sh [--runs N] [--port PORT] [PROJECT_DIR ...]
#
# For each project directory (default: the one holding this script; each with target/quarkus-app built by
# `./mvnw -B package -DskipTests`, which also writes the class-data-sharing archive), one first start creates a store
# of its own (not measured), then RUNS restarts are measured, the directories taking turns run by run so that a
# slower or busier moment of the machine is shared by all of them. Each restart runs the README's run command from the
# project directory and measures, from process start: the first 200 from /q/health/ready (curl every 50 ms), then the
# first answers of /related, /search and /learning-path, one after the other (the first reads of a fresh process).
# Pass a checkout of an older commit as a second directory to compare with it. The Markdown table is printed and
# written to bench/results/restart-<date>.md. See docs/benchmarks.md.
#
# Environment: RUNS [7]  PORT [18190] first HTTP port tried  RESULTS_DIR [bench/results]  JAVA_OPTS [] extra JVM options
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNS="${RUNS:-7}"
PORT="${PORT:-18190}"
RESULTS_DIR="${RESULTS_DIR:-$SCRIPT_DIR/results}"
JAVA_OPTS="${JAVA_OPTS:-}"
DIRS=()

log() { printf '[restart %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --runs=*) RUNS="${1#*=}" ;;
    --port) PORT="$2"; shift ;;
    --port=*) PORT="${1#*=}" ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) DIRS+=("$(cd "$1" && pwd)") ;;
  esac
  shift
done
(( ${#DIRS[@]} > 0 )) || DIRS=("$(cd "$SCRIPT_DIR/.." && pwd)")
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
[[ "$PORT" =~ ^[0-9]+$ ]] || die "PORT must be a port number, got '$PORT'"
command -v curl >/dev/null || die "curl is needed"
for d in "${DIRS[@]}"; do
  [[ -f "$d/target/quarkus-app/quarkus-run.jar" ]] || die "$d/target/quarkus-app/quarkus-run.jar not found; build it: (cd $d && ./mvnw -B package -DskipTests)"
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
BASE="http://127.0.0.1:$PORT"
now_ms() { date +%s%3N; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kg-restart.XXXXXX")"
SVC_PID=""
cleanup() {
  [[ -n "$SVC_PID" ]] && kill "$SVC_PID" 2>/dev/null && wait "$SVC_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# one start of directory number $1 on its store (not in a subshell: SVC_PID must reach cleanup); writes
# "ready_ms answers_ms rss_mib" to $WORK/last.txt, answers measured when $2 is 1
start_once() {
  local i="$1" measure="$2" d="${DIRS[$1]}" opts=(-XX:+UseSerialGC) s r e rss code
  [[ -f "$d/target/quarkus-app/app-cds.jsa" ]] && opts+=("-XX:SharedArchiveFile=$d/target/quarkus-app/app-cds.jsa")
  s="$(now_ms)"
  # shellcheck disable=SC2086
  (cd "$d" && exec java "${opts[@]}" $JAVA_OPTS --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dkg.embedded.data-dir="$WORK/store-$i" \
    -jar target/quarkus-app/quarkus-run.jar) >"$WORK/log-$i.txt" 2>&1 &
  SVC_PID=$!
  while ! curl -sf -o /dev/null --max-time 2 "$BASE/q/health/ready"; do
    kill -0 "$SVC_PID" 2>/dev/null || die "the service of $d exited during startup: $WORK/log-$i.txt"
    (( $(now_ms) - s < 300000 )) || die "the service of $d was not ready within 300 s"
    sleep 0.05
  done
  r="$(now_ms)"
  rss="$(ps -o rss= -p "$SVC_PID" | awk '{ printf "%.0f", $1 / 1024 }')"
  e=""
  if [[ "$measure" == 1 ]]; then
    for path in "/api/v1/concepts/vector-clock/related?limit=10" "/api/v1/search?q=consistent%20hashing" \
      "/api/v1/concepts/consensus/learning-path"; do
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$BASE$path")"
      [[ "$code" == 200 ]] || die "GET $path answered $code after a restart of $d"
    done
    e="$(now_ms)"
  fi
  kill "$SVC_PID"
  wait "$SVC_PID" 2>/dev/null || true
  SVC_PID=""
  echo "$((r - s)) ${e:+$((e - s))} $rss" >"$WORK/last.txt"
}

for i in "${!DIRS[@]}"; do
  log "first start of ${DIRS[$i]} (creates its store; not measured)"
  start_once "$i" 0
done
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for run in $(seq 1 "$RUNS"); do
  for i in "${!DIRS[@]}"; do
    start_once "$i" 1
    read -r ready answers rss <"$WORK/last.txt"
    log "run $run, ${DIRS[$i]}: ready after $ready ms, three first answers after $answers ms, RSS $rss MiB"
    echo "$ready $answers $rss" >>"$WORK/times-$i.txt"
  done
done

stats() { # column $2 of file $1: min-max, median
  sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f-%.2f s, median %.2f s", v[1] / 1000, v[NR] / 1000, m / 1000 }'
}
mkdir -p "$RESULTS_DIR"
OUT="$RESULTS_DIR/restart-$(date +%Y%m%d-%H%M%S).md"
{
  echo "# Restart, $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "- \`bench/restart.sh --runs $RUNS\`, $(nproc) CPUs, load average before the measured runs: $LOAD_BEFORE; $(java -version 2>&1 | head -n 1)"
  echo "- process start to the first 200 from /q/health/ready, and to the first answers of /related, /search and /learning-path (one after the other); existing store, directories taking turns"
  echo
  echo "| Build | Commit | Ready after | First three answers after | RSS when ready |"
  echo "|---|---|---|---|---:|"
  for i in "${!DIRS[@]}"; do
    d="${DIRS[$i]}"
    commit="$(git -C "$d" rev-parse --short HEAD 2>/dev/null || echo '?')"
    dirty="$(git -C "$d" status --porcelain --untracked-files=no 2>/dev/null | head -n 1)"
    rss="$(awk '{ print $3 }' "$WORK/times-$i.txt" | sort -n | awk '{ v[NR] = $1 } END { print v[1] "-" v[NR] " MiB" }')"
    echo "| $d | $commit${dirty:+ (modified)} | $(stats "$WORK/times-$i.txt" 1) | $(stats "$WORK/times-$i.txt" 2) | $rss |"
  done
} | tee "$OUT"
log "written to $OUT"
