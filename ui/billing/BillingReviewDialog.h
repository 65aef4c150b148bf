#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class AuditTrailModel;
class ErrorLabel;
class ListTableView;
class PatientResponsibilityPanel;

// The Patient Billing page's review of one account (ZOLL's review icon): the Patient
// responsibility tab (the payment plan toggle, amount and start, the same panel as the
// Account view's), the statements sent, and the family's audit entries (plans enabled,
// disabled, completed and changed, by users and by the daily run), newest first.
class BillingReviewDialog : public QDialog
{
    Q_OBJECT

public:
    BillingReviewDialog(const core::Database &db, const QString &user, qint64 familyId, QWidget *parent = nullptr);

    PatientResponsibilityPanel *responsibility() const { return m_responsibility; }
    // Null when the user's role may not read the audit trail.
    AuditTrailModel *auditModel() const { return m_auditModel; }
    QTabWidget *tabs() const { return m_tabs; }
    // Whether a plan was changed while the dialog was open: the page reads its lists again.
    bool changedPlan() const { return m_changed; }

private:
    void updateTitle();
    void readAudit();

    const core::Database &m_db;
    QString m_user;
    qint64 m_familyId;
    bool m_changed = false;
    QTabWidget *m_tabs;
    PatientResponsibilityPanel *m_responsibility;
    AuditTrailModel *m_auditModel = nullptr;
    ListTableView *m_audit = nullptr;
    ErrorLabel *m_errors;
    QLabel *m_heading;
};

} // namespace paydesk::ui
