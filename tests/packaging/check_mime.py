#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the shared-mime-info definition of the Accord workspace type."""
import sys
from xml.dom import minidom

NS = "http://www.freedesktop.org/standards/shared-mime-info"


def main(path: str) -> int:
    doc = minidom.parse(path)
    root = doc.documentElement
    errors = []
    if root.localName != "mime-info" or root.namespaceURI != NS:
        errors.append(f"root must be <mime-info xmlns=\"{NS}\">")
    types = {t.getAttribute("type"): t for t in root.getElementsByTagName("mime-type")}
    mime = types.get("application/x-accord-workspace")
    if mime is None:
        errors.append("no <mime-type type=\"application/x-accord-workspace\">")
    else:
        globs = [g.getAttribute("pattern") for g in mime.getElementsByTagName("glob")]
        if "*.accord" not in globs:
            errors.append(f"expected glob *.accord, found {globs}")
        if not mime.getElementsByTagName("comment"):
            errors.append("missing <comment>")
        parents = [s.getAttribute("type") for s in mime.getElementsByTagName("sub-class-of")]
        if "application/vnd.sqlite3" not in parents:
            errors.append(f"expected sub-class-of application/vnd.sqlite3, found {parents}")
    for e in errors:
        print(f"{path}: {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
