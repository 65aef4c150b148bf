#include "ledger/CorrectionReason.h"

#include "util/Errors.h"
#include "util/Tr.h"

namespace paydesk::core {

QString requireCorrectionReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        throw Refusal(Tr::tr("A reason is required: it is kept in the audit trail."));
    return trimmed;
}

} // namespace paydesk::core
