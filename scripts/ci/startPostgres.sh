#!/usr/bin/env bash
# Source this file (`. scripts/ci/startPostgres.sh`) to get a throwaway PostgreSQL for the tests: it exports
# TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:<free port>/postgres and stops and deletes the server when the
# sourcing shell exits. Nothing happens when TEST_POSTGRES_URL is already set (a PostgreSQL you provide).
#
# The server listens on 127.0.0.1 only, its unix socket is in its own temporary folder, local connections are
# trusted, and it runs without fsync: it holds test data only. initdb refuses to run as root, so as root the server
# runs as the `postgres` system user (or `nobody`).

sendero_find_postgres_bin() {
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    # Debian's `postgresql` package keeps its programs off PATH, one folder per major version; take the newest.
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

sendero_start_postgres() {
    local bin
    bin="$(sendero_find_postgres_bin)" || true
    if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bin="$(sendero_find_postgres_bin)" || true
    fi
    if [ -z "$bin" ]; then
        echo "startPostgres: initdb not found (install PostgreSQL, or set TEST_POSTGRES_URL)" >&2
        return 1
    fi

    local run_as=()
    SENDERO_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/sendero-postgres.XXXXXX")"
    if [ "$(id -u)" = 0 ]; then
        local user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        chown "$user" "$SENDERO_PG_DIR"
        run_as=("$(command -v runuser || echo /usr/sbin/runuser)" -u "$user" --)
    fi
    SENDERO_PG_RUN_AS=("${run_as[@]}")
    SENDERO_PG_CTL="$bin/pg_ctl"
    # A fresh trap on EXIT replaces the caller's: keep whatever was there.
    local previous_trap
    previous_trap="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\\1/")"
    trap "sendero_stop_postgres; ${previous_trap:-:}" EXIT

    "${run_as[@]}" "$bin/initdb" --pgdata "$SENDERO_PG_DIR/data" --username postgres --auth trust \
        --encoding UTF8 --locale C --no-sync >"$SENDERO_PG_DIR/initdb.log" 2>&1 || {
        cat "$SENDERO_PG_DIR/initdb.log" >&2
        return 1
    }

    local port attempt
    for attempt in 1 2 3; do
        # Ask the kernel for a free port; another process could take it before the server binds, hence the retries.
        port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
        if "${run_as[@]}" "$SENDERO_PG_CTL" --pgdata "$SENDERO_PG_DIR/data" --log "$SENDERO_PG_DIR/server.log" --wait --silent \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $SENDERO_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start; then
            export TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
            echo "startPostgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests at $TEST_POSTGRES_URL"
            return 0
        fi
    done
    cat "$SENDERO_PG_DIR/server.log" >&2
    return 1
}

sendero_stop_postgres() {
    if [ -n "${SENDERO_PG_DIR:-}" ] && [ -d "$SENDERO_PG_DIR" ]; then
        "${SENDERO_PG_RUN_AS[@]}" "$SENDERO_PG_CTL" --pgdata "$SENDERO_PG_DIR/data" --mode immediate --silent stop >/dev/null 2>&1 || true
        rm -rf "$SENDERO_PG_DIR"
    fi
}

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
    sendero_start_postgres
fi
