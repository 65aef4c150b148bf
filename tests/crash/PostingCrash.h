#pragma once

#include "CrashOperation.h"

#include <QList>

namespace paydesk::test {

// post-payment --auto-allocate of 5.00 to the demo's patients in turn, each attempt the
// posting that has not happened yet. One transaction: a kill leaves the payment with its
// allocations and its audit row, or none of them.
class PostingCrash : public CrashOperation
{
public:
    void prepare(const paydesk::core::Database &db) override;
    QStringList next(const paydesk::core::Database &db) override;
    Effect effect(const paydesk::core::Database &db, QString &problem) override;
    bool pending(const paydesk::core::Database &) const override { return false; }
    QStringList catchUp(const paydesk::core::Database &behind, const paydesk::core::Database &ahead) override;

private:
    // Steps done.
    qint64 progress(const paydesk::core::Database &db) const;

    qint64 m_before = 0;
};

} // namespace paydesk::test
