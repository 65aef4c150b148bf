#pragma once

#include "collections/CollectionPlan.h"
#include "collections/CollectionPlanService.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class CollectionCodeCombo;
class DateEdit;
class ErrorLabel;
class MoneyEdit;

// CGM's Non-Delinquent Payment Plan screen, and with Delinquent checked the collection
// payment plan of an account in collections: the reference's fields in its order (Start Date
// of Plan, Payment Amount, Payment Days, Next Payment Date, Last Payment Date and Amount,
// Status for Default, CGM webPAY with Merchant, Payment Method, Card Holder Name and Zip
// Code). Next Payment Date follows start + Payment Days until the clerk types one of its own.
// A Status for Default other than the kind's failed code is said to stay put, as the
// reference notes.
// What core::CollectionPlanService::problems() finds is said under the field it is about;
// why the family may not have the plan (refusal()) is said at the top, and Save stays off.
// For a family with an Active plan the screen edits its terms (amount, days, next date,
// Status for Default) and can end it with a note. There is no field for a card number or
// security code: the processor collects with a token PayDesk does not hold.
class CollectionPlanDialog : public QDialog
{
    Q_OBJECT

public:
    CollectionPlanDialog(const core::Database &db,
                         const QString &user,
                         qint64 familyId,
                         const QString &guarantor,
                         QWidget *parent = nullptr);

    // Whether the screen edits the family's Active plan rather than adding one.
    bool editing() const { return m_active.has_value(); }
    // Whether a plan was added, changed or ended.
    bool changed() const { return m_changed; }

    QCheckBox *delinquentBox() const { return m_delinquent; }
    DateEdit *startEdit() const { return m_start; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QLineEdit *daysEdit() const { return m_days; }
    DateEdit *nextEdit() const { return m_next; }
    CollectionCodeCombo *defaultStatusCombo() const { return m_defaultStatus; }
    QCheckBox *webPayBox() const { return m_webPay; }
    QComboBox *merchantCombo() const { return m_merchant; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *holderEdit() const { return m_holder; }
    QLineEdit *zipEdit() const { return m_zip; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *endButton() const { return m_end; }
    // The refusal at the top, empty when the family may have the plan.
    QString refusal() const;

    // Saves (adds, or edits the Active plan); stays open, with the problems beside their
    // fields, when anything is refused.
    void accept() override;

private:
    void read();
    void kindChanged();
    void nextFollowsStart();
    core::CollectionPlan::Kind kind() const;
    // The fields as typed; those that cannot be read are left blank and noted (m_unreadable).
    core::CollectionPlanDraft draft();
    // Shows each problem beside its field; true when there is none, unreadable fields included.
    bool showProblems(const QList<core::CollectionPlanProblem> &problems);
    void clearProblems();
    bool add();
    bool edit();
    void endPlan();
    void updateFields();

    const core::Database &m_db;
    QString m_user;
    qint64 m_familyId;
    QString m_guarantor;
    std::optional<core::CollectionPlan> m_active;
    bool m_changed = false;
    bool m_nextTyped = false;     // the clerk typed a Next Payment Date of their own
    bool m_defaultChosen = false; // the clerk chose a Status for Default

    QLabel *m_heading;
    ErrorLabel *m_refusal;
    QCheckBox *m_delinquent;
    DateEdit *m_start;
    MoneyEdit *m_amount;
    QLineEdit *m_days;
    DateEdit *m_next;
    QLabel *m_lastDate;
    QLabel *m_lastAmount;
    CollectionCodeCombo *m_defaultStatus;
    QLabel *m_stays; // a Status for Default other than the kind's failed code stays put
    QCheckBox *m_webPay;
    QComboBox *m_merchant;
    QComboBox *m_method;
    QLineEdit *m_holder;
    QLineEdit *m_zip;
    QPushButton *m_save;
    QPushButton *m_end;
    ErrorLabel *m_errors;
    // The message label of each field, by core::CollectionPlanProblem::Field.
    QList<ErrorLabel *> m_messages;
    // The fields whose text could not be read at the last Save (draft()).
    QList<core::CollectionPlanProblem::Field> m_unreadable;
};

} // namespace paydesk::ui
