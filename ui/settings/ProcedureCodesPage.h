#pragma once

#include "ledger/ProcedureCodes.h"
#include "settings/CodeTablePage.h"

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class MoneyEdit;
class ProcedureCodesModel;

// Settings > Procedure codes: the fee schedule the charge entry completes from. The selected
// code's description and fee can be changed; New code adds one; Remove takes a code out of
// the table (charges keep their own code, description and amount) once the clerk confirms,
// and its question answers No to Enter or a typed "y".
class ProcedureCodesPage : public CodeTablePage
{
    Q_OBJECT

public:
    ProcedureCodesPage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    ProcedureCodesModel *model() const { return m_model; }

public Q_SLOTS:
    // Asks, then removes the current code.
    void removeCurrent();

protected:
    void readTable() override;
    void fillForm(int row) override;
    std::optional<QString> saveForm() override;
    QWidget *firstField() const override;
    QLineEdit *codeField() const override;
    void formEdited() override;

private:
    ProcedureCodesPage(const core::Database &db, const QString &user, ProcedureCodesModel *model, QWidget *parent);
    // Reads the form into `code` and returns what is wrong with it: ProcedureCodes' own
    // checks, and a fee that is not an amount (then left out of `code`).
    QStringList readForm(core::ProcedureCode &code) const;

    const core::Database &m_db;
    QString m_user;
    ProcedureCodesModel *m_model;
    QLineEdit *m_code;
    QLineEdit *m_description;
    MoneyEdit *m_fee;
    QPushButton *m_remove;
};

} // namespace paydesk::ui
