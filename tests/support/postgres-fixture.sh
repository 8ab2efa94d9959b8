#!/bin/sh
# A throw-away PostgreSQL cluster for the server's tests (the CTest fixture
# "postgres"): trust authentication, superuser "gatehouse", loopback only, its
# socket in its own folder, no fsync. Tests create a database each.
#
#   postgres-fixture.sh start PORT   initialises and starts (replacing a stale one)
#   postgres-fixture.sh stop PORT    stops and removes it
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to the
# "postgres" user of Debian's postgresql package; otherwise to the caller. The
# cluster lives under /tmp because the build tree may not be reachable by
# "postgres" (a home folder with mode 700). GATEHOUSE_PG_FIXTURE_DIR overrides.
set -eu

action=${1:?usage: postgres-fixture.sh start|stop PORT}
port=${2:?usage: postgres-fixture.sh start|stop PORT}
# Not $TMPDIR: it may be private to the caller, and "postgres" must reach it.
dir=${GATEHOUSE_PG_FIXTURE_DIR:-/tmp/gatehouse-pg-$port}
data=$dir/data

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bindir=$candidate
        break
    fi
done
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null 2>&1; then
    bindir=$(dirname "$(command -v pg_ctl)")
fi
if [ -z "$bindir" ]; then
    echo "postgres-fixture: no PostgreSQL server found; install Debian's postgresql package" >&2
    exit 1
fi

# Runs a PostgreSQL tool as the cluster's owner, from a folder that owner can enter.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

stop_cluster() {
    if [ -f "$data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
}

case $action in
start)
    # A cluster left by an interrupted run would hold the port: end it first.
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    if ! as_owner "$bindir/initdb" -D "$data" -A trust -U gatehouse -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    echo "postgres-fixture: PostgreSQL ($bindir) on 127.0.0.1:$port, data in $data"
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres-fixture.sh start|stop PORT" >&2
    exit 2
    ;;
esac
