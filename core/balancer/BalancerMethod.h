#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace paydesk::core {

// How the Family Balancer attributes a family's patient money to its production.
enum class BalancerMethod {
    TransferRigorous, // income transfer, most specific patient/provider/clinic bucket first
    TransferFifo,     // income transfer, oldest charge first whoever it belongs to
    Recreate,         // take back unallocated and overpaying splits and re-split each payment FIFO
};

// "transfer-rigorous", "transfer-fifo", "recreate": the CLI's and the run record's form.
QString balancerMethodCode(BalancerMethod method);
std::optional<BalancerMethod> parseBalancerMethod(QStringView code);
QString balancerMethodLabel(BalancerMethod method);
const std::initializer_list<BalancerMethod> &allBalancerMethods();
bool isIncomeTransfer(BalancerMethod method);

} // namespace paydesk::core
