#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class MigrationsModel;

// Tools > Migrations, drchrono's quick view of every migration: ID, Name, Practice Group,
// Created at, Created by, Status, Completed On, newest first, 50 a page. Typing in Search
// filters (Enter goes to the list); "← Page 2 of 3 →" pages, by its buttons or PgUp/PgDn;
// Enter or a double-click on a row opens its log. While a migration shown is In Progress
// the page reads itself again every few seconds. Run Nightly Job Now (administrator) runs the
// one nightly job here, as `run-nightly` would at this moment, with the conversion's progress
// (families done, rows written) on a bar: the one place a running conversion can be watched,
// as its transaction shows nothing to other connections until it commits.
class MigrationsDialog : public QDialog
{
    Q_OBJECT

public:
    // How often the page is read again while a migration shown is In Progress.
    static constexpr int refreshMs = 3000;

    MigrationsDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    MigrationsModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *pageLabel() const { return m_pageLabel; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QTimer *refreshTimer() const { return m_refresh; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QPushButton *runNightlyButton() const { return m_runNightly; }
    QLabel *resultLabel() const { return m_result; }

public Q_SLOTS:
    // Reads the page shown again (after the nightly job moved a status on).
    void reload();
    void showPage(int page);
    void previousPage();
    void nextPage();
    // Opens the log of the current row.
    void openLog();
    // The nightly job, now: what it did goes under the list.
    void runNightly();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void read(const QString &search, int page);
    void afterRead();

    const core::Database &m_db;
    QString m_user;
    bool m_loaded = false;
    MigrationsModel *m_model;
    ListTableView *m_view;
    QLineEdit *m_search;
    QPushButton *m_previous;
    QLabel *m_pageLabel;
    QPushButton *m_next;
    QLabel *m_count;
    ErrorLabel *m_errors;
    QLabel *m_result;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_runNightly;
    QTimer *m_refresh;
};

} // namespace paydesk::ui
