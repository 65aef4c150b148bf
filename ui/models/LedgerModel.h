#pragma once

#include "ledger/AccountLedger.h"
#include "models/AccountTableModel.h"

namespace paydesk::ui {

// The Ledger tab: the family's charges, adjustments, insurance, payments, voids, refunds and
// income transfers in date order with the running balance (core::AccountLedger). The
// amount is signed by its effect on the balance. IdRole is a row key unique in the list
// (entryKey); entry() tells which record a row shows, for going to its own tab.
class LedgerModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Type, Patient, Description, Amount, Balance };

    explicit LedgerModel(QObject *parent = nullptr);

    const core::LedgerEntry &entry(int row) const { return m_entries.at(row); }
    // The IdRole of a row showing record `id` of `kind`: unique per row but for a transfer's
    // lines, which share their transfer's key.
    static qint64 entryKey(core::LedgerEntry::Kind kind, qint64 id);
    static QString kindText(core::LedgerEntry::Kind kind);

protected:
    void accountChanged() override;
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::LedgerEntry> m_entries;
};

} // namespace paydesk::ui
