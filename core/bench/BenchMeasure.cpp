#include "bench/BenchMeasure.h"

#include <QFile>
#include <QLocale>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <unistd.h>

namespace paydesk::core::BenchMeasure {

qint64 elapsedNs(Clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - since).count();
}

QString grouped(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // the C locale omits grouping by default
    return locale.toString(value);
}

QString seconds(qint64 ns)
{
    const qint64 hundredths = (ns + 5'000'000) / 10'000'000;
    return QStringLiteral("%1.%2 s").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
}

QString micros(qint64 ns)
{
    return grouped((ns + 500) / 1000) + QStringLiteral(" µs");
}

QString megabytes(qint64 kb)
{
    return grouped((kb + 512) / 1024) + QStringLiteral(" MB");
}

QString ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return QStringLiteral("-");
    const qint64 hundredths = (numerator * 100 + denominator / 2) / denominator;
    return QStringLiteral("%1.%2x").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
}

void resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

qint64 lifetimePeakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

qint64 processCpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ns = [](const timeval &t) { return qint64(t.tv_sec) * 1000000000 + qint64(t.tv_usec) * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

namespace {

// A "Name:   1234 kB" line of /proc/self/status, or -1.
qint64 statusKb(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(name))
                return line.mid(name.size()).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

} // namespace

qint64 peakResidentKb()
{
    const qint64 kb = statusKb("VmHWM:");
    return kb >= 0 ? kb : lifetimePeakKb();
}

qint64 residentKb()
{
    return std::max<qint64>(0, statusKb("VmRSS:"));
}

qint64 sinceProcessStartNs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec now{};
    if (!stat.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    // The command name, field 2, may hold spaces; the fields after it are plain numbers, the
    // start time being the 22nd field of the line.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeAfterName = 22 - 3;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (fields.size() <= startTimeAfterName || ticksPerSecond <= 0)
        return -1;
    const qint64 startNs = fields.at(startTimeAfterName).toLongLong() * 1'000'000'000 / ticksPerSecond;
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec - startNs;
}

} // namespace paydesk::core::BenchMeasure
