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
    add_portal_payments || return 1
    add_practice_groups || return 1
}

# Online payments: InstaMed's Guest Pay configured, and yesterday's reports in a folder beside the
# database, fetched once: payments that post (one beyond the balance, one reported twice), a card
# credit, a declined card, two that need a clerk (an unknown account, a name that does not match)
# and an insurer's 835 that is not patient money.
add_portal_payments() {
    local cli=build/app/paydesk-cli due folder
    folder="$(dirname "$DB")/instamed-reports"
    mkdir -p "$folder" || return 1
    "$cli" --db "$DB" config set portal.clearinghouse instamed >/dev/null || return 1
    "$cli" --db "$DB" config set portal.instamed_alias RiversideDental >/dev/null || return 1
    "$cli" --db "$DB" config set portal.report_folder "$folder" >/dev/null || return 1
    due=$(mktemp) || return 1
    "$cli" --db "$DB" portal balance-due --csv "$due" >/dev/null || { rm -f "$due"; return 1; }
    # family|last name|first name|balance of the first five families that owe.
    local -a owing
    mapfile -t owing < <(sed 1d "$due" | sed -nE 's/^([0-9]+),"([^,]+), ([^"]+)",([0-9.]+),.*/\1|\2|\3|\4/p' | head -n 5)
    rm -f "$due"
    (( ${#owing[@]} == 5 )) || { echo "demo.sh: fewer than five families owe for the online payments" >&2; return 1; }
    local day
    local -a f
    day=$(date -d yesterday +%Y%m%d)
    record() { # type action amount txid auth hhmmss status last first account
        printf 'IMDPA10|RIVERSIDE|STORE1|WEB|%s|%s|%s|Visa|%s|%s|%s%s|%s|%s|%s||%s|||||||||||\n' \
            "$1" "$2" "$3" "$4" "$5" "$day" "$6" "$7" "$8" "$9" "${10}"
    }
    {
        IFS='|' read -r -a f <<<"${owing[0]}"
        record CreditCard AuthCapt "${f[3]}" 7000101 A10101 091512 A "${f[1]}" "${f[2]}" "${f[0]}"
        IFS='|' read -r -a f <<<"${owing[1]}"
        record DebitCard AuthCapt 40.00 7000102 A10102 101004 A "${f[1]}" "${f[2]}" "$(printf '%06d' "${f[0]}")"
        record DebitCard AuthCapt 40.00 7000102 A10102 101004 S "${f[1]}" "${f[2]}" "$(printf '%06d' "${f[0]}")"
        IFS='|' read -r -a f <<<"${owing[2]}"
        record CreditCard AuthCapt 500.00 7000103 A10103 113000 A "${f[1]}" "${f[2]}" "${f[0]}"
        record CreditCard Credit 25.00 7000104 A10104 154500 A "${f[1]}" "${f[2]}" "${f[0]}"
        IFS='|' read -r -a f <<<"${owing[3]}"
        record CreditCard AuthCapt 60.00 7000105 "" 120500 D "${f[1]}" "${f[2]}" "${f[0]}"
        record eCheck AuthCapt 35.00 7000106 A10106 130200 A "${f[1]}" "${f[2]}" 990001
        IFS='|' read -r -a f <<<"${owing[4]}"
        record CreditCard AuthCapt 80.00 7000107 A10107 164000 A Whitaker "${f[2]}" "${f[0]}"
    } >"$folder/IMEOD_${day}.txt" || return 1
    printf '%s\n' \
        'ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*RIVERSIDE      *261206*0930*^*00501*000000001*0*P*:~' \
        'GS*HP*ACMEHEALTH*RIVERSIDE*20261206*0930*1*X*005010X221A1~' 'ST*835*0001~' \
        "BPR*I*245.00*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*${day}~" \
        'TRN*1*EFT12345*1512345678~' 'N1*PR*ACME HEALTH INSURANCE~' 'N1*PE*RIVERSIDE DENTAL*XX*1234567893~' \
        'CLP*CLAIM1*1*300.00*245.00**12*1234567~' 'SE*8*0001~' 'GE*1*1~' 'IEA*1*000000001~' \
        >"$folder/ACME_dpa835_${day}.rep" || return 1
    "$cli" --db "$DB" --user james.chen portal fetch >/dev/null || return 1
}

# Practice groups (issue 14): Lakeside and Hillcrest came from a system that never allocated
# payments (the legacy ledger). Both are imported with their charges and payments; Lakeside is
# migrated by the nightly job (Active), Hillcrest waits in the queue, so Tools > Practice Groups
# and Tools > Migrations show both states, and Hillcrest's families take payments without the
# allocation grid.
add_practice_groups() {
    local cli=build/app/paydesk-cli folder
    folder=$(mktemp -d) || return 1
    {
        echo "group_id,name,ledger"
        echo "2,Lakeside Clinic,legacy"
        echo "3,Hillcrest Pediatrics,legacy"
    } >"$folder/practice_groups.csv"
    local -a last=(Bennett Castillo Dawson Ferreira Gallagher Holloway Iverson Jensen Kowalski Lindqvist)
    local -a first=(Grace Mateo Olivia Rafael Nora Elias Clara Tomas Lucia Henry)
    local i family patient group
    echo "patient_id,family_id,last_name,first_name,birth_date,guarantor,practice_group" >"$folder/patients.csv"
    echo "charge_id,patient_id,date,code,description,provider,clinic,amount" >"$folder/charges.csv"
    echo "adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id" >"$folder/adjustments.csv"
    echo "payment_id,patient_id,date,amount,method,reference" >"$folder/payments.csv"
    for i in $(seq 0 9); do
        family=$((9001 + i)) patient=$((900001 + i)) group=$((i < 6 ? 2 : 3))
        echo "$patient,$family,${last[i]},${first[i]},198$i-0$((i % 9 + 1))-1$i,1,$group" >>"$folder/patients.csv"
        echo "$((900001 + 2 * i)),$patient,$(date -d "-$((200 - i))days" +%F),D0120,Periodic oral evaluation,DDS1,MAIN,65.00" >>"$folder/charges.csv"
        echo "$((900002 + 2 * i)),$patient,$(date -d "-$((120 - i))days" +%F),D1110,Prophylaxis - adult,DDS1,MAIN,110.00" >>"$folder/charges.csv"
        echo "$((900001 + i)),$patient,$(date -d "-$((90 - i))days" +%F),$((40 + 5 * i)).00,card," >>"$folder/payments.csv"
    done
    "$cli" --db "$DB" import "$folder" >/dev/null || { rm -rf "$folder"; return 1; }
    rm -rf "$folder"
    "$cli" --db "$DB" --user office.admin migrations queue --group 2 --yes >/dev/null || return 1
    "$cli" --db "$DB" --user office.admin run-nightly --at "$(date +%F)T21:00" >/dev/null || return 1
    "$cli" --db "$DB" --user office.admin migrations queue --group 3 --yes >/dev/null || return 1
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
