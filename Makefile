# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README, plus packaging and fuzzing.
#   make run      install dependencies, build (release) and launch Accord
#   make test     install dependencies, build with ASan+UBSan, run every test
#                 (on SQLite and on a throwaway PostgreSQL server)
#   make package  build a .deb with CPack
#   make fuzz     run each fuzzer for FUZZ_SECONDS (default 60)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 60

.PHONY: run test package fuzz deps build-release build-test clean

deps:
	@bash packaging/install-deps.sh

build-release: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

run: build-release
	./build/release/app/accord

build-test: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)

# The suites that run on both backends need a PostgreSQL server: with-postgres.sh
# starts a throwaway cluster for the run and removes it afterwards, pass or fail.
test: build-test
	QT_QPA_PLATFORM=offscreen tests/support/postgres/with-postgres.sh ctest --preset asan

package: build-release
	cd build/release && cpack -G DEB

fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS) --target fuzzers
	@for f in build/fuzz/tests/fuzz/fuzz_*; do \
	    [ -f "$$f" ] && [ -x "$$f" ] || continue; \
	    name=$$(basename $$f); \
	    mkdir -p build/fuzz/corpus/$$name; \
	    echo "== $$name for $(FUZZ_SECONDS)s"; \
	    $$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 build/fuzz/corpus/$$name tests/fuzz/corpus/$${name#fuzz_} || exit 1; \
	done

clean:
	rm -rf build
