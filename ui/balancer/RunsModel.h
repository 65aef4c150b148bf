#pragma once

#include "balancer/BalancerRun.h"
#include "models/TableModel.h"

#include <QTimeZone>

namespace paydesk::ui {

// The record of every Family Balancer run, newest first: who ran what, when, on which
// families, and what it did. IdRole is the run's number.
class RunsModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Run, Started, By, Method, Scope, AsOf, VoidTransfers, Status, Changed, Refused, Rows, Moved };

    explicit RunsModel(QObject *parent = nullptr);

    // `zone` (practice.time_zone) is the clock the start times are shown on.
    void setRuns(const QList<core::BalancerRun> &runs, const QTimeZone &zone);
    const core::BalancerRun *run(qint64 runId) const;

    static QString methodText(const core::BalancerRun &run);
    static QString scopeText(const core::BalancerRun &run);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    static QString statusText(const core::BalancerRun &run);

    QList<core::BalancerRun> m_runs;
    QTimeZone m_zone;
};

} // namespace paydesk::ui
