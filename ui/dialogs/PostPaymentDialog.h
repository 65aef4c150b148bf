#pragma once

#include "ledger/AutoAllocator.h"
#include "ledger/FamilyAccount.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class AllocationGridModel;
class DateEdit;
class ErrorLabel;
class FamilyMemberCombo;
class MoneyEdit;
class PaymentMethodCombo;

// The copay screen: what the patient paid, then how it is spread over the family's open
// items, with a live preview of the posting. Built for the keyboard: focus starts on the
// amount; Tab runs down the form (amount, method, reference, date, note, the grid, its tools,
// Post); Alt+A fills the grid oldest first; Enter posts what the preview says (a payment dated before today only
// after a confirmation). The preview says when the grid pays items dated after the payment.
// "Print receipt" (remembered between sessions) asks the desk to offer the receipt.
// For a family whose practice group keeps the legacy ledger there is no grid and no
// auto-allocate: a note says why (the core's words) and the payment posts unallocated.
class PostPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws core::Refusal when the family does not exist.
    PostPaymentDialog(const core::Database &db,
                      const QString &user,
                      qint64 familyId,
                      qint64 patientId,
                      QWidget *parent = nullptr);

    // The new payment's id once the dialog was accepted; 0 before.
    qint64 postedPaymentId() const { return m_postedPaymentId; }
    // Whether the clerk wants the receipt of the posted payment.
    bool printReceipt() const;
    // Whether the family keeps the legacy ledger: the payment is taken without allocation.
    bool legacyLedger() const { return m_legacy; }

private:
    void autoAllocate();
    // Re-plans after the amount, the patient or "this patient first" changed, as long as
    // the grid still holds a plan that Auto-allocate made and the clerk has not edited.
    void replan();
    void updatePreview();
    void post();

    const core::Database &m_db;
    QString m_user;
    core::FamilyAccount m_account;
    qint64 m_postedPaymentId = 0;
    bool m_autoPlanned = false;
    bool m_legacy = false;

    FamilyMemberCombo *m_patient;
    MoneyEdit *m_amount;
    PaymentMethodCombo *m_method;
    QLineEdit *m_reference;
    DateEdit *m_date;
    QLineEdit *m_note;
    AllocationGridModel *m_grid;
    QTableView *m_gridView;
    QCheckBox *m_patientFirst;
    QCheckBox *m_printReceipt;
    QPushButton *m_autoAllocate;
    QPushButton *m_clear;
    QLabel *m_remaining;
    QLabel *m_summary;
    ErrorLabel *m_errors;
    QPushButton *m_post;
    QString m_gridMessage; // the last cell text the delegate refused
};

} // namespace paydesk::ui
