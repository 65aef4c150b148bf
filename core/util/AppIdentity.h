#pragma once

namespace paydesk::core {

// Names the organisation and application the same way in the GUI and the CLI, so that
// settings and the default database file are shared by both programs.
void setApplicationIdentity();

} // namespace paydesk::core
