#pragma once

#include "models/AccountTableModel.h"

#include <QHash>

namespace paydesk::ui {

// The family's patients with what each owes and the credit each one's payments still hold.
class MembersModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, BirthDate, Guarantor, Outstanding, Unallocated };

    explicit MembersModel(QObject *parent = nullptr);

    // The row of a patient, -1 when not a member.
    int rowOf(qint64 patientId) const;

protected:
    void accountChanged() override;
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QHash<qint64, core::Money> m_outstanding;
    QHash<qint64, core::Money> m_unallocated;
};

} // namespace paydesk::ui
