#pragma once

#include "reports/DepositReport.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimeZone;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class DateEdit;
class DepositLinesModel;
class ErrorLabel;

// The day's takings for the bank deposit: every payment, void and refund of the chosen
// date with totals by method and by user; exported as CSV or printed through a PDF.
//
// The report shown is always that of the date in the field, once the clerk has finished it
// (Enter, Tab, the calendar, Up or Down): never one of the dates a text passes through as
// it is typed, and nothing, beside the field's message, while the field is refused.
class DepositReportDialog : public QDialog
{
    Q_OBJECT

public:
    DepositReportDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    // Shows the report of `date`, as if the clerk had typed it.
    void setDate(const QDate &date);
    // The report shown; its date is null while none is.
    const core::DepositReport &report() const { return m_report; }

    // The printable form; `printedBy` names who printed it, now in the practice's time zone
    // (`zone`).
    static QString html(const core::DepositReport &report, const QString &printedBy, const QTimeZone &zone);

private:
    // Builds and shows the report of the date in the field, or nothing when it is refused.
    void rebuild();
    // Shows the report held in m_report (none while its date is null).
    void showReport();
    void exportCsv();
    void savePdf();
    QString documentTitle() const;

    const core::Database &m_db;
    QString m_user;
    core::DepositReport m_report;

    DateEdit *m_date;
    DepositLinesModel *m_lines;
    QTableView *m_view;
    QFormLayout *m_byMethod;
    QFormLayout *m_byUser;
    QLabel *m_total;
    ErrorLabel *m_errors;
    QList<QPushButton *> m_documents; // what exports or prints the report shown
};

} // namespace paydesk::ui
