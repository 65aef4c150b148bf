#include "reports/AgingModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

namespace {

QStringList headers()
{
    QStringList titles{AgingModel::tr("Account #"), AgingModel::tr("Guarantor")};
    for (int bucket = 0; bucket < core::AgedBalance::bucketCount; ++bucket)
        titles << core::Aging::bucketLabel(core::AgedBalance::Bucket(bucket));
    return titles << AgingModel::tr("Balance");
}

} // namespace

AgingModel::AgingModel(QObject *parent)
    : TableModel(headers(), {Family, Days0To30, Days31To60, Days61To90, Over90, Balance}, parent)
{}

void AgingModel::setLines(const QList<core::AgingReport::Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int AgingModel::rows() const
{
    return int(m_lines.size());
}

QVariant AgingModel::cell(int row, int column, int role) const
{
    const core::AgingReport::Line &line = m_lines.at(row);
    if (role == IdRole)
        return line.familyId;
    switch (Column(column)) {
    case Family:
        return CellData::id(line.familyId, role);
    case Guarantor:
        return CellData::text(line.guarantor, role);
    case Days0To30:
    case Days31To60:
    case Days61To90:
    case Over90:
        return CellData::money(line.aged.buckets[size_t(column - Days0To30)], role);
    case Balance:
        return CellData::money(line.aged.balance, role);
    }
    return {};
}

} // namespace paydesk::ui
