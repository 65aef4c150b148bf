#pragma once

#include "ledger/FamilyAccount.h"
#include "models/TableModel.h"

namespace paydesk::ui {

// A table over one part of a family's account. The account is one family, so it is held
// whole (its lists are implicitly shared with the other tables of the same account) and
// replaced whole after a posting.
class AccountTableModel : public TableModel
{
    Q_OBJECT

public:
    void setAccount(const core::FamilyAccount &account);
    const core::FamilyAccount &account() const { return m_account; }

protected:
    using TableModel::TableModel;

    // Called when a new account is in place, before views see it: for per-account sums.
    virtual void accountChanged() {}

    QString patientName(qint64 patientId) const;
    QString providerCode(qint64 providerId) const { return m_account.providerCodes.value(providerId); }
    QString clinicCode(qint64 clinicId) const { return m_account.clinicCodes.value(clinicId); }

private:
    core::FamilyAccount m_account;
};

} // namespace paydesk::ui
