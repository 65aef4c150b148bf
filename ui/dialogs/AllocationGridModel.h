#pragma once

#include "ledger/AutoAllocator.h"
#include "print/LedgerText.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace paydesk::core {
struct FamilyAccount;
}

namespace paydesk::ui {

// The family's open items (charges and stand-alone adjustments that still owe) in FIFO
// order, each with the amount the clerk applies to it from the payment being entered.
// Only the Apply column is editable; it takes integer cents (MoneyDelegate parses the
// text). Amounts that the posting would refuse are kept and reported by problems(), so
// the clerk sees the mistake instead of losing the keystrokes.
class AllocationGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, PatientColumn, CodeColumn, DescriptionColumn, BalanceColumn, ApplyColumn, ColumnCount };
    // bool: the row is dated after the payment and gets money from it.
    static constexpr int AfterPaymentRole = Qt::UserRole + 1;

    explicit AllocationGridModel(QObject *parent = nullptr);

    void setAccount(const core::FamilyAccount &account);
    // The date of the payment being entered: an item dated after it that gets money is
    // marked (AfterPaymentRole, a warning in the Date column) so the preview can say so.
    void setPaymentDate(const QDate &date);
    // The items dated after the payment date that the grid pays.
    QList<core::OpenItem> paidAfterPayment() const;
    const QList<core::OpenItem> &openItems() const { return m_items; }

    // Replaces every applied amount: items without a split are cleared.
    void setSplits(const QList<core::Split> &splits);
    void clearApplied();
    // The non-zero applied amounts, in row order.
    QList<core::Split> splits() const;
    core::Money applied() const;
    // One message per amount that is negative or above its item's balance.
    QStringList problems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Apply column, EditRole: the amount in cents (qlonglong).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void appliedChanged();

private:
    bool isProblem(int row) const;
    bool isPaidAfterPayment(int row) const;

    QList<core::OpenItem> m_items;
    QList<LedgerText::Item> m_texts;
    QList<core::Money> m_applied;
    QDate m_paymentDate;
};

} // namespace paydesk::ui
