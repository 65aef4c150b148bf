#pragma once

#include "money/Money.h"

#include <QTest>

namespace paydesk::core {

// Lets QCOMPARE print Money as "12.50" when a comparison fails (QTest finds it by ADL).
inline char *toString(const Money &money)
{
    return qstrdup(money.toString().toUtf8().constData());
}

} // namespace paydesk::core
