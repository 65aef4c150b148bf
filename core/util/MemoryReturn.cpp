#include "util/MemoryReturn.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace paydesk::core {

void returnLargeBlocksToSystem()
{
#if defined(__GLIBC__)
    // glibc's default threshold; setting it also stops glibc from raising it.
    constexpr int mmapThresholdBytes = 128 * 1024;
    mallopt(M_MMAP_THRESHOLD, mmapThresholdBytes);
#endif
}

} // namespace paydesk::core
