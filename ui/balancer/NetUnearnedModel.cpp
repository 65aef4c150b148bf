#include "balancer/NetUnearnedModel.h"

namespace paydesk::ui {

NetUnearnedModel::NetUnearnedModel(QObject *parent)
    : FamilyLinesModel(
            {tr("Account #"), tr("Guarantor"), tr("Unearned"), tr("Oldest"), tr("Days held"), tr("Charges owe")},
            {Family, Unearned, DaysHeld, ChargesOwe},
            parent)
{}

QVariant NetUnearnedModel::lineCell(const core::NetUnearnedReport::Line &line, int column, int role) const
{
    switch (Column(column)) {
    case Family:
    case Guarantor:
        break;
    case Unearned:
        return CellData::money(line.unearned, role);
    case Oldest:
        return CellData::date(line.oldest, role);
    case DaysHeld:
        return CellData::count(line.daysHeld, role);
    case ChargesOwe:
        return CellData::money(line.chargesOwe, role);
    }
    return {};
}

} // namespace paydesk::ui
