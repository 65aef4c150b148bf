#include "dialogs/AllocationGridModel.h"

#include "dialogs/ErrorLabel.h"
#include "ledger/FamilyAccount.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QStyle>

#include <algorithm>
#include <tuple>

namespace paydesk::ui {

using core::Money;
using core::OpenItem;

AllocationGridModel::AllocationGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AllocationGridModel::setAccount(const core::FamilyAccount &account)
{
    beginResetModel();
    // The order AutoAllocator pays in without a preferred patient, so the rows read top
    // down the way the money goes.
    m_items = core::AutoAllocator::openItems(account);
    std::sort(m_items.begin(), m_items.end(), [](const OpenItem &a, const OpenItem &b) {
        const auto rank = [](const OpenItem &i) {
            return std::tuple(i.date, i.target.kind != core::AllocationTarget::Kind::Charge, i.target.id);
        };
        return rank(a) < rank(b);
    });
    m_texts.clear();
    for (const OpenItem &item : std::as_const(m_items))
        m_texts.append(LedgerText::item(account, item.target));
    m_applied = QList<Money>(m_items.size());
    endResetModel();
    Q_EMIT appliedChanged();
}

void AllocationGridModel::setPaymentDate(const QDate &date)
{
    if (date == m_paymentDate)
        return;
    m_paymentDate = date;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool AllocationGridModel::isPaidAfterPayment(int row) const
{
    return m_paymentDate.isValid() && m_items[row].date > m_paymentDate && !m_applied[row].isZero();
}

QList<core::OpenItem> AllocationGridModel::paidAfterPayment() const
{
    QList<core::OpenItem> result;
    for (int row = 0; row < m_items.size(); ++row) {
        if (isPaidAfterPayment(row))
            result.append(m_items[row]);
    }
    return result;
}

void AllocationGridModel::setSplits(const QList<core::Split> &splits)
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        const auto split = std::find_if(
                splits.begin(), splits.end(), [&](const core::Split &s) { return s.target == m_items[row].target; });
        m_applied[row] = split == splits.end() ? Money() : split->amount;
    }
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT appliedChanged();
}

void AllocationGridModel::clearApplied()
{
    setSplits({});
}

QList<core::Split> AllocationGridModel::splits() const
{
    QList<core::Split> result;
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (!m_applied[row].isZero())
            result.append({m_items[row].target, m_applied[row]});
    }
    return result;
}

Money AllocationGridModel::applied() const
{
    Money total;
    for (Money m : m_applied)
        total += m;
    return total;
}

bool AllocationGridModel::isProblem(int row) const
{
    return m_applied[row].isNegative() || m_applied[row] > m_items[row].balance;
}

QStringList AllocationGridModel::problems() const
{
    QStringList result;
    for (int row = 0; row < m_items.size(); ++row) {
        if (!isProblem(row))
            continue;
        const LedgerText::Item &t = m_texts[row];
        if (m_applied[row].isNegative())
            result << tr("The amount %1 applied to %2 of %3 is negative.")
                              .arg(LedgerText::money(m_applied[row]), t.code, LedgerText::date(t.date));
        else
            result << tr("The amount %1 applied to %2 of %3 is more than its balance of %4.")
                              .arg(LedgerText::money(m_applied[row]),
                                   t.code,
                                   LedgerText::date(t.date),
                                   LedgerText::money(m_items[row].balance));
    }
    return result;
}

int AllocationGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AllocationGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const LedgerText::Item &t = m_texts[row];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return LedgerText::date(t.date);
        case PatientColumn:
            return t.patient;
        case CodeColumn:
            return t.code;
        case DescriptionColumn:
            return t.description;
        case BalanceColumn:
            return LedgerText::money(m_items[row].balance);
        case ApplyColumn:
            return m_applied[row].isZero() ? QString() : LedgerText::money(m_applied[row]);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn || index.column() == ApplyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if ((index.column() == ApplyColumn && isProblem(row))
            || (index.column() == DateColumn && isPaidAfterPayment(row)))
            return QBrush(ErrorLabel::color());
        break;
    case Qt::FontRole:
        if (index.column() == DateColumn && isPaidAfterPayment(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == DateColumn && isPaidAfterPayment(row))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case AfterPaymentRole:
        return isPaidAfterPayment(row);
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && isPaidAfterPayment(row))
            return tr("Dated after the payment date %1, and paid by it.").arg(LedgerText::date(m_paymentDate));
        if (index.column() == ApplyColumn)
            return tr("Type the amount to apply to this item; Auto-allocate (Alt+A) fills the column oldest first.");
        break;
    }
    return {};
}

QVariant AllocationGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PatientColumn:
        return tr("Patient");
    case CodeColumn:
        return tr("Code");
    case DescriptionColumn:
        return tr("Description");
    case BalanceColumn:
        return tr("Balance");
    case ApplyColumn:
        return tr("Apply");
    }
    return {};
}

Qt::ItemFlags AllocationGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ApplyColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AllocationGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ApplyColumn || !value.canConvert<qlonglong>())
        return false;
    try {
        m_applied[index.row()] = Money::fromCents(value.toLongLong());
    } catch (const core::MoneyOverflow &) {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), DateColumn), index); // the date may be marked now
    Q_EMIT appliedChanged();
    return true;
}

} // namespace paydesk::ui
