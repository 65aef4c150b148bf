#pragma once

#include "util/Errors.h"

#include <QString>

namespace paydesk::test {

// The message of the Refusal that `work` throws, or an empty string when it does not refuse.
template<typename Work>
QString refusalOf(Work work)
{
    try {
        work();
    } catch (const core::Refusal &refusal) {
        return refusal.message();
    }
    return {};
}

} // namespace paydesk::test
