#!/usr/bin/env bash
# Installs the packages (installer/deps.sh), configures build/ once and builds it.
# Works from any directory.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

./installer/deps.sh

# CMakeLists.txt sets CMAKE_CXX_COMPILER_LAUNCHER when it finds ccache.
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-2G}"
# Paths relative to the checkout, so a fresh clone in another folder (as CI makes) still
# hits the cache; debug info then names the folder that first compiled each file.
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1
mkdir -p "$CCACHE_DIR"

if [[ ! -f build/CMakeCache.txt ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build -j"$(nproc)"
