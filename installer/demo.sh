#!/usr/bin/env bash
# Installs the packages, builds PayDesk, creates a demo SQLite database once
# (200 families, seed 1) and launches PayDesk on it. Extra arguments go to paydesk.
# Without a display (DISPLAY / WAYLAND_DISPLAY unset) it runs under Xvfb.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

./installer/build.sh

DB="${PAYDESK_DEMO_DB:-$HOME/.local/share/PayDesk/demo.sqlite}"
if [[ ! -e "$DB" ]]; then
    # No mkdir here: paydesk-cli creates the missing folders itself, for its owner only (0700).
    echo "demo.sh: creating the demo database $DB" >&2
    if ! build/app/paydesk-cli --db "$DB" demo --families 200 --seed 1; then
        rm -f "$DB" "$DB-wal" "$DB-shm"  # do not keep a half-made database; the next run tries again
        echo "demo.sh: creating the demo database failed" >&2
        exit 1
    fi
    # One user of each role, without passwords: the demo stays open (no sign-in), and Tools > Users
    # shows the roles. Giving the administrator a password secures it, as in a practice.
    for user in maria.lopez:front-desk james.chen:billing-manager office.admin:administrator; do
        build/app/paydesk-cli --db "$DB" user add --name "${user%%:*}" --role "${user#*:}" >/dev/null
    done
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "demo.sh: no DISPLAY or WAYLAND_DISPLAY: PayDesk runs headless under Xvfb (1280x800); stop it with Ctrl-C." >&2
    exec xvfb-run -a -s '-screen 0 1280x800x24' build/app/paydesk --db "$DB" "$@"
fi
exec build/app/paydesk --db "$DB" "$@"
