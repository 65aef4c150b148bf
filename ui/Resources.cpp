#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPayDeskResources()
{
#ifdef PAYDESK_HAS_RESOURCES
    Q_INIT_RESOURCE(resources);
#endif
    Q_INIT_RESOURCE(guide);
}

namespace paydesk::ui {

void initResources()
{
    initPayDeskResources();
}

} // namespace paydesk::ui
