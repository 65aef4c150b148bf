#pragma once

#include "models/TableModel.h"
#include "statements/StatementHistory.h"

namespace paydesk::ui {

// The statements the daily run sent to one family, newest first: the review dialog's
// Statement history tab. A family gets one a month at most, so the list is read whole.
class StatementHistoryModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Date, Number, Balance, AmountDue, OnPlan };

    explicit StatementHistoryModel(QObject *parent = nullptr);

    void setStatements(const QList<core::SentStatement> &statements);
    const core::SentStatement &statement(int row) const { return m_statements.at(row); }

protected:
    int rows() const override { return int(m_statements.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::SentStatement> m_statements;
};

} // namespace paydesk::ui
