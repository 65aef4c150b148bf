#!/usr/bin/env bash
# Builds the Debian package: installs the packages (installer/deps.sh), builds PayDesk in
# build/ (as installer/build.sh does) and runs cpack there. Prints the path of the .deb,
# paydesk_<version>_amd64.deb. Works from any directory; needs no standard input.
#
# Install it with: apt install ./build/paydesk_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

./installer/build.sh </dev/null >&2

cd build
# cpack prints its progress; only the package's path goes to stdout.
cpack -G DEB </dev/null >&2
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' CMakeCache.txt)
deb="$PWD/paydesk_${version}_$(dpkg --print-architecture).deb"
if [[ ! -f "$deb" ]]; then
    echo "package.sh: cpack made no $deb" >&2
    exit 1
fi
echo "$deb"
