#pragma once

#include "reports/AgingReport.h"
#include "reports/FamilyReportDialog.h"

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class AgingModel;
class DateEdit;

// Reports > Aging: every family that owes on the as-of date with its balance by age (0–30,
// 31–60, 61–90, over 90 days; core::Aging), sortable, with the totals per bucket, exported
// as the report's CSV. Enter in the date field shows the report for that date.
class AgingDialog : public FamilyReportDialog
{
    Q_OBJECT

public:
    // The report is built as of `today` first.
    AgingDialog(const core::Database &db, const QString &user, const QDate &today, QWidget *parent = nullptr);

    const core::AgingReport &report() const { return m_report; }
    DateEdit *asOf() const { return m_asOf; }

public Q_SLOTS:
    // Builds the report again as of the date in the field.
    void rebuild();

protected:
    void writeCsv(const QString &path) const override { m_report.writeCsv(path); }
    QString csvFileName() const override;
    QString exportTitle() const override { return tr("Export aging"); }

private:
    const core::Database &m_db;
    QString m_user;
    core::AgingReport m_report;
    AgingModel *m_model;
    DateEdit *m_asOf;
};

} // namespace paydesk::ui
