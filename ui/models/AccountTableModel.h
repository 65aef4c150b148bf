#pragma once

#include "ledger/FamilyAccount.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace paydesk::ui {

// A table over one part of a family's account. The account is one family, so it is held
// whole (its lists are implicitly shared with the other tables of the same account) and
// replaced whole after a posting.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setAccount(const core::FamilyAccount &account);
    const core::FamilyAccount &account() const { return m_account; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // Headers of `numericColumns` are right-aligned, like their cells.
    AccountTableModel(QStringList headers, QList<int> numericColumns, QObject *parent);

    // Called when a new account is in place, before views see it: for per-account sums.
    virtual void accountChanged() {}
    virtual int rows() const = 0;
    // Only called for valid indexes.
    virtual QVariant cell(int row, int column, int role) const = 0;

    QString patientName(qint64 patientId) const;
    QString providerCode(qint64 providerId) const { return m_account.providerCodes.value(providerId); }
    QString clinicCode(qint64 clinicId) const { return m_account.clinicCodes.value(clinicId); }

private:
    QStringList m_headers;
    QList<int> m_numericColumns;
    core::FamilyAccount m_account;
};

} // namespace paydesk::ui
