# shellcheck shell=bash
# deploy/local/lib.sh: the local stack of the PSW Competence Platform, as bash functions.
#
#   source deploy/local/lib.sh
#   kafka_start dev && keycloak_start dev      # ... work ...
#   keycloak_stop dev && kafka_stop dev
#
# Meant to be sourced by scripts running under `set -euo pipefail`. Functions that cannot go
# on print why and `exit 1` (die); the small predicates and waits return non-zero instead.
# From an interactive shell, call them in a subshell so that a failure does not close it:
#   ( source deploy/local/lib.sh && kafka_start dev )
#
# Everything it downloads or writes lives under .pswcp/ at the repository root (git-ignored):
#   .pswcp/cache/        downloads shared by all stacks (Kafka jars, Keycloak distribution)
#   .pswcp/json/         deploy/local/Json.java, compiled (the function json)
#   .pswcp/<stack>/      one stack's data, <name>.log and <name>.pid files
# See deploy/local/README.md.

if [[ -n "${PSWCP_LIB_LOADED:-}" ]]; then
  return 0
fi
PSWCP_LIB_LOADED=1

PSWCP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PSWCP_HOME="${PSWCP_HOME:-$PSWCP_ROOT/.pswcp}"
PSWCP_KEYCLOAK_VERSION="${PSWCP_KEYCLOAK_VERSION:-26.7.3}"
PSWCP_MIN_JAVA=21
# Extra arguments for every ./mvnw call, e.g. "-o" (offline) or "-Dmaven.repo.local=/path": words, split at spaces.
PSWCP_MAVEN_ARGS="${PSWCP_MAVEN_ARGS:-}"
read -r -a PSWCP_MAVEN_ARGV <<<"$PSWCP_MAVEN_ARGS"
# A file for flock: with it set, every ./mvnw call of these scripts waits for the lock first (machines shared by builds).
PSWCP_MAVEN_LOCK="${PSWCP_MAVEN_LOCK:-}"
# Database role that owns the local databases. Local only: never use these values elsewhere.
PSWCP_DB_USER="${PSWCP_DB_USER:-pswcp}"
PSWCP_DB_PASSWORD="${PSWCP_DB_PASSWORD:-pswcp}"
PSWCP_STACKS=(dev e2e bench chaos)
PSWCP_TOPICS=(framework.events assessment.events supervision.events)
PSWCP_TOPIC_RETENTION_MS=1209600000 # 14 days

# The one port table. Columns: component, stack dev, stack e2e, stack bench, stack chaos. PostgreSQL on 5432 is the
# machine's own cluster; on any other port it is the stack's own (postgres_start), so that a fault can restart it.
PSWCP_PORTS="
kafka                 9092   19092  28092  38092
kafka-controller      9093   19093  28093  38093
keycloak              8180   18180  28180  38180
keycloak-management   8181   18181  28181  38181
framework-service     8081   18081  28081  38081
assessment-service    8082   18082  28082  38082
supervision-service   8083   18083  28083  38083
postgres              5432   5432   5432   38432
"

# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------

if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then
  _C_BOLD=$'\e[1m' _C_GREEN=$'\e[32m' _C_RED=$'\e[31m' _C_YELLOW=$'\e[33m' _C_OFF=$'\e[0m'
else
  _C_BOLD='' _C_GREEN='' _C_RED='' _C_YELLOW='' _C_OFF=''
fi

step() { printf '%s==> %s%s\n' "$_C_BOLD" "$*" "$_C_OFF"; }
ok() { printf '  %s✔%s %s\n' "$_C_GREEN" "$_C_OFF" "$*"; }
warn() { printf '  %s!%s %s\n' "$_C_YELLOW" "$_C_OFF" "$*" >&2; }
fail() { printf '  %s✘ %s%s\n' "$_C_RED" "$*" "$_C_OFF" >&2; }
die() {
  fail "$@"
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Stacks, ports, files
# ---------------------------------------------------------------------------------------------

check_stack() {
  local s
  for s in "${PSWCP_STACKS[@]}"; do
    [[ "${1:-}" == "$s" ]] && return 0
  done
  die "unknown stack '${1:-}': use one of ${PSWCP_STACKS[*]}"
}

# port_of <stack> <component>: prints the port, e.g. `port_of e2e keycloak` -> 18180.
port_of() {
  check_stack "$1"
  local col=2 port
  [[ "$1" == e2e ]] && col=3
  [[ "$1" == bench ]] && col=4
  [[ "$1" == chaos ]] && col=5
  port="$(awk -v c="$2" -v col="$col" '$1 == c { print $col }' <<<"$PSWCP_PORTS")"
  [[ -n "$port" ]] || die "no port for component '$2' (known: $(awk 'NF { printf "%s ", $1 }' <<<"$PSWCP_PORTS"))"
  printf '%s\n' "$port"
}

print_ports() {
  printf '%-22s %6s %6s %6s %6s\n' component dev e2e bench chaos
  awk 'NF { printf "%-22s %6s %6s %6s %6s\n", $1, $2, $3, $4, $5 }' <<<"$PSWCP_PORTS"
}

stack_dir() {
  check_stack "$1"
  printf '%s\n' "$PSWCP_HOME/$1"
}

log_of() { printf '%s/%s.log\n' "$(stack_dir "$1")" "$2"; }
pid_of_file() { printf '%s/%s.pid\n' "$(stack_dir "$1")" "$2"; }

# True if something accepts TCP connections on 127.0.0.1:<port>.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Refuses to start <name> on a port that another program already holds.
require_free_port() {
  local port=$1 what=$2
  if port_open "$port"; then
    die "port $port ($what) is already in use by another program: see \`ss -ltnp | grep :$port\`"
  fi
}

# ---------------------------------------------------------------------------------------------
# Background processes: one process group per component, so that stop takes its children too
# ---------------------------------------------------------------------------------------------

# is_running <stack> <name>: its pid file names a live process group.
is_running() {
  local pidfile pid
  pidfile="$(pid_of_file "$1" "$2")"
  [[ -s "$pidfile" ]] || return 1
  pid="$(<"$pidfile")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  group_alive "$pid"
}

# group_alive <pgid>: whether a process of the group still runs. One that has exited is gone even before it is reaped:
# kill -0 still finds such a zombie, and where the init process reaps late (seconds, on some machines) every stop
# waited for it.
group_alive() {
  ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

# start_bg <stack> <name> <logfile> <cmd...>: runs cmd detached (own session and process group,
# immune to the terminal closing), appending stdout and stderr to logfile, and writes
# .pswcp/<stack>/<name>.pid. The pid is the process group id that stop_bg signals.
start_bg() {
  local stack=$1 name=$2 logfile=$3
  shift 3
  local pidfile i
  pidfile="$(pid_of_file "$stack" "$name")"
  mkdir -p "$(dirname "$pidfile")" "$(dirname "$logfile")"
  rm -f "$pidfile"
  # The command line goes to the log, but never the value of a secret it sets.
  local shown=() word
  for word in "$@"; do
    case "$word" in
    *_KEY=* | *PASSWORD=* | *SECRET=*) shown+=("${word%%=*}=***") ;;
    *) shown+=("$word") ;;
    esac
  done
  printf '\n===== %s: starting %s: %s\n' "$(date '+%F %T')" "$name" "${shown[*]}" >>"$logfile"
  # The inner bash writes its own pid: setsid may fork, so $! is not always the leader.
  # shellcheck disable=SC2016 # $$ and $0 are for the inner bash
  setsid bash -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec nohup "$@"' "$pidfile" "$@" \
    >>"$logfile" 2>&1 </dev/null &
  for ((i = 0; i < 50; i++)); do
    [[ -s "$pidfile" ]] && return 0
    sleep 0.1
  done
  die "$name did not start: see $logfile"
}

# stop_bg <stack> <name> [timeout-seconds]: SIGTERM to the process group, SIGKILL after timeout.
stop_bg() {
  local stack=$1 name=$2 timeout=${3:-60}
  local pidfile pid i
  pidfile="$(pid_of_file "$stack" "$name")"
  if ! is_running "$stack" "$name"; then
    rm -f "$pidfile"
    ok "$name ($stack) is not running"
    return 0
  fi
  pid="$(<"$pidfile")"
  printf '  stopping %s (%s, process group %s) ' "$name" "$stack" "$pid"
  kill -TERM -- "-$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 10; i++)); do
    group_alive "$pid" || break
    ((i % 10 == 0)) && printf '.'
    sleep 0.1
  done
  if group_alive "$pid"; then
    printf ' still there after %ss, SIGKILL' "$timeout"
    kill -KILL -- "-$pid" 2>/dev/null || true
    sleep 1
  fi
  printf '\n'
  rm -f "$pidfile"
  ok "$name ($stack) stopped"
}

# Prints the last lines of a component's log, for failure messages.
show_log_tail() {
  local logfile=$1 lines=${2:-40}
  [[ -f "$logfile" ]] || return 0
  printf -- '----- last %s lines of %s -----\n' "$lines" "$logfile" >&2
  tail -n "$lines" "$logfile" >&2
  printf -- '-----\n' >&2
}

# _wait_until <timeout> <name> [stack] -- <probe cmd...>: dots until probe succeeds. Gives up
# early if the stack's <name> process died. On failure prints why the last probe failed (what it
# said on standard error; it is quiet while it polls) and the log tail, and returns 1.
_wait_until() {
  local timeout=$1 name=$2 stack=${3:-}
  shift 3
  local start=$SECONDS logfile='' reason=''
  [[ -n "$stack" ]] && logfile="$(log_of "$stack" "$name")"
  printf '  waiting for %s ' "$name"
  local polls=0
  while ! reason="$("$@" 2>&1 >/dev/null)"; do
    if [[ -n "$stack" ]] && ! is_running "$stack" "$name"; then
      printf '\n'
      fail "$name ($stack) exited during startup"
      [[ -n "$logfile" ]] && show_log_tail "$logfile"
      return 1
    fi
    if ((SECONDS - start >= timeout)); then
      printf '\n'
      fail "$name not ready after ${timeout}s${reason:+: $reason}"
      [[ -n "$logfile" ]] && show_log_tail "$logfile"
      return 1
    fi
    # Probe four times a second, print a dot once a second.
    ((polls++ % 4 == 0)) && printf '.'
    sleep 0.25
  done
  printf ' ready after %ss\n' "$((SECONDS - start))"
}

# http_body <url> [curl args...]: prints the body of a 2xx answer (within 30 s). Otherwise says in one line on standard
# error what the URL answered, or that it did not, and returns 1. No curl error lines: a caller polling a service that
# is still starting stays quiet, and shows only why it gave up.
http_body() {
  local url=$1 out status
  shift
  out="$(curl -s --max-time 30 -w '\n%{http_code}' "$@" "$url")" || true
  status="${out##*$'\n'}"
  if [[ "$status" == 2?? ]]; then
    printf '%s\n' "${out%$'\n'*}"
  elif [[ "$status" =~ ^[1-9][0-9][0-9]$ ]]; then
    printf '%s answered %s\n' "$url" "$status" >&2
    return 1
  else
    printf '%s did not answer\n' "$url" >&2
    return 1
  fi
}

# _http_ok <url> [curl args...]: true on a 2xx answer within 3 s; otherwise says why (http_body).
_http_ok() { http_body "$1" --max-time 3 "${@:2}" >/dev/null; }

# A probe for _wait_until: true when 127.0.0.1:<port> accepts connections, otherwise says so.
_port_accepts() { port_open "$1" || { printf '127.0.0.1:%s accepts no connections\n' "$1" >&2 && return 1; }; }

# wait_for_http <url> <timeout-seconds> <name> [stack]: waits for a 2xx answer. With a stack,
# fails fast if .pswcp/<stack>/<name>.pid dies, and shows .pswcp/<stack>/<name>.log on failure.
wait_for_http() {
  _wait_until "$2" "$3" "${4:-}" _http_ok "$1"
}

# wait_for_port <port> <timeout-seconds> <name> [stack]: waits for 127.0.0.1:<port> to accept.
wait_for_port() {
  _wait_until "$2" "$3" "${4:-}" _port_accepts "$1"
}

# stack_status <stack>: which components of the stack run.
stack_status() {
  local stack=$1 f name
  check_stack "$stack"
  step "stack $stack ($(stack_dir "$stack"))"
  shopt -s nullglob
  local pidfiles=("$(stack_dir "$stack")"/*.pid)
  shopt -u nullglob
  if ((${#pidfiles[@]} == 0)); then
    ok "nothing started"
    return 0
  fi
  for f in "${pidfiles[@]}"; do
    name="$(basename "$f" .pid)"
    if is_running "$stack" "$name"; then
      ok "$name running, process group $(<"$f"), log $(log_of "$stack" "$name")"
    else
      warn "$name not running (stale pid file)"
    fi
  done
}

# ---------------------------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------------------------

# Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing.
_jdk_major() {
  local home=$1 v
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  v="$("$home/bin/java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  v="${v#1.}"
  printf '%s\n' "${v%%[.+-]*}"
}

# find_java: exports JAVA_HOME (and PATH) for a JDK >= 21: $JAVA_HOME if good enough, otherwise
# the newest one found in the usual places. Exits with install advice if there is none.
find_java() {
  if [[ -n "${PSWCP_JAVA_FOUND:-}" && "${JAVA_HOME:-}" == "$PSWCP_JAVA_FOUND" && -n "${PSWCP_JAVA_MAJOR:-}" ]]; then
    return 0
  fi
  local best='' best_v=0 c v
  if [[ -n "${JAVA_HOME:-}" ]]; then
    v="$(_jdk_major "$JAVA_HOME")"
    if [[ -n "$v" ]] && ((v >= PSWCP_MIN_JAVA)); then
      best=$JAVA_HOME best_v=$v
    fi
  fi
  if [[ -z "$best" ]]; then
    local candidates=(/usr/lib/jvm/* /opt/java /opt/java/* /opt/*jdk* /usr/local/*jdk* /usr/local/java/*
      /usr/java/* "${HOME:-/root}"/.sdkman/candidates/java/* "${HOME:-/root}"/.jdks/*)
    if command -v javac >/dev/null 2>&1; then
      candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
    fi
    for c in "${candidates[@]}"; do
      [[ -d "$c" && ! -L "$c" ]] || continue
      v="$(_jdk_major "$c")"
      if [[ -n "$v" ]] && ((v >= PSWCP_MIN_JAVA && v > best_v)); then
        best=$c best_v=$v
      fi
    done
  fi
  if [[ -z "$best" ]]; then
    fail "no JDK ${PSWCP_MIN_JAVA} or newer found (a JDK: bin/java and bin/javac)."
    fail "searched: \$JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/*, /opt/java, /opt/*jdk*, /usr/local/*jdk*,"
    fail "          /usr/java/*, ~/.sdkman/candidates/java/*, ~/.jdks/*, and javac on PATH."
    fail "install one, e.g. on Debian/Ubuntu: sudo apt-get install openjdk-${PSWCP_MIN_JAVA}-jdk (or temurin-${PSWCP_MIN_JAVA}-jdk"
    fail "from Adoptium), or with SDKMAN: sdk install java ${PSWCP_MIN_JAVA}-tem; or set JAVA_HOME to a JDK >= ${PSWCP_MIN_JAVA}."
    exit 1
  fi
  export JAVA_HOME="$best"
  case ":$PATH:" in
    *":$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin:$PATH" ;;
  esac
  PSWCP_JAVA_FOUND=$JAVA_HOME
  PSWCP_JAVA_MAJOR=$best_v
  ok "Java $best_v at $JAVA_HOME"
}

# JVM options for Kafka's JVMs: on Java 24+ allow sun.misc.Unsafe memory access (Kafka uses it;
# else every start prints a four-line deprecation warning).
_kafka_jvm_compat_opts() {
  if ((${PSWCP_JAVA_MAJOR:-0} >= 24)); then
    printf '%s\n' --sun-misc-unsafe-memory-access=allow
  fi
}

# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------

# json object name=value...   prints a JSON object of strings (a.b=v nests, a[]=v appends to a list)
# json get <path> < json       prints each value at path (access_token, items[].versionCode), one a line
# json claims < jwt            prints a token's payload (its claims)
# deploy/local/Json.java does the work, with the JDK that find_java finds (jq is not on every machine). It is compiled
# once per version of the file into .pswcp/json/: the class then starts in about 0.1 s, where the source launcher
# (java Json.java) takes a second, and seed_demo calls json some twenty times. The name=value items go to it on
# standard input, so that no value shows in the process list.
json() {
  find_java >/dev/null
  local src="$PSWCP_ROOT/deploy/local/Json.java" dir tmp
  dir="$PSWCP_HOME/json/$(sha256sum "$src" | cut -c1-16)"
  if [[ ! -f "$dir/Json.class" ]]; then
    mkdir -p "$PSWCP_HOME/json"
    tmp="$(mktemp -d "$PSWCP_HOME/json/.javac.XXXXXX")"
    javac --release "$PSWCP_MIN_JAVA" -d "$tmp" "$src" || die "could not compile $src"
    # Another process may have compiled it meanwhile: then its copy stays.
    mv -T "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp"
  fi
  local run=(java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$dir" Json)
  if [[ "${1:-}" == object ]]; then
    shift
    printf '%s\0' "$@" | "${run[@]}" object
  else
    "${run[@]}" "$@"
  fi
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------

_pg_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p "$(port_of dev postgres)"
  else
    port_open "$(port_of dev postgres)"
  fi
}

# ensure_postgres: PostgreSQL answers on 127.0.0.1:5432, starting (or, as root with apt-get,
# installing) it if needed.
ensure_postgres() {
  if _pg_ready; then
    return 0
  fi
  step "PostgreSQL is not answering on 127.0.0.1:5432"
  if ! compgen -G '/etc/postgresql/*/main' >/dev/null; then
    _apt_install PostgreSQL postgresql \
      "install it (Debian/Ubuntu: sudo apt-get install postgresql) or start one on 127.0.0.1:5432"
  fi
  local version
  version="$(find /etc/postgresql -mindepth 2 -maxdepth 2 -name main -printf '%h\n' | sort -V | tail -n 1)"
  version="${version##*/}"
  [[ -n "$version" ]] ||
    die "PostgreSQL is installed but has no cluster 'main' (/etc/postgresql/<version>/main): pg_createcluster <version> main"
  step "Starting PostgreSQL $version (cluster main)"
  if [[ $EUID -eq 0 ]]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
      die "could not start PostgreSQL $version: see /var/log/postgresql/postgresql-$version-main.log"
  else
    pg_ctlcluster "$version" main start 2>/dev/null || sudo -n pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
      die "PostgreSQL $version is installed but down, and this user cannot start it: sudo pg_ctlcluster $version main start"
  fi
  local i
  for ((i = 0; i < 30; i++)); do
    if _pg_ready; then
      ok "PostgreSQL $version up on 127.0.0.1:5432"
      return 0
    fi
    sleep 1
  done
  die "PostgreSQL $version started but does not answer on 127.0.0.1:5432 (check listen_addresses and port)"
}

# _apt_install <what> <package> <advice>: as root on Debian/Ubuntu, installs the package with apt-get; elsewhere says
# that <what> is missing and how to get it (advice), and exits.
_apt_install() {
  local what=$1 package=$2 advice=$3
  if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    die "$what is not installed: $advice"
  fi
  step "Installing $what with apt-get (once)"
  DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed: $advice"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" || die "apt-get could not install $package: $advice"
}

# psql_admin <psql args...>: psql as the database superuser.
psql_admin() {
  if [[ $EUID -eq 0 ]]; then
    # cd /: the postgres OS user may not be able to enter the caller's directory.
    (cd / && runuser -u postgres -- env PGOPTIONS='-c client_min_messages=warning' \
      psql -X -q -v ON_ERROR_STOP=1 "$@")
  else
    PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"
  fi
}

# median: the median of the numbers on standard input, one a line (the middle one; of an even count, the lower).
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# wrk_figures: reads the output of `wrk --latency` on standard input and prints
# "<requests/s> <p50 ms> <p99 ms> <non-2xx answers> <socket errors> <requests>", latencies in milliseconds.
wrk_figures() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "Requests/sec:" { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    $2 == "requests" && $3 == "in" { n = $1 }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) sockets += $i }
    END { printf "%.1f %.2f %.2f %d %d %d\n", rps, p50, p99, bad + 0, sockets + 0, n + 0 }'
}

# psql_owner <stack> <database> <psql args...>: psql as the local databases' owner ($PSWCP_DB_USER), on the stack's
# PostgreSQL; rows unaligned, as a|b. A query too long for one argument goes on standard input.
psql_owner() {
  local stack=$1 db=$2
  PGPASSWORD="$PSWCP_DB_PASSWORD" psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(port_of "$stack" postgres)" \
    -U "$PSWCP_DB_USER" -d "$db" "${@:3}"
}

_check_db_name() {
  [[ "${1:-}" =~ ^[a-z_][a-z0-9_]*$ ]] || die "bad database name '${1:-}' (lower case, digits, _)"
}

# Creates the login role that owns the local databases (password login works under trust,
# md5 and scram-sha-256 pg_hba rules alike).
_ensure_db_role() {
  # The exception handler: two stacks starting at once may both try to create it.
  # On standard input, not the command line, where the password would show in ps.
  psql_admin -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PSWCP_DB_USER') THEN
    BEGIN
      CREATE ROLE "$PSWCP_DB_USER" LOGIN PASSWORD '$PSWCP_DB_PASSWORD';
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
END \$\$;
SQL
  # The tests create and drop their own databases as this role.
  psql_admin -d postgres -qc "ALTER ROLE \"$PSWCP_DB_USER\" CREATEDB"
}

# create_db <name>: creates the database (owner $PSWCP_DB_USER) unless it exists.
create_db() {
  _check_db_name "${1:-}"
  ensure_postgres
  _ensure_db_role
  if _db_exists "$1"; then
    return 0
  fi
  # Someone else may create it at the same moment: then it exists, which is all we want.
  if psql_admin -d postgres -c "CREATE DATABASE \"$1\" OWNER \"$PSWCP_DB_USER\"" 2>/dev/null || _db_exists "$1"; then
    ok "database $1 ready"
  else
    die "could not create database $1"
  fi
}

_db_exists() {
  [[ "$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" == 1 ]]
}

# recreate_db <name>: drops the database (disconnecting its sessions) and creates it empty.
recreate_db() {
  _check_db_name "${1:-}"
  ensure_postgres
  _ensure_db_role
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)"
  psql_admin -d postgres -c "CREATE DATABASE \"$1\" OWNER \"$PSWCP_DB_USER\""
  ok "database $1 recreated (empty)"
}

# A stack whose postgres port is not 5432 (the chaos stack) has a PostgreSQL cluster of its own, so that a fault can
# stop and restart it without touching the machine's: initialised on first use in .pswcp/<stack>/postgres from the
# machine's PostgreSQL programs, listening on 127.0.0.1 only, with trust authentication like the machine's local
# cluster. use_stack_postgres points psql, psql_admin and create_db at it (PGHOST, PGPORT).
_pg_bin() {
  local ctl
  ctl="$(find /usr/lib/postgresql -path '*/bin/pg_ctl' 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$ctl" ]] && dirname "$ctl"
}

# _as_pg_owner <cmd...>: as the postgres OS user when root (PostgreSQL will not run as root), else as oneself.
_as_pg_owner() {
  if [[ $EUID -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

_own_postgres_dir() { printf '%s/postgres\n' "$(stack_dir "$1")"; }

# postgres_start <stack>: the stack's PostgreSQL answers: the machine's (ensure_postgres) or the stack's own.
postgres_start() {
  local stack=$1 port dir bin
  port="$(port_of "$stack" postgres)"
  ensure_postgres # the machine's cluster: also what brings the programs (installed with apt-get when missing)
  [[ "$port" != 5432 ]] || return 0
  bin="$(_pg_bin)" || die "PostgreSQL's server programs (initdb, pg_ctl) are not under /usr/lib/postgresql"
  dir="$(_own_postgres_dir "$stack")"
  if [[ ! -s "$dir/PG_VERSION" ]]; then
    step "Creating the $stack stack's own PostgreSQL cluster in $dir"
    mkdir -p "$dir"
    if [[ $EUID -eq 0 ]]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    _as_pg_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 >"$dir.init.log" 2>&1 ||
      die "initdb failed: see $dir.init.log"
  fi
  if _as_pg_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    ok "PostgreSQL ($stack) already running on 127.0.0.1:$port"
    return 0
  fi
  require_free_port "$port" "PostgreSQL $stack"
  step "Starting PostgreSQL ($stack) on 127.0.0.1:$port"
  _as_pg_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null ||
    die "PostgreSQL ($stack) did not start: see $dir/server.log"
  ok "PostgreSQL ($stack) up on 127.0.0.1:$port"
}

# postgres_stop <stack> [immediate]: stops the stack's own cluster (fast shutdown; immediate: as a crash would), if it
# has one and it runs. The machine's cluster is never stopped here.
postgres_stop() {
  local stack=$1 mode=${2:-fast} dir bin
  [[ "$(port_of "$stack" postgres)" != 5432 ]] || return 0
  dir="$(_own_postgres_dir "$stack")"
  bin="$(_pg_bin)" || return 0
  [[ -s "$dir/PG_VERSION" ]] && _as_pg_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1 || return 0
  _as_pg_owner "$bin/pg_ctl" -D "$dir" -m "$mode" -w -t 60 stop >/dev/null || die "PostgreSQL ($stack) did not stop"
  ok "PostgreSQL ($stack) stopped ($mode)"
}

# use_stack_postgres <stack>: psql and psql_admin in this shell and its children reach the stack's PostgreSQL.
use_stack_postgres() {
  local port
  port="$(port_of "$1" postgres)"
  [[ "$port" == 5432 ]] || export PGHOST=127.0.0.1 PGPORT="$port"
}

# ---------------------------------------------------------------------------------------------
# Shell scripts
# ---------------------------------------------------------------------------------------------

# ensure_shellcheck: shellcheck on PATH, installed as ensure_postgres installs PostgreSQL (as root with apt-get).
ensure_shellcheck() {
  command -v shellcheck >/dev/null 2>&1 && return 0
  local how='install it (Debian/Ubuntu: sudo apt-get install shellcheck; macOS: brew install shellcheck; elsewhere'
  _apt_install shellcheck shellcheck "$how see https://github.com/koalaman/shellcheck#installing), then run this again"
  command -v shellcheck >/dev/null 2>&1 || die "apt-get installed shellcheck, but it is not on PATH ($PATH)"
}

# check_shell_scripts: shellcheck over ./pswcp, this library (sourced as pswcp sources it) and the tools' scripts; fails on any finding.
check_shell_scripts() {
  ensure_shellcheck
  (cd "$PSWCP_ROOT" && shellcheck --external-sources pswcp deploy/local/lib.sh deploy/images/build-base \
    tools/bench/run tools/bench/national tools/contracts/check tools/upgrade/run) ||
    die "shellcheck found problems in the shell scripts (above)"
  ok "shellcheck $(shellcheck --version | awk '/^version:/ { print $2 }'): pswcp, deploy/local/lib.sh, deploy/images/build-base and tools/*/ scripts are clean"
}

# ---------------------------------------------------------------------------------------------
# Maven Wrapper (standalone poms only: never the root reactor)
# ---------------------------------------------------------------------------------------------

# _mvnw <logfile> <mvn args...>: runs the repository's ./mvnw in batch mode. The full output
# goes to logfile; the console gets one line per downloaded jar or zip, so a first run visibly
# works (a line for every pom as well would be hundreds).
_mvnw() { _mvnw_in "$PSWCP_ROOT" "$@"; }

# _mvnw_in <dir> <logfile> <mvn args...>: _mvnw in another source tree (./pswcp upgrade-test builds an earlier release
# from git archive). With PSWCP_MAVEN_LOCK naming a file, each build waits for flock on it first, so that scripts
# sharing one machine (and its local repository) never run two builds at once.
_mvnw_in() {
  local dir=$1 logfile=$2
  shift 2
  local rcfile="$logfile.rc" lock=()
  [[ -z "${PSWCP_MAVEN_LOCK:-}" ]] || lock=(flock "$PSWCP_MAVEN_LOCK")
  mkdir -p "$(dirname "$logfile")"
  {
    local rc=0
    (cd "$dir" && "${lock[@]}" ./mvnw -B -Dstyle.color=never "${PSWCP_MAVEN_ARGV[@]}" "$@") || rc=$?
    echo "$rc" >"$rcfile"
  } 2>&1 |
    tee "$logfile" |
    awk '/^\[INFO\] Downloaded from/ {
           files++
           if ($5 !~ /\.pom$/) {
             n = split($5, p, "/"); s = $0; sub(/^[^(]*/, "", s)
             printf "    downloaded %s %s\n", p[n], s; fflush()
           }
         }
         /^\[ERROR\]/ { print "    " $0; fflush() }
         END { if (files) printf "    %d files downloaded (the rest: Maven metadata)\n", files }'
  if [[ "$(cat "$rcfile" 2>/dev/null)" != 0 ]]; then
    fail "Maven failed: full output in $logfile"
    return 1
  fi
  rm -f "$rcfile"
}

# The local Maven repository the downloads land in (default, or -Dmaven.repo.local in
# PSWCP_MAVEN_ARGS; a settings.xml <localRepository> is not looked at).
_maven_local_repo() {
  local arg repo="${HOME:-/root}/.m2/repository"
  for arg in "${PSWCP_MAVEN_ARGV[@]}"; do
    [[ "$arg" == -Dmaven.repo.local=* ]] && repo="${arg#*=}"
  done
  printf '%s\n' "$repo"
}

# Prints, every 5 s while process $1 lives, how much of a big download has arrived in dir $2.
_download_ticker() {
  local pid=$1 dir=$2 expected=$3 start=$SECONDS mb
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    kill -0 "$pid" 2>/dev/null || break
    mb="$(du -sm "$dir" 2>/dev/null | awk '{ print $1 }')"
    printf '    ... %ss, %s MB of ~%s MB\n' "$((SECONDS - start))" "${mb:-?}" "$expected"
  done
}

# ---------------------------------------------------------------------------------------------
# Kafka
# ---------------------------------------------------------------------------------------------

kafka_libs_dir() { printf '%s\n' "$PSWCP_HOME/cache/kafka/libs"; }

_kafka_pom() { printf '%s\n' "$PSWCP_ROOT/deploy/local/kafka/pom.xml"; }

# kafka_fetch: copies the Kafka broker and tools jars (deploy/local/kafka/pom.xml) into
# .pswcp/cache/kafka/libs once; again only when that pom changes.
kafka_fetch() {
  find_java
  local libs stamp pom
  libs="$(kafka_libs_dir)"
  pom="$(_kafka_pom)"
  stamp="$libs/.fetched-$(sha256sum "$pom" | cut -c1-16)"
  if [[ -f "$stamp" ]]; then
    ok "Kafka jars cached in $libs"
    return 0
  fi
  local version
  version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$pom")"
  step "Downloading Apache Kafka $version (broker + tools, ~45 MB) from Maven Central, once"
  rm -rf "$libs" "$libs.tmp"
  mkdir -p "$(dirname "$libs")"
  _mvnw "$PSWCP_HOME/cache/kafka/fetch.log" -f "$pom" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs.tmp" ||
    die "could not download the Kafka jars"
  mv "$libs.tmp" "$libs"
  touch "$stamp"
  ok "Kafka $version: $(find "$libs" -name '*.jar' | wc -l) jars in $libs"
}

# kafka_java <main-class> [args...]: runs a class from the Kafka jars with quiet logging on
# stderr (the command-line tools: org.apache.kafka.tools.TopicCommand, ConsoleProducer,
# org.apache.kafka.tools.consumer.ConsoleConsumer, ...).
kafka_java() {
  find_java >/dev/null
  [[ -d "$(kafka_libs_dir)" ]] || die "Kafka jars missing: run kafka_fetch"
  local compat
  compat="$(_kafka_jvm_compat_opts)"
  # TieredStopAtLevel=1: these JVMs live a second or two; C1 only starts them faster.
  # shellcheck disable=SC2086 # $compat: zero or one option
  java -Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $compat \
    -Dlog4j2.configurationFile="$PSWCP_ROOT/deploy/local/kafka/log4j2.yaml" \
    -Dpswcp.kafka.log.level=WARN -Dpswcp.kafka.log.target=SYSTEM_ERR \
    -cp "$(kafka_libs_dir)/*" "$@"
}

# kafka_bootstrap <stack>: prints the bootstrap servers, e.g. 127.0.0.1:9092.
kafka_bootstrap() { printf '127.0.0.1:%s\n' "$(port_of "$1" kafka)"; }

# kafka_topics <stack> [kafka-topics args...]: e.g. kafka_topics dev --list
kafka_topics() {
  local stack=$1
  shift
  kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$(kafka_bootstrap "$stack")" "$@"
}

_kafka_write_config() {
  local stack=$1 dir=$2 port cport
  port="$(port_of "$stack" kafka)"
  cport="$(port_of "$stack" kafka-controller)"
  cat >"$dir/server.properties" <<EOF
# Generated by deploy/local/lib.sh (kafka_start $stack): edits are overwritten.
# Single-node KRaft: this process is both broker and controller.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.network.threads=2
num.io.threads=2
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=3
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=336
EOF
}

# kafka_start <stack>: a single-node KRaft broker for the stack, with the platform's topics.
kafka_start() {
  local stack=$1
  check_stack "$stack"
  local port
  port="$(port_of "$stack" kafka)"
  if is_running "$stack" kafka; then
    ok "Kafka ($stack) already running on 127.0.0.1:$port (pid $(<"$(pid_of_file "$stack" kafka)"))"
    return 0
  fi
  kafka_fetch
  step "Starting Kafka ($stack) on 127.0.0.1:$port"
  require_free_port "$port" "Kafka $stack"
  require_free_port "$(port_of "$stack" kafka-controller)" "Kafka controller $stack"
  local dir logfile
  dir="$(stack_dir "$stack")/kafka"
  logfile="$(log_of "$stack" kafka)"
  mkdir -p "$dir/data"
  _kafka_write_config "$stack" "$dir"
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    local cluster_id
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid)"
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >>"$logfile" 2>&1 ||
      {
        show_log_tail "$logfile" 20
        die "could not format the Kafka storage in $dir/data"
      }
    ok "formatted new KRaft storage (cluster id $cluster_id)"
  fi
  local opts
  read -r -a opts <<<"$(_kafka_jvm_compat_opts)"
  # PSWCP_KAFKA_VERBOSE=1: all of Kafka's INFO lines in the log, for debugging the broker.
  [[ -n "${PSWCP_KAFKA_VERBOSE:-}" ]] && opts+=(-Dpswcp.kafka.log.level.kafka=INFO)
  start_bg "$stack" kafka "$logfile" \
    java -Xms64m -Xmx256m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true "${opts[@]}" \
    -Dlog4j2.configurationFile="$PSWCP_ROOT/deploy/local/kafka/log4j2.yaml" \
    -cp "$(kafka_libs_dir)/*" kafka.Kafka "$dir/server.properties"
  wait_for_port "$port" 90 kafka "$stack" || die "Kafka ($stack) did not start: log $logfile"
  kafka_create_topics "$stack"
  ok "Kafka ($stack) on $(kafka_bootstrap "$stack"), log $logfile"
}

# kafka_create_topics <stack>: creates the platform's topics and their .dlq topics if missing.
kafka_create_topics() {
  local stack=$1 existing t name partitions
  existing="$(kafka_topics "$stack" --list)" || die "cannot list the topics of Kafka ($stack)"
  for t in "${PSWCP_TOPICS[@]}"; do
    for name in "$t" "$t.dlq"; do
      if grep -qxF "$name" <<<"$existing"; then
        continue
      fi
      partitions=3
      [[ "$name" == *.dlq ]] && partitions=1
      kafka_topics "$stack" --create --if-not-exists --topic "$name" --partitions "$partitions" \
        --replication-factor 1 --config "retention.ms=$PSWCP_TOPIC_RETENTION_MS" \
        --config cleanup.policy=delete >/dev/null || die "could not create topic $name"
      ok "topic $name ($partitions partitions) created"
    done
  done
}

# kafka_stop <stack>
kafka_stop() {
  check_stack "$1"
  stop_bg "$1" kafka 60
}

# ---------------------------------------------------------------------------------------------
# Keycloak
# ---------------------------------------------------------------------------------------------

_keycloak_dist() { printf '%s\n' "$PSWCP_HOME/cache/keycloak/keycloak-$PSWCP_KEYCLOAK_VERSION"; }

# keycloak_db <stack>: the stack's Keycloak database.
keycloak_db() {
  check_stack "$1"
  case "$1" in
    dev) printf 'pswcp_keycloak\n' ;;
    *) printf 'pswcp_%s_keycloak\n' "$1" ;;
  esac
}

# keycloak_url <stack>: base URL, also the issuer prefix: <url>/realms/pswcp
keycloak_url() { printf 'http://127.0.0.1:%s\n' "$(port_of "$1" keycloak)"; }

# keycloak_fetch: downloads org.keycloak:keycloak-quarkus-dist:<version>:zip (~177 MB) and
# unzips it into .pswcp/cache/keycloak/keycloak-<version>, once.
keycloak_fetch() {
  find_java
  local dist cache zip
  dist="$(_keycloak_dist)"
  cache="$(dirname "$dist")"
  if [[ -x "$dist/bin/kc.sh" && -f "$dist/.pswcp-unpacked" ]]; then
    ok "Keycloak $PSWCP_KEYCLOAK_VERSION cached in $dist"
    return 0
  fi
  step "Downloading Keycloak $PSWCP_KEYCLOAK_VERSION (one zip, ~177 MB) from Maven Central, once"
  mkdir -p "$cache"
  local mvn_pid ticker_pid rc=0
  _mvnw "$cache/fetch.log" -f "$PSWCP_ROOT/deploy/local/keycloak/pom.xml" dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$PSWCP_KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$cache" &
  mvn_pid=$!
  # Maven prints nothing while one big file downloads: show how far it got.
  _download_ticker "$mvn_pid" "$(_maven_local_repo)/org/keycloak/keycloak-quarkus-dist" 177 &
  ticker_pid=$!
  wait "$mvn_pid" || rc=$?
  kill "$ticker_pid" 2>/dev/null || true
  wait "$ticker_pid" 2>/dev/null || true
  ((rc == 0)) || die "could not download Keycloak $PSWCP_KEYCLOAK_VERSION"
  zip="$cache/keycloak-quarkus-dist-$PSWCP_KEYCLOAK_VERSION.zip"
  [[ -f "$zip" ]] || die "Maven reported success but $zip is missing: see $cache/fetch.log"
  step "Unpacking Keycloak into $dist"
  rm -rf "$dist"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$cache"
  else
    # No unzip: jar keeps no file modes, so make the scripts executable again.
    (cd "$cache" && jar xf "$zip")
    chmod +x "$dist"/bin/*.sh
  fi
  [[ -x "$dist/bin/kc.sh" ]] || die "the Keycloak zip did not contain keycloak-$PSWCP_KEYCLOAK_VERSION/bin/kc.sh"
  rm -f "$zip"
  touch "$dist/.pswcp-unpacked"
  ok "Keycloak $PSWCP_KEYCLOAK_VERSION unpacked ($(du -sm "$dist" | awk '{ print $1 }') MB)"
}

# keycloak_home <stack>: the Keycloak installation the stack runs. Each stack gets its own
# copy of the cached distribution: start-dev writes its build (lib/quarkus), temp files and
# transaction log (data/) inside the installation, which two running instances must not share.
keycloak_home() { printf '%s/keycloak-%s\n' "$(stack_dir "$1")" "$PSWCP_KEYCLOAK_VERSION"; }

_keycloak_prepare_home() {
  local stack=$1 home dist
  home="$(keycloak_home "$stack")"
  dist="$(_keycloak_dist)"
  if [[ ! -f "$home/.pswcp-copied" ]]; then
    rm -rf "$home"
    mkdir -p "$(dirname "$home")"
    cp -a "$dist" "$home"
    touch "$home/.pswcp-copied"
    ok "copied the Keycloak distribution to $home"
  fi
  mkdir -p "$home/data/import"
  cp "$PSWCP_ROOT/deploy/keycloak/pswcp-realm.json" "$home/data/import/pswcp-realm.json"
}

# Keycloak imports the realm only into a database without it (an existing realm is kept). So
# when the realm file changed since the last import, start from an empty database.
_keycloak_prepare_db() {
  local stack=$1 db stampfile sum
  db="$(keycloak_db "$stack")"
  stampfile="$(stack_dir "$stack")/keycloak-realm.sha256"
  mkdir -p "$(stack_dir "$stack")"
  sum="$(sha256sum "$PSWCP_ROOT/deploy/keycloak/pswcp-realm.json" | cut -d' ' -f1)"
  if [[ ! -f "$stampfile" ]]; then
    # A new .pswcp/<stack>: whatever an old database holds is not ours to trust.
    recreate_db "$db"
  elif [[ "$(<"$stampfile")" != "$sum" ]]; then
    warn "deploy/keycloak/pswcp-realm.json changed since the last import: re-importing into an empty $db"
    recreate_db "$db"
  else
    create_db "$db"
  fi
  printf '%s\n' "$sum" >"$stampfile"
}

# keycloak_start <stack>: Keycloak in dev mode with the pswcp realm, its database in PostgreSQL.
# Admin console: <url>/admin, user $KC_BOOTSTRAP_ADMIN_USERNAME (default admin/admin, local only).
keycloak_start() {
  local stack=$1
  check_stack "$stack"
  local port mport url
  port="$(port_of "$stack" keycloak)"
  mport="$(port_of "$stack" keycloak-management)"
  url="$(keycloak_url "$stack")"
  if is_running "$stack" keycloak; then
    ok "Keycloak ($stack) already running at $url (pid $(<"$(pid_of_file "$stack" keycloak)"))"
    return 0
  fi
  keycloak_fetch
  ensure_postgres
  step "Starting Keycloak ($stack) at $url"
  require_free_port "$port" "Keycloak $stack"
  require_free_port "$mport" "Keycloak management $stack"
  _keycloak_prepare_home "$stack"
  _keycloak_prepare_db "$stack"
  local home logfile
  home="$(keycloak_home "$stack")"
  logfile="$(log_of "$stack" keycloak)"
  # kc.sh reads these from the environment (never the command line, which ps shows to every user); they reach only
  # this background process. Keycloak checks a pooled database connection before it uses it: without that, after a
  # PostgreSQL restart each dead connection in its pool fails one login with a 500 (the fault suite's scenario 4).
  # Its pool stays small: the machine's PostgreSQL allows 100 connections in all, shared by every stack, and Keycloak's
  # default pool may grow to 100 (the full bench's pgbench once found no slot left after P2's load).
  KC_DB_POOL_INITIAL_SIZE=1 KC_DB_POOL_MIN_SIZE=1 KC_DB_POOL_MAX_SIZE=10 \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    KC_DB_USERNAME="$PSWCP_DB_USER" KC_DB_PASSWORD="$PSWCP_DB_PASSWORD" \
    QUARKUS_DATASOURCE_JDBC_VALIDATE_ON_BORROW=true \
    JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
    start_bg "$stack" keycloak "$logfile" \
    "$home/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$port" \
    --http-management-port="$mport" --health-enabled=true \
    --hostname="$url" \
    --db=postgres --db-url="jdbc:postgresql://127.0.0.1:$(port_of "$stack" postgres)/$(keycloak_db "$stack")" \
    --import-realm --log-console-color=false
  wait_for_http "http://127.0.0.1:$mport/health/ready" 240 keycloak "$stack" ||
    die "Keycloak ($stack) did not become ready: log $logfile"
  wait_for_http "$url/realms/pswcp/.well-known/openid-configuration" 30 keycloak "$stack" ||
    die "Keycloak ($stack) is up but the realm pswcp is missing: log $logfile"
  ok "Keycloak ($stack) at $url, issuer $url/realms/pswcp, log $logfile"
}

# keycloak_stop <stack>
keycloak_stop() {
  check_stack "$1"
  stop_bg "$1" keycloak 60
}

# _access_token <token-endpoint> <secret> <curl args...>: the access token that the endpoint answers, or why there is
# none. The password or secret goes to curl on standard input (the args name it name@-), never on its command line.
_access_token() {
  local endpoint=$1 secret=$2 answer
  shift 2
  answer="$(printf '%s' "$secret" | http_body "$endpoint" "$@")" || return 1
  json get access_token <<<"$answer"
}

# keycloak_token <stack> <username> [password]: prints an access token of the pswcp realm
# from the password grant of the public client pswcp-cli (local demo and tests only).
keycloak_token() {
  _access_token "$(keycloak_url "$1")/realms/pswcp/protocol/openid-connect/token" "${3:-demo-password}" \
    -d grant_type=password -d client_id=pswcp-cli --data-urlencode "username=$2" --data-urlencode "password@-"
}

# keycloak_client_token <stack> <client-id> <secret>: access token by client credentials.
keycloak_client_token() {
  _access_token "$(keycloak_url "$1")/realms/pswcp/protocol/openid-connect/token" "$3" \
    -d grant_type=client_credentials --data-urlencode "client_id=$2" --data-urlencode "client_secret@-"
}

# keycloak_admin_token <stack>: an access token of the stack's bootstrap admin (master realm), for its admin API.
keycloak_admin_token() {
  _access_token "$(keycloak_url "$1")/realms/master/protocol/openid-connect/token" \
    "${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" --data-urlencode "password@-"
}

# keycloak_add_test_signing_key <stack> <file>: makes an RSA key, writes its private key (PKCS#8 PEM) to <file>, and
# gives it to realm pswcp as a key it publishes but does not sign with (priority below Keycloak's own). The end-to-end
# token tests sign tokens with wrong claims (expired, another issuer, ...) with it, so that only the claims are wrong.
# Only for the e2e stack, before its services start (they read Keycloak's keys when they first need them).
keycloak_add_test_signing_key() {
  local stack=$1 file=$2 admin realm realm_id pem body
  command -v openssl >/dev/null || die "openssl is needed for the end-to-end token tests (Debian: apt-get install openssl)"
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$file" 2>/dev/null) ||
    die "could not make a test signing key"
  admin="$(keycloak_admin_token "$stack")" || die "could not get a Keycloak admin token ($stack)"
  realm="$(http_body "$(keycloak_url "$stack")/admin/realms/pswcp" -H "Authorization: Bearer $admin")" ||
    die "could not read realm pswcp ($stack)"
  realm_id="$(json get id <<<"$realm")" || die "could not read realm pswcp's id ($stack)"
  pem="$(<"$file")"$'\n' # the whole PEM file, its last newline included
  body="$(json object name=e2e-test-signing-key providerId=rsa providerType=org.keycloak.keys.KeyProvider \
    parentId="$realm_id" config.privateKey[]="$pem" config.priority[]=-100 config.enabled[]=true \
    config.active[]=true config.algorithm[]=RS256)"
  http_body "$(keycloak_url "$stack")/admin/realms/pswcp/components" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' --data-binary "$body" >/dev/null ||
    die "could not add the test signing key to Keycloak ($stack)"
  ok "a test signing key in realm pswcp ($stack), private key in $file"
}

# jwt_claims <jwt>: prints the token's payload (claims) as JSON. No signature check: for looking.
jwt_claims() { json claims <<<"$1"; }

# ---------------------------------------------------------------------------------------------
# Whole stack
# ---------------------------------------------------------------------------------------------

# stack_start <stack>: Kafka and Keycloak (PostgreSQL is shared and only ensured).
stack_start() {
  ensure_postgres
  kafka_start "$1"
  keycloak_start "$1"
}

# stack_stop <stack>: stops everything the stack started through start_bg: services first,
# then Keycloak and Kafka, which the services use, then the stack's own PostgreSQL if it has one.
stack_stop() {
  local stack=$1 f name
  check_stack "$stack"
  shopt -s nullglob
  local pidfiles=("$(stack_dir "$stack")"/*.pid)
  shopt -u nullglob
  for f in "${pidfiles[@]}"; do
    name="$(basename "$f" .pid)"
    [[ "$name" == kafka || "$name" == keycloak ]] || stop_bg "$stack" "$name"
  done
  stop_bg "$stack" keycloak
  stop_bg "$stack" kafka
  postgres_stop "$stack" >/dev/null
  ok "stack $stack stopped"
}

# stack_reset <stack>: stops the stack and forgets its data: Kafka's topics and records, and the
# Keycloak database (the realm is imported afresh on the next start). Keeps the downloads and
# the stack's Keycloak installation, whose one-off build takes about a minute.
stack_reset() {
  local stack=$1 dir
  check_stack "$stack"
  stack_stop "$stack"
  dir="$(stack_dir "$stack")"
  rm -rf "$dir/kafka"
  # Without this stamp the next keycloak_start drops and recreates the Keycloak database.
  rm -f "$dir/keycloak-realm.sha256" "$dir"/*.log
  ok "stack $stack reset: Kafka data deleted, Keycloak database recreated on next start"
}
