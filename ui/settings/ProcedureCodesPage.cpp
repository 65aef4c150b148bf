#include "settings/ProcedureCodesPage.h"

#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/MoneyEdit.h"
#include "models/ProcedureCodesModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>

namespace paydesk::ui {

ProcedureCodesPage::ProcedureCodesPage(const core::Database &db, const QString &user, QWidget *parent)
    : ProcedureCodesPage(db, user, new ProcedureCodesModel, parent)
{}

ProcedureCodesPage::ProcedureCodesPage(const core::Database &db, const QString &user, ProcedureCodesModel *model,
                                       QWidget *parent)
    : CodeTablePage(model, tr("Co&des:"), tr("Ne&w code"), parent)
    , m_db(db)
    , m_user(user)
    , m_model(model)
    , m_code(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_fee(new MoneyEdit(this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    m_code->setObjectName(QStringLiteral("code"));
    m_description->setObjectName(QStringLiteral("description"));
    m_fee->setObjectName(QStringLiteral("fee"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_fee->setPlaceholderText(tr("none: typed with each charge"));
    m_fee->setMaximumWidth(m_fee->fontMetrics().horizontalAdvance(m_fee->placeholderText()) * 3 / 2);
    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("Descr&iption:"), m_description);
    form()->addRow(tr("Default &fee:"), m_fee);
    watch(m_code);
    watch(m_description);
    watch(m_fee);
    m_remove->setAutoDefault(false);
    buttons()->insertWidget(2, m_remove);
    connect(m_remove, &QPushButton::clicked, this, &ProcedureCodesPage::removeCurrent);
    connect(list()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_remove->setEnabled(currentRow() >= 0); });
    reload();
}

void ProcedureCodesPage::readTable()
{
    m_model->setCodes(core::ProcedureCodes(m_db).list());
    m_remove->setEnabled(false);
}

void ProcedureCodesPage::fillForm(int row)
{
    const core::ProcedureCode code = row >= 0 ? m_model->code(row) : core::ProcedureCode{};
    m_code->setText(code.code);
    m_description->setText(code.description);
    if (code.fee)
        m_fee->setMoney(*code.fee);
    else
        m_fee->clear();
    m_remove->setEnabled(row >= 0);
}

QStringList ProcedureCodesPage::readForm(core::ProcedureCode &code) const
{
    code = {m_code->text(), m_description->text(), std::nullopt};
    QString feeProblem;
    if (!m_fee->text().trimmed().isEmpty()) {
        const core::MoneyParseResult fee = m_fee->money();
        if (fee)
            code.fee = fee.value();
        else
            feeProblem = fee.error();
    }
    QStringList problems = core::ProcedureCodes::problems(code);
    if (!feeProblem.isEmpty())
        problems << feeProblem;
    return problems;
}

std::optional<QString> ProcedureCodesPage::saveForm()
{
    core::ProcedureCode code;
    if (const QStringList problems = readForm(code); !problems.isEmpty()) {
        errors()->showMessages(problems);
        return std::nullopt;
    }
    core::ProcedureCodes codes(m_db);
    if (!adding())
        code.code = m_model->code(currentRow()).code;
    if (!errors()->run([&] { adding() ? codes.add(m_user, code) : codes.change(m_user, code); }))
        return std::nullopt;
    return code.code.trimmed();
}

void ProcedureCodesPage::formEdited()
{
    // The checks of the save, without writing: a message goes as soon as its field is right.
    core::ProcedureCode code;
    errors()->showMessages(readForm(code));
}

void ProcedureCodesPage::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const core::ProcedureCode code = m_model->code(row);
    if (!confirmRemoval(tr("Remove procedure code"),
                        tr("Remove %1 (%2) from the procedure codes? Charges already entered keep their code, "
                           "description and amount.")
                                .arg(code.code, code.description),
                        tr("Remove")))
        return;
    if (errors()->run([&] { core::ProcedureCodes(m_db).remove(m_user, code.code); })) {
        reload();
        showStatus(tr("Removed %1.").arg(code.code));
    }
}

QWidget *ProcedureCodesPage::firstField() const
{
    return m_description;
}

QLineEdit *ProcedureCodesPage::codeField() const
{
    return m_code;
}

} // namespace paydesk::ui
