#include "settings/CollectionCodesPage.h"

#include "ListTableView.h"
#include "collections/CollectionCodeTable.h"
#include "dialogs/ErrorLabel.h"
#include "models/CollectionCodesModel.h"
#include "settings/SettingsForm.h"
#include "users/Role.h"
#include "util/Errors.h"
#include "util/Permissions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace paydesk::ui {

CollectionCodesPage::CollectionCodesPage(const core::Database &db, const QString &user, QWidget *parent)
    : CollectionCodesPage(db, user, new CollectionCodesModel, parent)
{}

CollectionCodesPage::CollectionCodesPage(const core::Database &db,
                                         const QString &user,
                                         CollectionCodesModel *model,
                                         QWidget *parent)
    : CodeTablePage(model, tr("Collection Status &Table:"), tr("Ne&w code"), parent)
    , m_db(db)
    , m_user(user)
    , m_model(model)
    , m_code(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_next(new QComboBox(this))
    , m_remove(new QPushButton(tr("&Delete…"), this))
    , m_editable(core::Permissions::allows(db, user, core::Permissions::Action::ManageCollections))
{
    m_code->setObjectName(QStringLiteral("code"));
    m_description->setObjectName(QStringLiteral("description"));
    m_days->setObjectName(QStringLiteral("days"));
    m_next->setObjectName(QStringLiteral("next"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_code->setMaxLength(3);
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    m_description->setMaxLength(40);
    m_days->setRange(0, 999);
    m_days->setSpecialValueText(tr("0 (until a user changes it)"));
    m_days->setMaximumWidth(m_days->sizeHint().width());
    m_codeMessage = ErrorLabel::addFieldRow(form(), tr("&Code:"), m_code);
    m_descriptionMessage = ErrorLabel::addFieldRow(form(), tr("Descr&iption:"), m_description);
    m_daysMessage = ErrorLabel::addFieldRow(form(), tr("Days to Remain in Stat&us:"), m_days);
    m_nextMessage = ErrorLabel::addFieldRow(form(), tr("Transfer to Ne&xt Status Code:"), m_next);
    // A message shown under a field, not only under the form, is checked again as the clerk
    // corrects it.
    const auto edited = [this] {
        showStatus({});
        formEdited();
    };
    connect(m_code, &QLineEdit::textEdited, this, edited);
    connect(m_description, &QLineEdit::textEdited, this, edited);
    connect(m_days, &QSpinBox::valueChanged, this, edited);
    connect(m_next, &QComboBox::activated, this, edited);
    m_remove->setAutoDefault(false);
    buttons()->insertWidget(2, m_remove);
    connect(m_remove, &QPushButton::clicked, this, &CollectionCodesPage::removeCurrent);
    connect(list()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_remove->setEnabled(m_editable && currentRow() >= 0);
    });
    reload();
    if (!m_editable) {
        for (QWidget *field : {static_cast<QWidget *>(m_code),
                               static_cast<QWidget *>(m_description),
                               static_cast<QWidget *>(m_days),
                               static_cast<QWidget *>(m_next)})
            field->setEnabled(false);
        for (QPushButton *button : findChildren<QPushButton *>())
            button->setVisible(false);
        showStatus(tr("Shown read-only: changing the Collection Status Table needs the %1 role.")
                           .arg(core::roleName(
                                   core::Permissions::minimumRole(core::Permissions::Action::ManageCollections))));
    }
}

void CollectionCodesPage::readTable()
{
    m_model->setCodes(core::CollectionCodeTable(m_db, m_user).list());
    m_remove->setEnabled(false);
}

void CollectionCodesPage::fillForm(int row)
{
    const core::CollectionCode code = row >= 0 ? m_model->code(row) : core::CollectionCode{};
    showProblems({});
    m_code->setText(code.code);
    m_description->setText(code.description);
    const QSignalBlocker quiet(m_days);
    m_days->setValue(code.daysToRemain);
    fillTransfers(code.code, code.nextCode);
    m_remove->setEnabled(m_editable && row >= 0);
}

void CollectionCodesPage::fillTransfers(const QString &code, const QString &next)
{
    QList<core::CollectionCode> others = m_model->codes();
    others.removeIf([&](const core::CollectionCode &other) { return other.code == code; });
    SettingsForm::showCodes(m_next, others, next);
}

core::CollectionCode CollectionCodesPage::readForm() const
{
    return {m_code->text(), m_description->text(), m_days->value(), m_next->currentData().toString()};
}

void CollectionCodesPage::showProblems(const QStringList &problems)
{
    const std::pair<ErrorLabel *, QString> fields[] = {
            {m_descriptionMessage, tr("Description")},
            {m_daysMessage, tr("Days to Remain in Status")},
            {m_nextMessage, tr("Transfer to Next Status Code")},
            {m_codeMessage, tr("Code")},
    };
    QHash<ErrorLabel *, QStringList> byField;
    QStringList others;
    for (const QString &problem : problems) {
        const auto field = std::find_if(
                std::begin(fields), std::end(fields), [&](const auto &f) { return problem.startsWith(f.second); });
        if (field != std::end(fields))
            byField[field->first] << problem;
        else
            others << problem;
    }
    for (const auto &[label, name] : fields)
        label->showMessages(byField.value(label));
    errors()->showMessages(others);
}

std::optional<QString> CollectionCodesPage::saveForm()
{
    const core::CollectionCode code = readForm();
    core::CollectionCodeTable table(m_db, m_user);
    try {
        if (adding()) {
            table.add(code);
        } else {
            table.edit(code.code,
                       {.description = code.description, .daysToRemain = code.daysToRemain, .nextCode = code.nextCode});
        }
    } catch (const core::Refusal &refusal) {
        showProblems(refusal.messages());
        return std::nullopt;
    } catch (...) {
        errors()->showMessages(ErrorLabel::explainCurrentException());
        return std::nullopt;
    }
    Q_EMIT tableChanged();
    return core::CollectionCode::normalized(code.code);
}

void CollectionCodesPage::formEdited()
{
    // The checks of the save, without writing: a message goes as soon as its field is right.
    const QList<ErrorLabel *> labels = findChildren<ErrorLabel *>();
    const bool shown = std::any_of(
            labels.cbegin(), labels.cend(), [this](const ErrorLabel *label) { return label->isVisibleTo(this); });
    if (shown)
        showProblems(core::CollectionCodeTable(m_db, m_user).problems(readForm(), adding()));
}

void CollectionCodesPage::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const core::CollectionCode code = m_model->code(row);
    if (!confirmRemoval(tr("Delete collection status code"),
                        tr("Delete %1 (%2) from the Collection Status Table?").arg(code.code, code.description),
                        tr("Delete")))
        return;
    if (errors()->run([&] { core::CollectionCodeTable(m_db, m_user).remove(code.code); })) {
        reload();
        showStatus(tr("Deleted %1.").arg(code.code));
        Q_EMIT tableChanged();
    }
}

QWidget *CollectionCodesPage::firstField() const
{
    return m_description;
}

QLineEdit *CollectionCodesPage::codeField() const
{
    return m_code;
}

} // namespace paydesk::ui
