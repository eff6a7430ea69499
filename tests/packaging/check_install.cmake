# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBINARY_DIR=<build dir> -DWORK_DIR=<scratch dir> [-DAPPSTREAMCLI=<path>] -P check_install.cmake
# Installs the project into a scratch DESTDIR with prefix /usr (as the .deb does)
# and checks the desktop integration files land where desktops look for them.
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${WORK_DIR}"
            "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix /usr
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()

set(expected
    usr/bin/accord
    usr/share/applications/org.accord.Accord.desktop
    usr/share/metainfo/org.accord.Accord.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/org.accord.Accord.svg
    usr/share/mime/packages/x-accord-workspace.xml)
foreach(f IN LISTS expected)
    if(NOT EXISTS "${WORK_DIR}/${f}")
        message(SEND_ERROR "not installed: /${f}")
        set(missing TRUE)
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "install tree is incomplete")
endif()

# Cross-checks metainfo, desktop file and icon as installed.
if(APPSTREAMCLI)
    execute_process(
        COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${WORK_DIR}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "${out}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree failed: ${rc}")
    endif()
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
