#include "balancer/ClaimSpreader.h"

#include "balancer/PlanBuilder.h"
#include "util/Tr.h"

#include <algorithm>

namespace paydesk::core {

QString ClaimSpreader::placeholderCode()
{
    return QStringLiteral("INS-OVERPAY");
}

void ClaimSpreader::spread(PlanBuilder &builder)
{
    // A copy: spreading adds rows to the builder's account while this walks it.
    const QList<ClaimPaymentLine> payments = builder.account().claimPayments;
    for (const ClaimPaymentLine &payment : payments) {
        Money rest = payment.unspread();
        if (!builder.inScope(payment.payment.date) || !rest.isPositive())
            continue;
        const Claim *claim = builder.account().claim(payment.payment.claimId);
        if (!claim)
            continue;
        QList<const ChargeLine *> procedures;
        for (const ClaimProcedure &proc : builder.account().claimProcedures) {
            if (proc.claimId == claim->id) {
                if (const ChargeLine *line = builder.account().charge(proc.chargeId))
                    procedures.append(line);
            }
        }
        std::sort(procedures.begin(), procedures.end(), [](const ChargeLine *a, const ChargeLine *b) {
            return std::tuple(a->charge.date, a->charge.id) < std::tuple(b->charge.date, b->charge.id);
        });
        QList<std::pair<qint64, Money>> pieces;
        qint64 placeholderId = 0;
        for (const ChargeLine *line : std::as_const(procedures)) {
            if (line->charge.code == placeholderCode() && line->charge.amount.isZero())
                placeholderId = line->charge.id;
            const Money piece = Money::min(rest, line->patientPortion());
            if (piece.isPositive()) {
                pieces.append({line->charge.id, piece});
                rest -= piece;
            }
        }
        for (const auto &[chargeId, piece] : std::as_const(pieces))
            builder.spread(payment.payment.id, chargeId, piece);
        if (!rest.isPositive())
            continue;
        if (placeholderId == 0) {
            Charge placeholder;
            placeholder.patientId = claim->patientId;
            placeholder.providerId = claim->providerId;
            placeholder.clinicId = claim->clinicId;
            placeholder.date = claim->date;
            placeholder.code = placeholderCode();
            placeholder.description = Tr::tr("Insurance overpayment on claim #%1 to review").arg(claim->id);
            placeholderId = builder.addPlaceholder(placeholder, claim->id);
        }
        builder.spread(payment.payment.id, placeholderId, rest);
    }
}

} // namespace paydesk::core
