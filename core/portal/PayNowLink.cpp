#include "portal/PayNowLink.h"

#include "settings/PracticeSettings.h"
#include "util/Errors.h"
#include "util/Tr.h"

namespace paydesk::core {

PayNowLink PayNowLink::read(const Database &db)
{
    const PracticeSettings settings(db);
    PayNowLink link;
    const QString clearinghouse = settings.value(QStringLiteral("portal.clearinghouse"));
    if (clearinghouse.isEmpty()) {
        link.m_missing << Tr::tr("portal.clearinghouse is not set: choose the clearinghouse patients pay through "
                                 "(instamed) in Settings > Online patient services or with config set.");
    } else if (clearinghouse == u"instamed") {
        const QString alias = settings.value(QStringLiteral("portal.instamed_alias"));
        if (alias.isEmpty())
            link.m_missing << Tr::tr("portal.instamed_alias is not set: enter the practice's InstaMed guest-pay "
                                     "alias in Settings > Online patient services or with config set.");
        else
            link.m_url = instaMedAddress(alias);
    }
    return link;
}

QString PayNowLink::instaMedAddress(const QString &alias)
{
    return QStringLiteral("https://pay.instamed.com/") + alias;
}

void PayNowLink::require() const
{
    if (!isAvailable())
        throw Refusal(m_missing);
}

} // namespace paydesk::core
