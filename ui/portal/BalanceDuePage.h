#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class BalanceDueModel;
class ErrorLabel;
class ListTableView;
class QrCodeView;

// The Online payments page's balance-due list (`portal balance-due` on the desk): every
// family with a balance due, its account number (what the patient types on the guest-pay
// page), guarantor, balance and Pay Now address; beside it the address's QR code and the
// chosen family's account number, for a patient at the desk to scan. Copy link puts the
// address on the clipboard; Export CSV writes the CLI's file (BalanceDueList::writeCsv).
// Until the link is configured a banner says what is missing (PayNowLink), and no address
// or QR code shows. Enter or Open account opens the chosen family on the desk.
class BalanceDuePage : public QWidget
{
    Q_OBJECT

public:
    BalanceDuePage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    BalanceDueModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }
    QrCodeView *qrCode() const { return m_qr; }
    QLabel *banner() const { return m_banner; }
    // The address Copy link copies; empty while the link is not configured.
    const QString &payUrl() const { return m_payUrl; }

    // Reads the link and the list again.
    void load();
    // Writes the CLI's CSV to `path`; false (the reason under the list) when refused.
    bool exportTo(const QString &path);

public Q_SLOTS:
    void copyLink();

Q_SIGNALS:
    // Open account (or Enter on a row) chose this family.
    void familyChosen(qint64 familyId);

private:
    void showFamily();
    void exportCsv();
    void updateCount();

    const core::Database &m_db;
    QString m_user;
    QString m_payUrl;
    QLabel *m_banner;
    BalanceDueModel *m_model;
    ListTableView *m_view;
    QLabel *m_count;
    QrCodeView *m_qr;
    QLabel *m_address;
    QLabel *m_account;
    QPushButton *m_copy;
    QLabel *m_status;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
