#!/usr/bin/env bash
# Makes the user guide's pictures from docs/screenshots: at most 760 pixels wide (the guide's window fits a 1024-pixel screen), JPEG quality
# 80, so that the guide (compiled into the desk) stays small. Spanish pages take the Spanish
# screenshot, or the English one where none was made. Run again after new screenshots.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
shots=../../docs/screenshots
images=(main-window main-window-small account-members post-payment account-allocations void-charge charge adjustment
        statement-pay-online deposit-report aging account-charges family-balancer
        patient-billing-plans run-daily-billing dashboard collections collections-plan online-payments
        online-payments-exceptions practice-groups migrations sign-in users settings-practice connection)
for language in en es; do
    mkdir -p "$language/img"
    for name in "${images[@]}"; do
        source="$shots/$name.png"
        [[ $language == es && -f $shots/es/$name.png ]] && source="$shots/es/$name.png"
        convert "$source" -resize '760x>' -quality 80 "$language/img/$name.jpg"
    done
done
