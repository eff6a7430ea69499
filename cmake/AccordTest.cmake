# SPDX-License-Identifier: GPL-3.0-or-later
# accord_add_test(<name> <source> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <s>]
#                 [BACKENDS])
#   One QtTest executable per unit, registered with CTest under the offscreen platform.
#   BACKENDS: the suite runs twice, as <name> on SQLite and as <name>_postgres on
#   the throwaway PostgreSQL server make test starts (ACCORD_TEST_BACKEND=postgres;
#   see tests/support/testworkspace.h).
function(accord_add_test name source)
    cmake_parse_arguments(ARG "BACKENDS" "TIMEOUT" "LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        ACCORD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        ACCORD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        ACCORD_BINARY="$<TARGET_FILE:accord>")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;ASAN_OPTIONS=detect_leaks=0:abort_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    if(ARG_BACKENDS)
        add_test(NAME ${name}_postgres COMMAND ${name})
        set_tests_properties(${name}_postgres PROPERTIES
            TIMEOUT ${ARG_TIMEOUT}
            LABELS "postgres;${ARG_LABELS}"
            ENVIRONMENT "ACCORD_TEST_BACKEND=postgres;QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;ASAN_OPTIONS=detect_leaks=0:abort_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    endif()
endfunction()
