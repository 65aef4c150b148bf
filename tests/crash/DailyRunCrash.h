#pragma once

#include "CrashOperation.h"

#include <QDate>

namespace paydesk::test {

// run-daily three days further each attempt, from a first run 160 days ago over a demo
// practice. Each day is one transaction: a kill leaves whole days, and the next run goes on
// from the day after the last one done, taking over the lock of the killed process, which
// meanwhile refuses no plan change.
class DailyRunCrash : public CrashOperation
{
public:
    void prepare(const paydesk::core::Database &db) override;
    QStringList next(const paydesk::core::Database &db) override;
    Effect effect(const paydesk::core::Database &db, QString &problem) override;
    // Until the last attempt's date is done.
    bool pending(const paydesk::core::Database &db) const override;
    // One run to the other database's last day: "the same statuses come out run day by day or
    // in one jump".
    QStringList catchUp(const paydesk::core::Database &behind, const paydesk::core::Database &ahead) override;

private:
    static QDate lastDay(const paydesk::core::Database &db);

    QDate m_before;
    QDate m_target;
};

} // namespace paydesk::test
