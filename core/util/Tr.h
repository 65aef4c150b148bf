#pragma once

#include <QCoreApplication>

namespace paydesk::core {

// Translation context for core classes that are not QObjects.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk)
};

} // namespace paydesk::core
