#pragma once

#include "CrashOperation.h"

#include <QDate>

namespace paydesk::test {

// run-daily three days further each attempt, from a first run 160 days ago over a demo
// practice. Each day is one transaction: a kill leaves whole days, and the next run goes on
// from the day after the last one done, taking over the lock of the killed process.
class DailyRunCrash : public CrashOperation
{
public:
    void prepare(const paydesk::core::Database &db) override;
    QStringList next(const paydesk::core::Database &db) override;
    Effect effect(const paydesk::core::Database &db, QString &problem) override;
    // Until the last attempt's date is done.
    bool pending(const paydesk::core::Database &db) const override;
    qint64 progress(const paydesk::core::Database &db) const override;

private:
    static QDate lastDay(const paydesk::core::Database &db);

    QDate m_before;
    QDate m_target;
};

} // namespace paydesk::test
