#pragma once

#include "ledger/FamilyAccount.h"
#include "ledger/ItemVoider.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;

// Confirms the void of a charge or an adjustment entered by mistake: what it is, the void
// that will be written, and which payments get back what they paid on it as unallocated
// credit (ItemVoider's preview), then asks why. The constructor throws core::Refusal when
// the item may not be voided; a refusal at the void itself shows under the reason and the
// dialog stays open.
class ItemVoidDialog : public QDialog
{
    Q_OBJECT

public:
    ItemVoidDialog(
            const core::Database &db, QString user, core::ItemVoid::Item item, qint64 id, QWidget *parent = nullptr);

    // The void written; valid when accepted.
    const core::ItemVoid &written() const { return m_done; }

    void accept() override;

private:
    QString itemText() const;
    QString previewText() const;

    const core::Database &m_db;
    QString m_user;
    core::FamilyAccount m_account;
    core::ItemVoid m_preview;
    core::ItemVoid m_done;

    QLineEdit *m_reason;
    ErrorLabel *m_errors;
    QPushButton *m_ok;
};

} // namespace paydesk::ui
