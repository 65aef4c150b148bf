#include "bench/BenchMeasure.h"

#include <QFile>
#include <QLocale>

#include <sys/resource.h>

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

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return lifetimePeakKb();
}

} // namespace paydesk::core::BenchMeasure
