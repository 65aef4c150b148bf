#include "billing/StatementHistoryModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

StatementHistoryModel::StatementHistoryModel(QObject *parent)
    : TableModel({tr("Date"), tr("Statement"), tr("Balance"), tr("Amount due"), tr("On a payment plan")},
                 {Number, Balance, AmountDue},
                 parent)
{}

void StatementHistoryModel::setStatements(const QList<core::SentStatement> &statements)
{
    beginResetModel();
    m_statements = statements;
    endResetModel();
}

QVariant StatementHistoryModel::cell(int row, int column, int role) const
{
    const core::SentStatement &statement = m_statements.at(row);
    if (role == IdRole)
        return statement.id;
    switch (Column(column)) {
    case Date:
        return CellData::date(statement.date, role);
    case Number:
        return CellData::count(statement.number, role);
    case Balance:
        return CellData::money(statement.balance, role);
    case AmountDue:
        return CellData::money(statement.amountDue, role);
    case OnPlan:
        return CellData::text(statement.planId ? tr("Yes") : tr("No"), role);
    }
    return {};
}

} // namespace paydesk::ui
