#pragma once

#include "reports/FamilyReportDialog.h"
#include "reports/NetUnearnedReport.h"

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class NetUnearnedModel;

// Reports > Net Unearned Income: the families still holding prepayments after a
// conversion or a balancer run, how long they have held them and what their charges still
// owe, with totals; exported as CSV (NetUnearnedReport's columns).
class NetUnearnedDialog : public FamilyReportDialog
{
    Q_OBJECT

public:
    NetUnearnedDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    const core::NetUnearnedReport &report() const { return m_report; }

public Q_SLOTS:
    // Builds the report again, as of today.
    void rebuild();

protected:
    void writeCsv(const QString &path) const override { m_report.writeCsv(path); }
    QString csvFileName() const override;
    QString exportTitle() const override { return tr("Export net unearned income"); }

private:
    const core::Database &m_db;
    QString m_user;
    core::NetUnearnedReport m_report;
    NetUnearnedModel *m_model;
};

} // namespace paydesk::ui
