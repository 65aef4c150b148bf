#include "balancer/RunsModel.h"

#include "balancer/BalancerMethod.h"
#include "models/CellData.h"
#include "models/ItemRoles.h"
#include "print/LedgerText.h"

#include <algorithm>

namespace paydesk::ui {

RunsModel::RunsModel(QObject *parent)
    : TableModel({tr("Run #"),
                  tr("Started"),
                  tr("By"),
                  tr("Method"),
                  tr("Families"),
                  tr("As of"),
                  tr("Voided transfers"),
                  tr("Status"),
                  tr("Changed"),
                  tr("Refused"),
                  tr("Rows"),
                  tr("Amount moved")},
                 {Run, Changed, Refused, Rows, Moved},
                 parent)
{}

void RunsModel::setRuns(const QList<core::BalancerRun> &runs, const QTimeZone &zone)
{
    beginResetModel();
    m_runs = runs;
    m_zone = zone;
    endResetModel();
}

const core::BalancerRun *RunsModel::run(qint64 runId) const
{
    const auto it = std::find_if(
            m_runs.cbegin(), m_runs.cend(), [=](const core::BalancerRun &r) { return r.id == runId; });
    return it == m_runs.cend() ? nullptr : &*it;
}

int RunsModel::rows() const
{
    return int(m_runs.size());
}

QVariant RunsModel::cell(int row, int column, int role) const
{
    const core::BalancerRun &run = m_runs.at(row);
    if (role == IdRole)
        return run.id;
    switch (Column(column)) {
    case Run:
        return CellData::id(run.id, role);
    case Started:
        switch (role) {
        case Qt::DisplayRole:
            return LedgerText::dateTime(run.createdAt, m_zone);
        case ExportRole:
            return run.createdAt.toString(Qt::ISODate);
        case SortRole:
            return run.createdAt;
        default:
            return {};
        }
    case By:
        return CellData::text(run.createdBy, role);
    case Method:
        return CellData::text(methodText(run), role);
    case Scope:
        return CellData::text(scopeText(run), role);
    case AsOf:
        return run.asOf.isValid() ? CellData::date(run.asOf, role) : CellData::text({}, role);
    case VoidTransfers:
        return CellData::text(run.voidTransfers ? tr("Yes") : QString(), role);
    case Status:
        return CellData::text(statusText(run), role);
    case Changed:
        return CellData::count(run.familiesChanged, role);
    case Refused:
        return CellData::count(run.familiesRefused, role);
    case Rows:
        return CellData::count(run.rowsWritten, role);
    case Moved:
        return CellData::money(run.amountMoved, role);
    }
    return {};
}

QString RunsModel::methodText(const core::BalancerRun &run)
{
    if (run.isUndo())
        return tr("Undo of run #%1").arg(run.reversesRunId);
    const std::optional<core::BalancerMethod> method = core::parseBalancerMethod(run.method);
    return method ? core::balancerMethodLabel(*method) : run.method;
}

QString RunsModel::scopeText(const core::BalancerRun &run)
{
    return run.familyId ? tr("Account #%1").arg(run.familyId) : tr("All families");
}

QString RunsModel::statusText(const core::BalancerRun &run)
{
    const QString status = core::balancerRunStatusLabel(run.status);
    return run.reversedByRunId ? tr("%1, undone by run #%2").arg(status, QString::number(run.reversedByRunId)) : status;
}

} // namespace paydesk::ui
