#include "util/LoginName.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paydesk::core {

QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Services started without a login shell (cron, CI) have no USER: ask the system.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return u"unknown"_s;
}

} // namespace paydesk::core
