#pragma once

#include <QString>

namespace paydesk::core {

// Who is logged in, for the audit trail when no user is named: $USER, else $LOGNAME, else
// "unknown". The GUI and the CLI both ask here so that they record the same name.
QString loginName();

} // namespace paydesk::core
