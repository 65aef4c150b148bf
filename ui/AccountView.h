#pragma once

#include "groups/PracticeGroup.h"
#include "ledger/FamilyAccount.h"
#include "migration/Migration.h"

#include <QWidget>

#include <array>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
struct LedgerEntry;
}

namespace paydesk::ui {

class AccountSummary;
class FamilyGroupPicker;
class AccountTableModel;
class LedgerModel;
class ListTableView;
class PatientResponsibilityPanel;
class TabStrip;

// One family's account: who is in it, the totals and the balance by age, its ledger (every
// dated item with the running balance, the first tab), and its charges, adjustments,
// payments, allocations, income transfers (net per patient/provider/clinic) and unearned
// income, each a sortable, exportable list. Enter or a double-click on a ledger row goes to
// that item on its own tab. Read whole through AccountReader and read again by refresh()
// after every posting. The last tab, Patient responsibility, is the family's statements and
// payment plan (the Patient Billing page's review shows the same panel).
class AccountView : public QWidget
{
    Q_OBJECT

public:
    enum class List { Ledger, Members, Charges, Adjustments, Payments, Allocations, Transfers, Unearned };
    static constexpr size_t listCount = 8;

    explicit AccountView(QWidget *parent = nullptr);

    // Null closes the account.
    void setDatabase(const core::Database *db);
    // Who changes the payment plan on the Patient responsibility tab.
    void setUser(const QString &user);
    // Shows the family; `patientId` is the member being served (0: the guarantor). False,
    // with loadFailed(), when the account cannot be read.
    bool openFamily(qint64 familyId, qint64 patientId = 0);
    void clear();

    bool hasFamily() const { return m_familyId != 0; }
    qint64 familyId() const { return m_familyId; }
    const core::FamilyAccount &account() const { return m_account; }
    // The member being served: the one opened from the search, or picked on Members.
    qint64 currentPatientId() const { return m_patientId; }
    void setCurrentPatient(qint64 patientId);
    // The family's practice group, read with the account.
    const core::PracticeGroup &practiceGroup() const { return m_group; }
    bool keepsLegacyLedger() const { return m_group.ledger == core::PracticeGroup::Ledger::Legacy; }
    // The migration In Progress for the family's group (core::PostingLock), read with the
    // account: the banner says so, and the desk's posting actions are disabled.
    const std::optional<core::Migration> &postingLock() const { return m_lock; }
    QLabel *lockBanner() const { return m_banner; }
    FamilyGroupPicker *groupPicker() const { return m_groupPicker; }
    // What the clerk selected on the tab shown, 0 for nothing: on Payments, Charges and
    // Adjustments their selected row; on the Ledger the selected row, as its kind says (a
    // payment, void or refund row is a payment; a charge, insurance or write-off row is its
    // charge; an adjustment row, voids included, is an adjustment); on any other tab nothing.
    // A row made current by tabbing into a list is not selected.
    qint64 selectedPaymentId() const;
    qint64 selectedChargeId() const;
    qint64 selectedAdjustmentId() const;

    AccountSummary *summary() const { return m_summary; }
    TabStrip *tabs() const { return m_tabs; }
    ListTableView *list(List which) const { return m_lists[size_t(which)]; }
    void showList(List which);
    // The list on the current tab, for the keyboard; null on Patient responsibility.
    ListTableView *currentList() const;
    PatientResponsibilityPanel *responsibility() const { return m_responsibility; }
    void showResponsibility();
    // Puts the cursor in the current tab: its list, or the payment plan toggle.
    void focusCurrentTab();

public Q_SLOTS:
    // Reads the open account again, keeping the tab and the selected rows.
    void refresh();

Q_SIGNALS:
    // After an open, a refresh or a clear.
    void accountChanged();
    void currentPatientChanged(qint64 patientId);
    // The tab shown or the row selected on it changed (selectedPaymentId() and its twins).
    void selectedItemChanged();
    void paymentActivated(qint64 paymentId);
    void chargeActivated(qint64 chargeId);
    void loadFailed(const QString &message);

private:
    ListTableView *addList(List which, AccountTableModel *model, int stretchColumn, const QList<int> &keyColumns,
                           const QString &exportName);
    // Shows the record behind a ledger row on its own tab.
    void showLedgerEntry(const QModelIndex &index);
    // The selected row of `which` when it is the tab shown, else 0.
    qint64 selectedIdOn(List which) const;
    // The selected row of the Ledger when it is the tab shown, else null.
    const core::LedgerEntry *selectedLedgerEntry() const;
    void showAccount(const core::FamilyAccount &account);
    void updateTitles();

    const core::Database *m_db = nullptr;
    QString m_user;
    qint64 m_familyId = 0;
    qint64 m_patientId = 0;
    core::FamilyAccount m_account;
    core::PracticeGroup m_group;
    std::optional<core::Migration> m_lock;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_banner;
    FamilyGroupPicker *m_groupPicker;
    AccountSummary *m_summary;
    TabStrip *m_tabs;
    QStackedWidget *m_pages;
    LedgerModel *m_ledger;
    std::array<AccountTableModel *, listCount> m_models{};
    std::array<ListTableView *, listCount> m_lists{};
    PatientResponsibilityPanel *m_responsibility = nullptr;
};

} // namespace paydesk::ui
