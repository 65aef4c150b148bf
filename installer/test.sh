#!/usr/bin/env bash
# Installs the packages, builds PayDesk and runs the whole CTest suite, on SQLite and on a
# throwaway PostgreSQL server started here on 127.0.0.1 (random free port, data and socket in a
# temporary directory). The server is stopped and the temporary directories removed on every
# exit path. Exits with ctest's status. Extra arguments go to ctest (e.g. -R money).
#
# Runs as root (CI: no standard input, no display) or as a normal user with sudo for deps.
#
# PAYDESK_TEST_ONLY_PG=1 skips the build and runs, in place of ctest, the arguments given
# (default: psql "$PAYDESK_TEST_PG_URL" -c 'select 1'), to check the PostgreSQL part alone.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

only_pg="${PAYDESK_TEST_ONLY_PG:-0}"
if [[ "$only_pg" == 1 ]]; then
    ./installer/deps.sh
else
    ./installer/build.sh
fi

is_root=0
[[ $(id -u) -eq 0 ]] && is_root=1

# initdb and pg_ctl refuse to run as root: run them as postgres then.
as_pg() {
    if ((is_root)); then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

PGROOT=""
XDG_TMP=""
CHILD=""

# shellcheck disable=SC2317  # invoked by the trap
cleanup() {
    local rc=$? pid
    trap '' INT TERM  # let the cleanup finish
    trap - EXIT
    if [[ -n "$CHILD" ]] && kill -0 -- "-$CHILD" 2>/dev/null; then
        kill -TERM -- "-$CHILD" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 -- "-$CHILD" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL -- "-$CHILD" 2>/dev/null || true
    fi
    if [[ -n "$PGROOT" && -f "$PGROOT/data/postmaster.pid" ]]; then
        if ! as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
        fi
        if [[ -f "$PGROOT/data/postmaster.pid" ]]; then
            pid=$(head -n 1 "$PGROOT/data/postmaster.pid" 2>/dev/null || true)
            if [[ "$pid" =~ ^[0-9]+$ ]]; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    [[ -n "$PGROOT" ]] && rm -rf "$PGROOT"
    [[ -n "$XDG_TMP" ]] && rm -rf "$XDG_TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck disable=SC2012  # fixed Debian paths
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$PGBIN" || ! -x "$PGBIN/initdb" ]]; then
    echo "test.sh: no PostgreSQL server binaries under /usr/lib/postgresql (package postgresql-15)" >&2
    exit 1
fi

if ((is_root)); then
    PGROOT=$(mktemp -d /tmp/paydesk-pg.XXXXXX)  # /tmp: postgres must reach it
    chown postgres:postgres "$PGROOT"
else
    PGROOT=$(mktemp -d "${TMPDIR:-/tmp}/paydesk-pg.XXXXXX")
fi
chmod 700 "$PGROOT"

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'
        return
    fi
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

if ! as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$PGROOT/initdb.log" 2>&1; then
    echo "test.sh: initdb failed:" >&2
    cat "$PGROOT/initdb.log" >&2
    exit 1
fi

# Every role connects without a password, but one: tests of libpq's password file and services
# (tests/storage) need a server that asks. The first matching line of pg_hba.conf wins.
secret_role=paydesk_secret
secret_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
as_pg sed -i "1i host all $secret_role 127.0.0.1/32 scram-sha-256" "$PGROOT/data/pg_hba.conf"

# Another process may take the port between choosing and binding it: try a few ports.
started=0
for attempt in 1 2 3; do
    PORT=$(free_port)
    if as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGROOT -c fsync=off" start >/dev/null; then
        started=1
        break
    fi
    grep -q 'could not bind\|Address already in use' "$PGROOT/server.log" 2>/dev/null || break
done
if ((!started)); then
    echo "test.sh: the PostgreSQL server did not start (attempt $attempt); its log:" >&2
    cat "$PGROOT/server.log" >&2 || true
    exit 1
fi

"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres paydesk_test </dev/null
export PAYDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PORT/paydesk_test"
"$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d paydesk_test -v ON_ERROR_STOP=1 -q </dev/null \
    -c "CREATE ROLE $secret_role LOGIN SUPERUSER PASSWORD '$secret_password'"
export PAYDESK_TEST_PG_SECRET_URL="postgresql://$secret_role:$secret_password@127.0.0.1:$PORT/paydesk_test"
echo "test.sh: throwaway PostgreSQL at $PAYDESK_TEST_PG_URL" >&2

XDG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/paydesk-xdg.XXXXXX")
chmod 700 "$XDG_TMP"
export XDG_RUNTIME_DIR="$XDG_TMP"
export QT_QPA_PLATFORM=offscreen

if [[ "$only_pg" == 1 ]]; then
    if (($# == 0)); then
        set -- "$PGBIN/psql" "$PAYDESK_TEST_PG_URL" -v ON_ERROR_STOP=1 -c 'select 1'
    fi
else
    rm -f build/test-logs/*.txt
    set -- ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900 "$@"
fi

# In its own process group, in the background: a TERM or INT to this script runs the trap at once
# (bash defers traps while a foreground command runs), and the trap can stop the whole group.
setsid --wait "$@" </dev/null &
CHILD=$!
status=0
wait "$CHILD" || status=$?
CHILD=""
# A skipped test passes for CTest; here it fails the run, so that nothing goes untested unseen.
if [[ "$only_pg" != 1 ]] && skipped=$(grep -H '^SKIP   :' build/test-logs/*.txt 2>/dev/null); then
    echo "test.sh: tests were skipped; every test must run here:" >&2
    echo "$skipped" >&2
    ((status == 0)) && status=1
fi
exit "$status"
