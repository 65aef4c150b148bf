#include "settings/AdjustmentTypesPage.h"

#include "dialogs/ErrorLabel.h"
#include "ledger/AdjustmentTypes.h"
#include "settings/AdjustmentTypesModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace paydesk::ui {

AdjustmentTypesPage::AdjustmentTypesPage(const core::Database &db, const QString &user, QWidget *parent)
    : AdjustmentTypesPage(db, user, new AdjustmentTypesModel, parent)
{}

AdjustmentTypesPage::AdjustmentTypesPage(const core::Database &db, const QString &user, AdjustmentTypesModel *model,
                                         QWidget *parent)
    : CodeTablePage(model, tr("Adjustment &types:"), tr("Ne&w type"), parent)
    , m_db(db)
    , m_user(user)
    , m_model(model)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_sign(new QComboBox(this))
{
    m_code->setObjectName(QStringLiteral("code"));
    m_name->setObjectName(QStringLiteral("name"));
    m_sign->setObjectName(QStringLiteral("sign"));
    m_code->setToolTip(tr("What adjustments and the import files write, such as \"discount\"; chosen when the "
                          "type is added (New type), and kept."));
    for (core::AdjustmentSign sign : {core::AdjustmentSign::Lowers, core::AdjustmentSign::Raises, core::AdjustmentSign::Either})
        m_sign->addItem(AdjustmentTypesModel::signText(sign), int(sign));
    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("Si&gn:"), m_sign);
    watch(m_code);
    watch(m_name);
    watch(m_sign);
    reload();
}

void AdjustmentTypesPage::readTable()
{
    m_model->setTypes(core::AdjustmentTypes(m_db).list());
}

void AdjustmentTypesPage::fillForm(int row)
{
    const core::AdjustmentType type = row >= 0 ? m_model->type(row) : core::AdjustmentType{};
    m_code->setText(type.code);
    m_name->setText(row >= 0 ? core::AdjustmentTypes::displayName(type) : QString());
    m_sign->setCurrentIndex(m_sign->findData(int(type.sign)));
}

std::optional<QString> AdjustmentTypesPage::saveForm()
{
    core::AdjustmentType type{m_code->text(), m_name->text(),
                              core::AdjustmentSign(m_sign->currentData().toInt())};
    core::AdjustmentTypes types(m_db);
    if (adding()) {
        if (!errors()->run([&] { types.add(m_user, type); }))
            return std::nullopt;
        return type.code.trimmed();
    }
    // A seeded type keeps its stored name while the form shows its translation unchanged, so
    // that it stays translated for every desk.
    const core::AdjustmentType &stored = m_model->type(currentRow());
    if (type.name.trimmed() == core::AdjustmentTypes::displayName(stored))
        type.name = stored.name;
    type.code = stored.code;
    if (!errors()->run([&] { types.change(m_user, type); }))
        return std::nullopt;
    return type.code;
}

QWidget *AdjustmentTypesPage::firstField() const
{
    return m_name;
}

QLineEdit *AdjustmentTypesPage::codeField() const
{
    return m_code;
}

} // namespace paydesk::ui
