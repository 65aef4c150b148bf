#!/usr/bin/env bash
# Builds the .deb from the build directory given ($1) with cpack, into a scratch folder and
# from a scratch copy of its CPack configuration (nothing shared with other tests), unpacks
# it (dpkg -x) and checks what an installation relies on: every shared library resolves,
# the desktop entry, units and metainfo validate, lintian finds no error, the man pages hold
# the commands of the help, and the unpacked paydesk-cli works, with a settings file too.
set -euo pipefail

build=$(readlink -f "$1")
scratch=$(mktemp -d "${TMPDIR:-/tmp}/paydesk-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Checks that the command succeeds; its output is shown only when it does not.
check() {
    local what=$1 output
    shift
    if ! output=$("$@" 2>&1); then
        fail "$what"
        echo "$output" >&2
    fi
}

# The copy packs into the scratch folder and installs what the build made without building
# first (no CPACK_CMAKE_GENERATOR: no "preinstall" build that would race other tests).
sed -e '/^set(CPACK_PACKAGE_DIRECTORY /d' -e '/^set(CPACK_CMAKE_GENERATOR /d' "$build/CPackConfig.cmake" \
    > "$scratch/CPackConfig.cmake"
echo "set(CPACK_PACKAGE_DIRECTORY \"$scratch/out\")" >> "$scratch/CPackConfig.cmake"
(cd "$scratch" && cpack --config "$scratch/CPackConfig.cmake" -G DEB >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$scratch/out/paydesk_${version}_$(dpkg --print-architecture).deb"
[[ -f "$deb" ]] || { echo "FAIL: no $deb; cpack made: $(ls "$scratch/out")" >&2; exit 1; }

root="$scratch/root"
dpkg -x "$deb" "$root"
dpkg-deb --control "$deb" "$scratch/control"

for path in usr/bin/paydesk usr/bin/paydesk-cli usr/share/applications/paydesk.desktop \
    usr/share/icons/hicolor/256x256/apps/paydesk.png usr/share/metainfo/invalid.paydesk.PayDesk.metainfo.xml \
    usr/share/doc/paydesk/copyright usr/share/doc/paydesk/changelog.gz usr/share/man/man1/paydesk.1.gz \
    usr/share/man/man1/paydesk-cli.1.gz etc/paydesk/paydesk.conf; do
    [[ -f "$root/$path" ]] || fail "the package has no /$path"
done
for unit in paydesk-daily.service paydesk-daily.timer paydesk-nightly.service paydesk-nightly.timer; do
    [[ -f "$root/usr/lib/systemd/system/$unit" ]] || fail "the package has no /usr/lib/systemd/system/$unit"
done
grep -qx /etc/paydesk/paydesk.conf "$scratch/control/conffiles" || fail "paydesk.conf is not a conffile"
for script in postinst prerm postrm; do
    [[ -x "$scratch/control/$script" ]] || fail "the package has no $script"
done
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins adduser libqt6core6; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done

while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q '^ELF'; then
        missing=$(ldd "$file" | grep 'not found' || true)
        [[ -z "$missing" ]] || fail "$file: $missing"
    fi
done < <(find "$root" -type f -print0)

check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/paydesk.desktop"
check "appstreamcli validate" appstreamcli validate --no-net "$root/usr/share/metainfo/invalid.paydesk.PayDesk.metainfo.xml"

# systemd-analyze verify checks that ExecStart's program exists and that the man pages of
# Documentation= do: the copies point at the unpacked program, MANPATH at its pages.
mkdir "$scratch/units"
for unit in "$root"/usr/lib/systemd/system/*; do
    sed "s|/usr/bin/paydesk-cli|$root/usr/bin/paydesk-cli|" "$unit" > "$scratch/units/$(basename "$unit")"
done
check "systemd-analyze verify" env MANPATH="$root/usr/share/man" systemd-analyze verify "$scratch"/units/*
grep -q '^Persistent=true' "$root/usr/lib/systemd/system/paydesk-daily.timer" || fail "paydesk-daily.timer is not Persistent"
grep -q '^OnCalendar=\*:0/15' "$root/usr/lib/systemd/system/paydesk-nightly.timer" || fail "paydesk-nightly.timer is not every 15 minutes"
for service in paydesk-daily paydesk-nightly; do
    grep -q "^ExecStart=/usr/bin/paydesk-cli --config /etc/paydesk/paydesk.conf run-${service#paydesk-}\$" \
        "$root/usr/lib/systemd/system/$service.service" || fail "$service.service does not run run-${service#paydesk-} with the conf"
    grep -q '^User=paydesk$' "$root/usr/lib/systemd/system/$service.service" || fail "$service.service is not User=paydesk"
done

lintian_out=$(lintian --fail-on error --allow-root "$deb" 2>&1) || { fail "lintian"; echo "$lintian_out" >&2; }
echo "$lintian_out"

# The man pages are the programs' help: every command of paydesk-cli's help is in its page.
cli_page=$(zcat "$root/usr/share/man/man1/paydesk-cli.1.gz")
for command in run-daily run-nightly verify demo init --config; do
    grep -qF -- "$command" <<<"$cli_page" || fail "paydesk-cli.1 does not mention $command"
done
grep -qF -- "--screenshot-dir" <(zcat "$root/usr/share/man/man1/paydesk.1.gz") || fail "paydesk.1 is not paydesk --help"
zcat "$root/usr/share/doc/paydesk/changelog.gz" | head -n 1 | grep -q "^paydesk ($version)" || fail "changelog is not $version's"

# The unpacked programs run, with no settings file of this machine's.
cli="$root/usr/bin/paydesk-cli"
export PAYDESK_CONFIG="$scratch/no-such.conf"
check "paydesk --version without a display" env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/paydesk" --version
check "paydesk-cli demo" "$cli" --db "$scratch/demo.sqlite" --user tester demo --families 20
check "paydesk-cli verify" "$cli" --db "$scratch/demo.sqlite" verify

# The settings file: its database, and its user on the audit rows.
cat > "$scratch/paydesk.conf" <<CONF
# the shared installation
database = $scratch/shared.sqlite
user = jobs
CONF
check "paydesk-cli --config init" "$cli" --config "$scratch/paydesk.conf" init
[[ -f "$scratch/shared.sqlite" ]] || fail "--config: init did not create the conf's database"
check "paydesk-cli verify on the default conf's database" env PAYDESK_CONFIG="$scratch/paydesk.conf" "$cli" verify

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checked: $deb ($(du -k "$deb" | cut -f1) KB)"
