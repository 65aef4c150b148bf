#include "util/Permissions.h"

#include "util/Errors.h"
#include "util/Tr.h"

namespace paydesk::core {

void Permissions::require(const QString &user, Action)
{
    if (user.trimmed().isEmpty())
        throw Refusal(Tr::tr("No user is named: every posting records who made it."));
}

} // namespace paydesk::core
