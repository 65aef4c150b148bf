#pragma once

#include "reports/AgingReport.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class AgingModel;
class DateEdit;
class ErrorLabel;
class ListTableView;

// Reports > Aging: every family that owes on the as-of date with its balance by age (0–30,
// 31–60, 61–90, over 90 days; core::Aging), sortable, with the totals per bucket, exported
// as the report's CSV. Enter or a double-click on a family closes the report and opens the
// family's account.
class AgingDialog : public QDialog
{
    Q_OBJECT

public:
    // The report is built as of `today` first.
    AgingDialog(const core::Database &db, const QDate &today, QWidget *parent = nullptr);

    const core::AgingReport &report() const { return m_report; }
    DateEdit *asOf() const { return m_asOf; }
    ListTableView *lines() const { return m_lines; }
    QLabel *totals() const { return m_totals; }
    // The family the clerk chose to open (0: none).
    qint64 chosenFamilyId() const { return m_chosenFamilyId; }

    // Writes the report as CSV (AgingReport's columns); false, with the reason shown, when
    // the file cannot be written.
    bool exportTo(const QString &path);

public Q_SLOTS:
    // Builds the report again as of the date in the field.
    void rebuild();
    // Asks for a file name, then exports.
    void exportCsv();

private:
    void openFamily(qint64 familyId);

    const core::Database &m_db;
    core::AgingReport m_report;
    qint64 m_chosenFamilyId = 0;

    DateEdit *m_asOf;
    AgingModel *m_model;
    ListTableView *m_lines;
    QLabel *m_totals;
    QPushButton *m_open;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
