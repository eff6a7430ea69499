# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=<packaging dir> -DVERSION=<x.y.z> -DHOMEPAGE=<url> -P check_consistency.cmake
# The metainfo and desktop file must agree with project() and with each other.
set(id "org.accord.Accord")
file(READ "${SOURCE_DIR}/${id}.metainfo.xml" metainfo)
file(READ "${SOURCE_DIR}/${id}.desktop" desktop)
file(READ "${SOURCE_DIR}/x-accord-workspace.xml" mime)

set(failed FALSE)
function(expect haystack needle what)
    string(FIND "${haystack}" "${needle}" pos)
    if(pos EQUAL -1)
        message(SEND_ERROR "${what}: expected to find '${needle}'")
        set(failed TRUE PARENT_SCOPE)
    endif()
endfunction()

expect("${metainfo}" "<id>${id}</id>" "metainfo id")
expect("${metainfo}" "<release version=\"${VERSION}\"" "metainfo release for project VERSION")
expect("${metainfo}" "<url type=\"homepage\">${HOMEPAGE}</url>" "metainfo homepage (project HOMEPAGE_URL)")
expect("${metainfo}" "<launchable type=\"desktop-id\">${id}.desktop</launchable>" "metainfo launchable")
expect("${metainfo}" "<binary>accord</binary>" "metainfo provides binary")
expect("${desktop}" "\nIcon=${id}\n" "desktop Icon")
expect("${desktop}" "\nExec=accord %F\n" "desktop Exec")
expect("${desktop}" "application/x-accord-workspace;" "desktop MimeType")
expect("${mime}" "type=\"application/x-accord-workspace\"" "mime type")
expect("${metainfo}" "<mediatype>application/x-accord-workspace</mediatype>" "metainfo mediatype")

if(failed)
    message(FATAL_ERROR "packaging metadata is inconsistent")
endif()
