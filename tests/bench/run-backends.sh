#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The SQLite and PostgreSQL workspaces side by side (bench_backends), the server
# column on a throwaway PostgreSQL of its own. From the source folder, after
#   cmake --preset release && cmake --build build/release -j2 --target bench_backends
# run: tests/bench/run-backends.sh   (knobs: ACCORD_BENCH_PLANS, ACCORD_BENCH_EDITS,
# ACCORD_BENCH_WRITER_EDITS; see tests/bench/bench_backends.cpp)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/build/release/tests/bench/bench_backends"
if [ ! -x "$bench" ]; then
    echo "run-backends: $bench is not built (cmake --build build/release -j2 --target bench_backends)" >&2
    exit 1
fi
exec "$root/tests/support/postgres/with-postgres.sh" "$bench" "$@"
