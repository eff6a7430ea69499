#!/usr/bin/env bash
# Renders the main window on every section page (light and dark) into
# packaging/screenshots/. Needs a release build: make build-release.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build/release --target accord_screenshots
QT_QPA_PLATFORM=offscreen ./build/release/tests/tools/accord_screenshots packaging/screenshots
