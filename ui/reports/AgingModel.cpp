#include "reports/AgingModel.h"

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
    : FamilyLinesModel(headers(), {Family, Days0To30, Days31To60, Days61To90, Over90, Balance}, parent)
{}

QVariant AgingModel::lineCell(const core::AgingReport::Line &line, int column, int role) const
{
    switch (Column(column)) {
    case Days0To30:
    case Days31To60:
    case Days61To90:
    case Over90:
        return CellData::money(line.aged.buckets[size_t(column - Days0To30)], role);
    case Balance:
        return CellData::money(line.aged.balance, role);
    case Family:
    case Guarantor:
        break;
    }
    return {};
}

} // namespace paydesk::ui
