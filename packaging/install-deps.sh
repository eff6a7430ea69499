#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Accord's build, app, tests and tools need.
# Does nothing (and needs no privileges) when they are all present already.
set -euo pipefail

packages=(
    # build
    cmake g++ make pkgconf ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev libvulkan-dev libyaml-cpp-dev zlib1g-dev libsqlite3-dev libpq-dev
    # runtime: offscreen/xcb platforms and fonts for documents
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core fonts-dejavu-extra
    # every script people's names are written in: DejaVu for Greek, Cyrillic, Arabic
    # and Hebrew; Noto for Devanagari and Thai, and for Chinese, Japanese and Korean
    fonts-noto-core fonts-noto-cjk
    # tests and tools; PostgreSQL for the throwaway team server of make test
    xvfb xauth poppler-utils sqlite3 tzdata desktop-file-utils appstream postgresql
    python3 python3-yaml python3-icalendar
    clang libclang-rt-14-dev
    # packaging
    dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
