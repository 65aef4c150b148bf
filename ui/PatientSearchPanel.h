#pragma once

#include "ledger/Patient.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTimer;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class PatientSearchModel;

// Type-ahead patient search (PatientSearch: name words in any order, a birth date, an account
// number). The search runs a moment after the clerk stops typing. Enter in the box opens the
// first match (or the row last chosen in the list); Down moves into the results, where Enter
// opens the chosen row and Escape goes back to the box.
class PatientSearchPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 200;

    explicit PatientSearchPanel(QWidget *parent = nullptr);

    void setDatabase(const core::Database *db);
    // Searches for `text` at once, as if typed and waited for.
    void search(const QString &text);
    // Focuses the search box with its text selected, ready to type over.
    void focusSearch();
    // Searches for the family's account number, which lists its members, with `patientId`
    // chosen: after the desk opened an account by another way than this search (a new
    // family or patient, a report's Open account), the list shows that account, not the
    // previous search's.
    void showFamily(qint64 familyId, qint64 patientId);

    QLineEdit *searchEdit() const { return m_edit; }
    // Under the box: why what was typed finds nobody ("13/45/1990" is not a date).
    ErrorLabel *message() const { return m_message; }
    ListTableView *results() const { return m_results; }
    PatientSearchModel *model() const { return m_model; }
    std::optional<core::Patient> currentPatient() const;

Q_SIGNALS:
    void patientActivated(const paydesk::core::Patient &patient);
    void searchFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Runs a pending search now (Enter must not wait for the debounce).
    void runSearch();
    // Runs a pending search and makes a row current; false when nothing matches.
    bool chooseRow();
    void enterResults();
    void openChosen();
    void updateCount();

    PatientSearchModel *m_model;
    QLineEdit *m_edit;
    ErrorLabel *m_message;
    ListTableView *m_results;
    QLabel *m_count;
    QTimer *m_debounce;
};

} // namespace paydesk::ui
