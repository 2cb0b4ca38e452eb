#!/usr/bin/env bash
# Install the Chromium the browser tests drive (tests/browser/), from Debian.
# Skips when /usr/bin/chromium is already there. Runs unattended: as root with no TTY and
# in CI with no stdin (apt-get is non-interactive); uses sudo when not root.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "install-browser: $CHROMIUM is there ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n)
else
    echo "install-browser: need root (or sudo) to apt-get install chromium" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: apt-get not found; install Chromium at $CHROMIUM by hand" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-browser: installing chromium with apt-get"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q < /dev/null
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    chromium < /dev/null

if [ ! -x "$CHROMIUM" ]; then
    echo "install-browser: apt-get finished but $CHROMIUM is missing" >&2
    exit 1
fi
echo "install-browser: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
