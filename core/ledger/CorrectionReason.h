#pragma once

#include <QString>

namespace paydesk::core {

// Every void and refund says why: the reason is kept on the reversing row and in the audit
// trail. Returns it trimmed; throws Refusal when it is empty.
QString requireCorrectionReason(const QString &reason);

} // namespace paydesk::core
