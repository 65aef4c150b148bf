#pragma once

#include "models/TableModel.h"
#include "portal/PortalException.h"

namespace paydesk::ui {

// The exceptions queue of Fetch and Process Reports (core::portal::PortalExceptionQueue::list):
// each record that could not post, with what was read from it and why. A short list by
// nature (each one is a clerk's work), so it is read whole.
class PortalExceptionModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Id, File, Line, Date, Amount, Patient, Account, Reason, Status };

    explicit PortalExceptionModel(QObject *parent = nullptr);

    void setRows(QList<core::portal::PortalException> rows);
    const core::portal::PortalException &row(int row) const { return m_rows.at(row); }

protected:
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::portal::PortalException> m_rows;
};

} // namespace paydesk::ui
