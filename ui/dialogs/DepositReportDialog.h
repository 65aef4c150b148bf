#pragma once

#include "reports/DepositReport.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTableView;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class DateEdit;
class DepositLinesModel;
class ErrorLabel;

// The day's takings for the bank deposit: every payment, void and refund of the chosen
// date with totals by method and by user; exported as CSV or printed through a PDF.
class DepositReportDialog : public QDialog
{
    Q_OBJECT

public:
    DepositReportDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    const core::DepositReport &report() const { return m_report; }

    // The printable form; `printedBy` names who printed it.
    static QString html(const core::DepositReport &report, const QString &printedBy);

private:
    void rebuild();
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
};

} // namespace paydesk::ui
