#pragma once

#include "portal/PortalException.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class PatientSearchPanel;

// Match… on the exceptions queue: what the record says (amount, date, patient, account
// number, why it did not post) over a patient search started from the record's account
// number or patient's last name. Enter on a patient (or Post to this family) posts the
// transaction on that patient's family in one click (PortalExceptionQueue::match, as a fetch
// would have); a refusal shows here and the dialog stays open.
class PortalMatchDialog : public QDialog
{
    Q_OBJECT

public:
    PortalMatchDialog(const core::Database &db,
                      const QString &user,
                      const core::portal::PortalException &exception,
                      QWidget *parent = nullptr);

    PatientSearchPanel *search() const { return m_search; }
    QPushButton *postButton() const { return m_post; }
    // The payment or refund the match wrote, once accepted.
    qint64 postedId() const { return m_posted; }
    // The family it was posted on, once accepted.
    qint64 familyId() const { return m_family; }

    // Posts on `familyId`; false (the reason shown) when refused.
    bool matchTo(qint64 familyId);

private:
    const core::Database &m_db;
    QString m_user;
    core::portal::PortalException m_exception;
    PatientSearchPanel *m_search;
    QPushButton *m_post;
    ErrorLabel *m_errors;
    qint64 m_posted = 0;
    qint64 m_family = 0;
};

} // namespace paydesk::ui
