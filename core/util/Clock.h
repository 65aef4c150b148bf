#pragma once

#include <QDateTime>

namespace paydesk::core {

// The one source of "now" for the rules. Tests hold a Clock::Override to move time
// instead of sleeping (a lock-out that ends after 15 minutes, a void on the next day).
class Clock
{
public:
    static QDateTime nowUtc();

    // Sets the time every Clock::nowUtc() returns until it is destroyed. For tests; one at a time.
    class Override
    {
    public:
        explicit Override(const QDateTime &nowUtc);
        ~Override();
        Override(const Override &) = delete;
        Override &operator=(const Override &) = delete;
        void set(const QDateTime &nowUtc);
    };
};

} // namespace paydesk::core
