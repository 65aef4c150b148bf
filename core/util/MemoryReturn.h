#pragma once

namespace paydesk::core {

// Lets the C library give the memory of large blocks back to the system as soon as they are
// freed. Batch work over a big practice (the Family Balancer's ranges, PracticeSnapshot)
// allocates and frees a few tens of megabytes at a time; glibc otherwise raises its mmap
// threshold to the size of the first such block freed and serves the next ones from its
// heap, which keeps them resident (measured: a balancer run's peak 177 MB instead of 110 MB
// at 100,000 families). Called once at the start of each program; a no-op off glibc.
void returnLargeBlocksToSystem();

} // namespace paydesk::core
