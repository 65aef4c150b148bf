#!/usr/bin/env bash
# Installs the Debian 12 packages PayDesk needs to build, test, run and package.
# Fast when everything is present: only missing packages go to apt-get.
# Runs as root, or as a normal user with sudo. Needs no standard input.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build dpkg-dev file ccache
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libboost-dev libsqlite3-dev libpq-dev libsodium-dev qtkeychain-qt6-dev libqrencode-dev zbar-tools poppler-utils pkg-config xvfb xauth postgresql-15
    # The package (installer/package.sh) and its test: man pages, checks of the .deb.
    help2man lintian desktop-file-utils appstream systemd
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "deps.sh: installing ${missing[*]}" >&2

if [[ $(id -u) -eq 0 ]]; then
    as_root=(env)
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env)
else
    echo "deps.sh: missing packages (${missing[*]}), and this is neither root nor has sudo." >&2
    echo "deps.sh: as root, run: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
"${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
