#include "balancer/TransferLines.h"

#include "ledger/FamilyAccount.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace paydesk::core {

QList<TransferLines::Line> TransferLines::of(const FamilyAccount &account)
{
    using Combination = std::tuple<qint64, qint64, qint64>;
    // Per transfer: the net per combination, and what each payment gave through it.
    std::map<qint64, std::map<Combination, Money>> net;
    std::map<qint64, std::map<qint64, Money>> fromPayment;
    for (const Allocation &row : account.allocations) {
        if (row.transferId == 0)
            continue;
        net[row.transferId][{row.patientId, row.providerId, row.clinicId}] += row.amount;
        fromPayment[row.transferId][row.paymentId] += row.amount;
    }
    for (const auto &[transferId, payments] : fromPayment) {
        for (const auto &[paymentId, given] : payments) {
            if (given.isZero())
                continue;
            const PaymentLine *line = account.payment(paymentId);
            const Payment payment = line ? line->payment : Payment{};
            net[transferId][{payment.patientId, payment.providerId, payment.clinicId}] -= given;
        }
    }

    QList<Line> lines;
    for (const auto &[transferId, combinations] : net) {
        const PaymentLine *transfer = account.payment(transferId);
        const QDate date = transfer ? transfer->payment.date : QDate();
        for (const auto &[combination, amount] : combinations) {
            if (!amount.isZero())
                lines.append({transferId,
                              date,
                              std::get<0>(combination),
                              std::get<1>(combination),
                              std::get<2>(combination),
                              amount});
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return std::tuple(a.date, a.transferId, !a.amount.isNegative(), a.patientId, a.providerId, a.clinicId)
               < std::tuple(b.date, b.transferId, !b.amount.isNegative(), b.patientId, b.providerId, b.clinicId);
    });
    return lines;
}

std::optional<qint64> TransferLines::reversedByRun(const FamilyAccount &account, qint64 transferId)
{
    // Reversing rows keep the transfer of the row they reverse, so both are among its rows.
    QSet<qint64> rows;
    QHash<qint64, qint64> reversedBy; // row → run of its reversal
    for (const Allocation &row : account.allocations) {
        if (row.transferId != transferId)
            continue;
        if (row.reversesAllocationId != 0)
            reversedBy.insert(row.reversesAllocationId, row.runId);
        else
            rows.insert(row.id);
    }
    if (rows.isEmpty())
        return std::nullopt;
    qint64 run = 0;
    for (qint64 id : std::as_const(rows)) {
        const auto it = reversedBy.constFind(id);
        if (it == reversedBy.cend())
            return std::nullopt;
        run = std::max(run, *it);
    }
    return run;
}

} // namespace paydesk::core
