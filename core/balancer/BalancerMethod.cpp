#include "balancer/BalancerMethod.h"

#include "util/Tr.h"

namespace paydesk::core {

namespace {
const std::initializer_list<BalancerMethod> methods = {BalancerMethod::TransferRigorous, BalancerMethod::TransferFifo,
                                                       BalancerMethod::Recreate};
}

QString balancerMethodCode(BalancerMethod method)
{
    switch (method) {
    case BalancerMethod::TransferRigorous: return QStringLiteral("transfer-rigorous");
    case BalancerMethod::TransferFifo: return QStringLiteral("transfer-fifo");
    case BalancerMethod::Recreate: return QStringLiteral("recreate");
    }
    return {};
}

std::optional<BalancerMethod> parseBalancerMethod(QStringView code)
{
    for (BalancerMethod m : methods) {
        if (code.trimmed().compare(balancerMethodCode(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString balancerMethodLabel(BalancerMethod method)
{
    switch (method) {
    case BalancerMethod::TransferRigorous: return Tr::tr("Income transfer, rigorous");
    case BalancerMethod::TransferFifo: return Tr::tr("Income transfer, FIFO");
    case BalancerMethod::Recreate: return Tr::tr("Recreate payment splits");
    }
    return {};
}

const std::initializer_list<BalancerMethod> &allBalancerMethods()
{
    return methods;
}

bool isIncomeTransfer(BalancerMethod method)
{
    return method != BalancerMethod::Recreate;
}

} // namespace paydesk::core
