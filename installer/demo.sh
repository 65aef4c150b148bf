#!/usr/bin/env bash
# Installs the packages, builds PayDesk, creates a demo SQLite database once
# (200 families, seed 1) and launches PayDesk on it. Extra arguments go to paydesk.
# Without a display (DISPLAY / WAYLAND_DISPLAY unset) it runs under Xvfb.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

./installer/build.sh

DB="${PAYDESK_DEMO_DB:-$HOME/.local/share/PayDesk/demo.sqlite}"
# The demo practice: 200 families, one user of each role, and a hundred days of patient billing.
# Run in an `if`, where set -e does not apply, so each step says `|| return 1`.
make_demo() {
    local cli=build/app/paydesk-cli
    "$cli" --db "$DB" demo --families 200 --seed 1 || return 1
    # Users without passwords: the demo stays open (no sign-in), and Tools > Users shows the
    # roles. Giving the administrator a password secures it, as in a practice.
    local user
    for user in maria.lopez:front-desk james.chen:billing-manager office.admin:administrator; do
        "$cli" --db "$DB" user add --name "${user%%:*}" --role "${user#*:}" >/dev/null || return 1
    done
    # So that every tab of Billing > Patient Billing has families: a first daily run 100 days
    # ago, payment plans started along the way (family:amount:days ago), then the run catches
    # up to today, disabling the plans nobody paid.
    "$cli" --db "$DB" run-daily --date "$(date -d '-100 days' +%F)" >/dev/null || return 1
    local plan family amount days
    for plan in 3:100.00:95 11:150.00:80 12:125.00:60 58:100.00:50 60:75.00:30 78:90.00:20 163:200.00:10 188:120.00:5; do
        IFS=: read -r family amount days <<<"$plan"
        "$cli" --db "$DB" plan enable --family "$family" --amount "$amount" \
            --start "$(date -d "-$days days" +%F)" >/dev/null || return 1
    done
    "$cli" --db "$DB" run-daily >/dev/null || return 1
}

if [[ ! -e "$DB" ]]; then
    # No mkdir here: paydesk-cli creates the missing folders itself, for its owner only (0700).
    echo "demo.sh: creating the demo database $DB" >&2
    if ! make_demo; then
        rm -f "$DB" "$DB-wal" "$DB-shm"  # do not keep a half-made database; the next run tries again
        echo "demo.sh: creating the demo database failed" >&2
        exit 1
    fi
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "demo.sh: no DISPLAY or WAYLAND_DISPLAY: PayDesk runs headless under Xvfb (1280x800); stop it with Ctrl-C." >&2
    exec xvfb-run -a -s '-screen 0 1280x800x24' build/app/paydesk --db "$DB" "$@"
fi
exec build/app/paydesk --db "$DB" "$@"
