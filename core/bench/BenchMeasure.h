#pragma once

#include <QString>

#include <chrono>

namespace paydesk::core::BenchMeasure {

// Timings stay integer nanoseconds end to end and are formatted with integer arithmetic,
// like money: no floating point is needed to print two decimals.
using Clock = std::chrono::steady_clock;

qint64 elapsedNs(Clock::time_point since);
QString grouped(qint64 value); // "1,234,567"
QString seconds(qint64 ns);    // "3.41 s"
QString micros(qint64 ns);     // "412 µs"
QString megabytes(qint64 kb);  // "97 MB"
QString ratio(qint64 numerator, qint64 denominator); // "1.12x"

// Linux keeps the peak resident set size (VmHWM) per process and lets it be reset, so
// each phase's peak can be told apart from the phases before it. Elsewhere only the
// lifetime peak (getrusage) is known.
void resetPeakResident();
qint64 peakResidentKb();
qint64 lifetimePeakKb();
// The resident set size now (VmRSS), 0 where it cannot be read.
qint64 residentKb();
// Nanoseconds since the kernel started this process (its start time in /proc/self/stat
// against the boot clock, to the kernel's clock tick, usually 10 ms), or -1 where it cannot
// be read: a figure that includes loading the program and its libraries, which a timer
// started in main() would miss.
qint64 sinceProcessStartNs();

// The CPU time (user and system) this process has used. On a machine shared with other work,
// wall time also counts the waits for the CPU; this does not (nor, on PostgreSQL, the server's
// own work, which is another process).
qint64 processCpuNs();

} // namespace paydesk::core::BenchMeasure
