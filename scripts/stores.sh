#!/usr/bin/env bash
# stores.sh - start/stop the external triple stores blocgraph's store tests run against:
# Oxigraph server and Virtuoso Open Source 7, both on loopback only.
#
#   eval "$(bash scripts/stores.sh start)"   # install Virtuoso if missing, start both, wait
#                                            # until they answer, load the endpoint exports
#   bash scripts/stores.sh status            # running/stopped per store (with PIDs)
#   bash scripts/stores.sh env               # print the export lines again
#   bash scripts/stores.sh stop              # stop both, by the PIDs recorded at start
#
# stdout carries only `export NAME=value` lines (for eval); progress goes to stderr.
# Idempotent: a store this script started and that still runs is left running.
#
# Oxigraph: the `oxigraph` binary of the Python environment blocgraph is installed in
# (PyPI `oxigraph`, in the `test` extra: pip install -e '.[test]'); looked up in
# $OXIGRAPH_BIN, $VIRTUAL_ENV/bin, the scripts folder of $PYTHON (default python3),
# .venv/bin of the repository, then PATH.
# Virtuoso: Debian's virtuoso-opensource-7-bin (virtuoso-t + isql-vt; no debconf prompt, no
# system service), installed with apt-get (after apt-get update) when virtuoso-t is missing.
#
# Knobs (env): STORES_DIR (${TMPDIR:-/tmp}/blocgraph-stores), OXIGRAPH_PORT (7878),
#   VIRTUOSO_HTTP_PORT (8890), VIRTUOSO_SQL_PORT (1111), VIRTUOSO_PASSWORD (dba),
#   STORES_FRESH (1: wipe both databases before starting), STORES_ONLY (oxigraph|virtuoso).
# Written from /work/shared/notes/start-stores.reference.sh (verified on these machines).

set -u

STORES_DIR="${STORES_DIR:-${TMPDIR:-/tmp}/blocgraph-stores}"
OXIGRAPH_PORT="${OXIGRAPH_PORT:-7878}"
VIRTUOSO_HTTP_PORT="${VIRTUOSO_HTTP_PORT:-8890}"
VIRTUOSO_SQL_PORT="${VIRTUOSO_SQL_PORT:-1111}"
VIRTUOSO_PASSWORD="${VIRTUOSO_PASSWORD:-dba}"
VIRTUOSO_APT="virtuoso-opensource-7-bin"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_log() { echo "[stores] $*" >&2; }
_http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }
_ox_url() { echo "http://127.0.0.1:${OXIGRAPH_PORT}"; }
_vt_url() { echo "http://127.0.0.1:${VIRTUOSO_HTTP_PORT}"; }
_isql() { isql-vt "127.0.0.1:${VIRTUOSO_SQL_PORT}" dba "$VIRTUOSO_PASSWORD" "$@"; }
_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
_want() { [ -z "${STORES_ONLY:-}" ] || [ "$STORES_ONLY" = "$1" ]; }
_as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

_oxigraph_bin() {
  local c py scripts
  py="${PYTHON:-python3}"
  scripts="$("$py" -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null)"
  for c in "${OXIGRAPH_BIN:-}" "${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/oxigraph}" \
           "${scripts:+$scripts/oxigraph}" "$REPO/.venv/bin/oxigraph" "$(command -v oxigraph)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  _log "no oxigraph binary: pip install -e '.[test]' (PyPI oxigraph), or set OXIGRAPH_BIN"
  return 1
}

_install_virtuoso() {
  command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null && return 0
  local need=("$VIRTUOSO_APT"); command -v curl >/dev/null || need+=(curl)
  _log "apt-get update && apt-get install ${need[*]} (log: $STORES_DIR/apt.log)"
  { _as_root apt-get update -q &&
    _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${need[@]}"; } >"$STORES_DIR/apt.log" 2>&1 \
    || { _log "apt-get failed, see $STORES_DIR/apt.log"; return 1; }
}

_write_virtuoso_ini() {
  local d="$STORES_DIR/virtuoso"
  cat >"$d/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $d/db/virtuoso.db
ErrorLogFile       = $d/db/virtuoso.log
LockFile           = $d/db/virtuoso.lck
TransactionFile    = $d/db/virtuoso.trx
xa_persistent_file = $d/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $d/db/virtuoso-temp.db
TransactionFile    = $d/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:${VIRTUOSO_SQL_PORT}
DisableUnixSocket        = 1
MaxClientConnections     = 10
CheckpointInterval       = 60
CaseMode                 = 2
DirsAllowed              = ., $STORES_DIR
ThreadsPerQuery          = 2
MaxQueryMem              = 500M
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000
; One SPARQL update may write this much (bytes; default 50000000): blocgraph load applies a
; whole load in one update, and a 2-million-triple load aborts with SR325 under the default.
TransactionAfterImageLimit = 1500000000

[HTTPServer]
ServerPort                  = 127.0.0.1:${VIRTUOSO_HTTP_PORT}
ServerRoot                  = $d/vsp
MaxClientConnections        = 10
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
Charset                     = UTF-8
EnabledGzipContent          = 1

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
INI
}

_start_oxigraph() {
  local d="$STORES_DIR/oxigraph" url bin; url="$(_ox_url)"
  mkdir -p "$d"
  if _alive "$(cat "$d/server.pid" 2>/dev/null)"; then _log "oxigraph already running"; return 0; fi
  if _http_ok "$url/query?query=ASK%7B%7D"; then
    _log "port ${OXIGRAPH_PORT} is taken by another server; set OXIGRAPH_PORT"; return 1
  fi
  bin="$(_oxigraph_bin)" || return 1
  [ "${STORES_FRESH:-0}" = 1 ] && rm -rf "$d/data"
  _log "starting $bin serve on $url (data: $d/data)"
  # --union-default-graph: queries without FROM see every graph, as on Virtuoso (blocgraph
  # load puts the asserted and the derived triples in two named graphs).
  nohup "$bin" serve --location "$d/data" --bind "127.0.0.1:${OXIGRAPH_PORT}" \
    --union-default-graph >"$d/server.log" 2>&1 </dev/null &
  echo $! >"$d/server.pid"
}

_start_virtuoso() {
  local d="$STORES_DIR/virtuoso" url; url="$(_vt_url)"
  mkdir -p "$d/db" "$d/vsp"
  if _alive "$(cat "$d/server.pid" 2>/dev/null)"; then _log "virtuoso already running"; return 0; fi
  if _http_ok "$url/sparql?query=ASK%7B%7D"; then
    _log "port ${VIRTUOSO_HTTP_PORT} is taken by another server; set VIRTUOSO_HTTP_PORT"; return 1
  fi
  _install_virtuoso || return 1
  [ "${STORES_FRESH:-0}" = 1 ] && rm -rf "$d/db" && mkdir -p "$d/db"
  # A lock left by a killed server: 7.2.5 ignores it when its PID is dead; drop it anyway.
  if [ -f "$d/db/virtuoso.lck" ] && ! _alive "$(sed -n 's/^VIRT_PID=//p' "$d/db/virtuoso.lck")"; then
    rm -f "$d/db/virtuoso.lck"
  fi
  _write_virtuoso_ini
  _log "starting virtuoso on $url (isql 127.0.0.1:${VIRTUOSO_SQL_PORT}, db: $d/db)"
  # +foreground and & keep the real server PID (with +wait it forks).
  (cd "$d/db" && exec nohup virtuoso-t +foreground +configfile "$d/virtuoso.ini" \
     >"$d/server.log" 2>&1 </dev/null) &
  echo $! >"$d/server.pid"
}

_wait_for() {   # name url pidfile timeout_s
  local i pid
  for ((i = 0; i < $4 * 10; i++)); do
    _http_ok "$2" && return 0
    pid="$(cat "$3" 2>/dev/null)"
    if ! _alive "$pid"; then _log "$1 died; see $(dirname "$3")/server.log"; return 1; fi
    sleep 0.1
  done
  _log "$1 did not answer within $4 s"; return 1
}

_configure_virtuoso() {
  local i
  # Wait for the SQL port with a bare TCP probe, never with logins: four failed logins block
  # 127.0.0.1 for 60 s (isql and HTTP auth alike).
  for ((i = 0; i < 100; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/${VIRTUOSO_SQL_PORT}") 2>/dev/null && break; sleep 0.1
  done
  if ! _isql exec="SELECT 1;" >/dev/null 2>&1; then
    # A new database: dba's password is "dba"; set the requested one.
    if [ "$VIRTUOSO_PASSWORD" != dba ] &&
       isql-vt "127.0.0.1:${VIRTUOSO_SQL_PORT}" dba dba \
         exec="SET PASSWORD dba \"$VIRTUOSO_PASSWORD\"; checkpoint;" >/dev/null 2>&1; then
      _log "virtuoso: dba password set"
    else
      _log "virtuoso: cannot log in as dba with isql (wrong VIRTUOSO_PASSWORD?)"; return 1
    fi
  fi
  # Anonymous SPARQL UPDATE on /sparql (loopback only), for tests of unauthenticated loads.
  _isql exec='GRANT SPARQL_UPDATE TO "SPARQL";' >/dev/null 2>&1 || { _log "GRANT failed"; return 1; }
}

stores_env() {
  local o v; o="$(_ox_url)"; v="$(_vt_url)"
  if _want oxigraph; then
    echo "export OXIGRAPH_QUERY_URL=$o/query"
    echo "export OXIGRAPH_UPDATE_URL=$o/update"
    echo "export OXIGRAPH_GSP_URL=$o/store"
  fi
  if _want virtuoso; then
    echo "export VIRTUOSO_QUERY_URL=$v/sparql"
    echo "export VIRTUOSO_UPDATE_URL=$v/sparql-auth"
    echo "export VIRTUOSO_GSP_URL=$v/sparql-graph-crud-auth"
    echo "export VIRTUOSO_ANON_UPDATE_URL=$v/sparql"
    echo "export VIRTUOSO_ANON_GSP_URL=$v/sparql-graph-crud"
    echo "export VIRTUOSO_USER=dba"
    echo "export VIRTUOSO_PASSWORD=$(printf %q "$VIRTUOSO_PASSWORD")"
    echo "export VIRTUOSO_AUTH=digest"
  fi
}

start_stores() {
  mkdir -p "$STORES_DIR" || return 1
  local t0=$SECONDS
  if _want oxigraph; then _start_oxigraph || return 1; fi
  if _want virtuoso; then _start_virtuoso || return 1; fi
  if _want oxigraph; then
    _wait_for oxigraph "$(_ox_url)/query?query=ASK%7B%7D" "$STORES_DIR/oxigraph/server.pid" 30 \
      || return 1
  fi
  if _want virtuoso; then
    _wait_for virtuoso "$(_vt_url)/sparql?query=ASK%7B%7D" "$STORES_DIR/virtuoso/server.pid" 120 \
      || return 1
    _configure_virtuoso || return 1
  fi
  _log "stores answer ($((SECONDS - t0)) s)"
  stores_env
}

_stop_pid() {   # name pidfile timeout_s
  local pid i
  pid="$(cat "$2" 2>/dev/null)"
  if ! _alive "$pid"; then rm -f "$2"; _log "$1: not running"; return 0; fi
  [ "$1" = virtuoso ] && _isql exec="shutdown;" >/dev/null 2>&1   # clean checkpoint + exit
  _alive "$pid" && kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < $3 * 10; i++)); do _alive "$pid" || break; sleep 0.1; done
  if _alive "$pid"; then _log "$1 ($pid) ignored TERM; KILL"; kill -KILL "$pid" 2>/dev/null; fi
  rm -f "$2"; _log "$1 ($pid) stopped"
}

stop_stores() {
  _want oxigraph && _stop_pid oxigraph "$STORES_DIR/oxigraph/server.pid" 10
  _want virtuoso && _stop_pid virtuoso "$STORES_DIR/virtuoso/server.pid" 20
  return 0
}

stores_status() {
  local n p
  for n in oxigraph virtuoso; do
    _want "$n" || continue
    p="$(cat "$STORES_DIR/$n/server.pid" 2>/dev/null)"
    if _alive "$p"; then echo "$n: running (pid $p)"; else echo "$n: stopped"; fi
  done
}

case "${1:-}" in
  start) start_stores ;;
  stop) stop_stores ;;
  status) stores_status ;;
  env) stores_env ;;
  *) echo "usage: bash scripts/stores.sh start|stop|status|env" >&2; exit 2 ;;
esac
