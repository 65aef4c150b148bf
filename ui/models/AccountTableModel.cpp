#include "models/AccountTableModel.h"

namespace paydesk::ui {

void AccountTableModel::setAccount(const core::FamilyAccount &account)
{
    beginResetModel();
    m_account = account;
    accountChanged();
    endResetModel();
}

QString AccountTableModel::patientName(qint64 patientId) const
{
    const core::Patient *patient = m_account.member(patientId);
    return patient ? patient->displayName() : QString::number(patientId);
}

} // namespace paydesk::ui
