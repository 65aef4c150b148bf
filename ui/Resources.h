#pragma once

namespace paydesk::ui {

// Registers the icons and the user guide of resources/ that paydesk_ui carries: a static library's resource
// object is dropped by the linker unless something refers to it.
void initResources();

} // namespace paydesk::ui
