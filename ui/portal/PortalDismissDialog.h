#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;

// Dismiss… on the exceptions queue: closes an exception without posting, for a reason the
// audit trail keeps (Dismiss stays disabled until one is typed; Enter dismisses). A refusal
// shows here and the dialog stays open.
class PortalDismissDialog : public QDialog
{
    Q_OBJECT

public:
    PortalDismissDialog(const core::Database &db,
                        const QString &user,
                        qint64 exceptionId,
                        const QString &summary,
                        QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }

    void accept() override;

private:
    const core::Database &m_db;
    QString m_user;
    qint64 m_exceptionId;
    QLineEdit *m_reason;
    QPushButton *m_ok;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
