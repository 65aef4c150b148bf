#pragma once

#include "reports/NetUnearnedReport.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class NetUnearnedModel;

// Reports > Net Unearned Income: the families still holding prepayments after a
// conversion or a balancer run, how long they have held them and what their charges still
// owe, with totals; exported as CSV. Enter or a double-click on a family closes the report
// and opens that family's account.
class NetUnearnedDialog : public QDialog
{
    Q_OBJECT

public:
    NetUnearnedDialog(const core::Database &db, QWidget *parent = nullptr);

    const core::NetUnearnedReport &report() const { return m_report; }
    ListTableView *lines() const { return m_lines; }
    // The family the clerk chose to open (0: none).
    qint64 chosenFamilyId() const { return m_chosenFamilyId; }

    // Writes the report as CSV (NetUnearnedReport's columns); false, with the reason shown,
    // when the file cannot be written.
    bool exportTo(const QString &path);

public Q_SLOTS:
    // Builds the report again, as of today.
    void rebuild();
    // Asks for a file name, then exports.
    void exportCsv();

private:
    void openFamily(qint64 familyId);

    const core::Database &m_db;
    core::NetUnearnedReport m_report;
    qint64 m_chosenFamilyId = 0;

    NetUnearnedModel *m_model;
    ListTableView *m_lines;
    QLabel *m_totals;
    QPushButton *m_open;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
