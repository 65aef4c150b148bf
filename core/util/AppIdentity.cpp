#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk::core {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
}

} // namespace paydesk::core
