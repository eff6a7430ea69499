#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a throwaway PostgreSQL cluster of its own:
#   tests/support/postgres/with-postgres.sh COMMAND [ARGS...]
# The cluster lives in a temporary folder, listens on a Unix socket there and on
# no TCP address, runs as an unprivileged user (nobody when this script runs as
# root: PostgreSQL refuses to run as root) and is stopped and deleted when the
# command ends, whether it passed, failed or was interrupted. The command sees
#   ACCORD_TEST_POSTGRES  the URI of the cluster's "postgres" database as its
#                         superuser (tests create their own databases from it)
#   ACCORD_TEST_PGBIN     the folder of PostgreSQL's programs (pg_ctl, psql, …)
# Its exit code is the command's. Without PostgreSQL's programs installed it
# fails at once rather than skipping the tests that need them.
set -euo pipefail

bin=""
for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && bin="$dir"
done
if [ -z "$bin" ]; then
    echo "with-postgres: PostgreSQL's initdb was not found (apt install postgresql)" >&2
    exit 1
fi

root=$(mktemp -d /tmp/accord-pg.XXXXXX)
chmod 755 "$root"
data="$root/data"
socket="$root/socket"
mkdir -p "$data" "$socket"
port=$((20000 + RANDOM % 20000))
superuser=accord_test

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    owner=nobody
    group=$(id -gn nobody)
    chown -R "$owner:$group" "$root"
    as_owner=(setpriv --reuid="$owner" --regid="$group" --clear-groups --)
fi

stop() {
    "${as_owner[@]}" env HOME="$root" "$bin/pg_ctl" -D "$data" -m immediate -w stop \
        >/dev/null 2>&1 || true
    rm -rf "$root"
}
trap stop EXIT
trap 'exit 130' INT TERM

"${as_owner[@]}" env HOME="$root" "$bin/initdb" -D "$data" -U "$superuser" \
    --auth-local=trust --auth-host=reject -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 || {
    cat "$root/initdb.log" >&2
    exit 1
}
# Passwords of test logins: connections that give the password of a login with one.
cat >"$data/pg_hba.conf" <<HBA
local all $superuser trust
local all all scram-sha-256
HBA
"${as_owner[@]}" env HOME="$root" "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$socket' -p $port -c fsync=off -c max_connections=100" \
    start >/dev/null || {
    cat "$root/server.log" >&2
    exit 1
}

export ACCORD_TEST_POSTGRES="postgresql://$superuser@/postgres?host=$socket&port=$port"
export ACCORD_TEST_PGBIN="$bin"
set +e
"$@"
status=$?
set -e
exit $status
