#include "util/Clock.h"

#include <QMutex>

namespace paydesk::core {

namespace {

QMutex overrideMutex;
QDateTime overrideNow; // null: the system clock

} // namespace

QDateTime Clock::nowUtc()
{
    {
        const QMutexLocker lock(&overrideMutex);
        if (overrideNow.isValid())
            return overrideNow;
    }
    return QDateTime::currentDateTimeUtc();
}

Clock::Override::Override(const QDateTime &nowUtc)
{
    set(nowUtc);
}

Clock::Override::~Override()
{
    const QMutexLocker lock(&overrideMutex);
    overrideNow = QDateTime();
}

void Clock::Override::set(const QDateTime &nowUtc)
{
    const QMutexLocker lock(&overrideMutex);
    overrideNow = nowUtc.toUTC();
}

} // namespace paydesk::core
