#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class CollectionAccountPanel;
class CollectionRosterModel;
class ErrorLabel;
class ListTableView;

// Billing > Collections: the Collection Roster by status code. On the left the codes of the
// Collection Status Table with how many accounts hold each; beside them the roster of the
// code chosen (read a page at a time, Find by a guarantor's name or an account number, sort
// by any column, Export CSV writing what `paydesk-cli collections roster --csv` writes);
// under it the chosen account's status, plan and history. Set status… and Take out of
// collections… change the account with a note, Payment plan… opens the plan screen (the
// billing manager's work; front desk reads), Open account shows it on the desk. Populate
// Collection Roster runs the daily run up to a date, whose last step is the collections one.
class CollectionsDialog : public QDialog
{
    Q_OBJECT

public:
    CollectionsDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    QListWidget *codesList() const { return m_codes; }
    QLineEdit *findEdit() const { return m_find; }
    CollectionRosterModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }
    CollectionAccountPanel *accountPanel() const { return m_account; }
    QPushButton *setStatusButton() const { return m_setStatus; }
    QPushButton *takeOutButton() const { return m_takeOut; }
    QPushButton *planButton() const { return m_plan; }

    // Reads the codes' counts and the roster (when first shown, and after each change).
    void load();
    // Shows the roster of `code` (empty: every account with a status).
    void showCode(const QString &code);
    // Writes the roster of the code shown as CSV to `path`; false (the reason under the
    // roster) when refused.
    bool exportTo(const QString &path);
    // Whether a status or a plan was changed here: the account on the desk is read again.
    bool changed() const { return m_changed; }
    // The account Open account chose, 0 for none.
    qint64 chosenFamilyId() const { return m_chosen; }

public Q_SLOTS:
    void setStatus();
    void takeOut();
    void editPlan();
    void populate();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readCounts();
    void applyFilter();
    void showAccount();
    void exportCsv();
    void updateCount();
    // The chosen account, or 0 after saying to choose one first.
    qint64 chosenAccount();
    QString accountName(qint64 familyId) const;
    // After a change of `familyId`: the counts, the roster and the account read again.
    void afterChange(qint64 familyId);

    const core::Database &m_db;
    QString m_user;
    bool m_loaded = false;
    bool m_changed = false;
    qint64 m_chosen = 0;
    QListWidget *m_codes;
    QLineEdit *m_find;
    CollectionRosterModel *m_model;
    ListTableView *m_view;
    QLabel *m_count;
    QPushButton *m_setStatus;
    QPushButton *m_takeOut;
    QPushButton *m_plan;
    CollectionAccountPanel *m_account;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
