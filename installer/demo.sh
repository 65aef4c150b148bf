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
    # Collections on, with CGM-like status codes, a webPAY merchant and methods, and a billing
    # group whose families stay out of collections.
    "$cli" --db "$DB" collections setup-defaults >/dev/null || return 1
    "$cli" --db "$DB" collections merchant add --name "Riverside Dental" >/dev/null || return 1
    local method
    for method in Visa Mastercard; do
        "$cli" --db "$DB" collections method add --name "$method" >/dev/null || return 1
    done
    "$cli" --db "$DB" billing-group add --name Hardship --suppress-collections >/dev/null || return 1
    "$cli" --db "$DB" billing-group assign --family 7 --group Hardship >/dev/null || return 1
    # So that every tab of Billing > Patient Billing has families: a first daily run 100 days
    # ago, payment plans started along the way (family:amount:days ago), then the run catches
    # up to today, disabling the plans nobody paid. The first run sends the delinquent families
    # to collections; the catch-up moves them on through the codes.
    "$cli" --db "$DB" run-daily --date "$(date -d '-100 days' +%F)" >/dev/null || return 1
    local plan family amount days
    for plan in 3:100.00:95 11:150.00:80 12:125.00:60 58:100.00:50 60:75.00:30 78:90.00:20 163:200.00:10 188:120.00:5; do
        IFS=: read -r family amount days <<<"$plan"
        "$cli" --db "$DB" plan enable --family "$family" --amount "$amount" \
            --start "$(date -d "-$days days" +%F)" >/dev/null || return 1
    done
    add_collection_plans || return 1
    "$cli" --db "$DB" run-daily >/dev/null || return 1
}

# Collection payment plans for two accounts in collections (one unpaid since 40 days ago, which
# the catch-up fails, one collected by webPAY), and non-delinquent plans for the first two
# families that may have one (the others are delinquent, on a payment plan or owe nothing).
add_collection_plans() {
    local cli=build/app/paydesk-cli roster
    roster=$(mktemp) || return 1
    "$cli" --db "$DB" collections roster --code IC --csv "$roster" >/dev/null || { rm -f "$roster"; return 1; }
    local -a delinquent
    mapfile -t delinquent < <(sed 1d "$roster" | cut -d, -f1 | head -n 2)
    rm -f "$roster"
    (( ${#delinquent[@]} == 2 )) || { echo "demo.sh: fewer than two accounts in collections" >&2; return 1; }
    local webpay=(--webpay --merchant "Riverside Dental" --method Visa --holder "Card Holder" --zip 62704)
    "$cli" --db "$DB" collections plan add --delinquent --family "${delinquent[0]}" \
        --start "$(date -d '-40 days' +%F)" --amount 50.00 --days 30 >/dev/null || return 1
    "$cli" --db "$DB" collections plan add --delinquent --family "${delinquent[1]}" \
        --start "$(date -d '-10 days' +%F)" --amount 60.00 --days 30 "${webpay[@]}" >/dev/null || return 1
    local family added=0 collect
    for family in $(seq 20 120); do
        (( added < 2 )) || break
        collect=()
        if (( added == 0 )); then collect=("${webpay[@]}"); fi
        if "$cli" --db "$DB" collections plan add --family "$family" --start "$(date -d '-5 days' +%F)" \
            --amount 40.00 --days 30 "${collect[@]}" >/dev/null 2>&1; then
            added=$((added + 1))
        fi
    done
    (( added == 2 )) || { echo "demo.sh: no family could take a non-delinquent plan" >&2; return 1; }
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
