#include "settings/CodeTablePage.h"

#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace paydesk::ui {

CodeTablePage::CodeTablePage(QAbstractItemModel *model, const QString &listLabel, const QString &newLabel,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new ListTableView(model, this))
    , m_form(new QFormLayout)
    , m_buttons(new QHBoxLayout)
    , m_errors(new ErrorLabel(this))
    , m_status(new QLabel(this))
{
    m_model->setParent(this);
    auto *caption = new QLabel(listLabel, this);
    caption->setBuddy(m_list);
    m_list->setStretchColumn(1);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *newButton = new QPushButton(newLabel, this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    newButton->setObjectName(QStringLiteral("new"));
    saveButton->setObjectName(QStringLiteral("save"));
    // Enter belongs to the list (it edits the row), never to whichever button last had the
    // focus: no button is a default one.
    for (QPushButton *button : {newButton, saveButton})
        button->setAutoDefault(false);
    m_buttons->addWidget(newButton);
    m_buttons->addWidget(saveButton);
    m_buttons->addStretch();
    connect(newButton, &QPushButton::clicked, this, &CodeTablePage::startNew);
    connect(saveButton, &QPushButton::clicked, this, &CodeTablePage::save);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(m_form);
    layout->addWidget(m_errors);
    layout->addLayout(m_buttons);
    layout->addWidget(m_status);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_errors->clearMessages();
        showRow(currentRow());
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] {
        firstField()->setFocus(Qt::OtherFocusReason);
    });
}

QString CodeTablePage::status() const
{
    return m_status->text();
}

void CodeTablePage::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, &CodeTablePage::edited);
}

void CodeTablePage::watch(QComboBox *combo)
{
    connect(combo, &QComboBox::activated, this, &CodeTablePage::edited);
}

void CodeTablePage::edited()
{
    showStatus({});
    if (m_errors->isVisibleTo(this))
        formEdited();
}

void CodeTablePage::showRow(int row)
{
    fillForm(row);
    // A code is what the entries already written name: it is chosen when the entry is added.
    codeField()->setReadOnly(row >= 0);
}

void CodeTablePage::formEdited()
{
    m_errors->clearMessages();
}

int CodeTablePage::currentRow() const
{
    return m_list->currentSourceRow();
}

void CodeTablePage::showStatus(const QString &text)
{
    m_status->setText(text);
}

bool CodeTablePage::confirmRemoval(const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeCode"));
    // The button has no letter (a typed "y" answered Yes), and Enter and Escape keep the entry.
    QPushButton *remove = box.addButton(action, QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("keep"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

void CodeTablePage::reload(const QString &code)
{
    readTable();
    int row = 0;
    while (row < m_model->rowCount() && m_model->index(row, 0).data().toString().compare(code, Qt::CaseInsensitive) != 0)
        ++row;
    const QModelIndex source = m_model->index(row < m_model->rowCount() ? row : 0, 0);
    if (source.isValid()) {
        const QModelIndex shown = m_list->proxy()->mapFromSource(source);
        m_list->setCurrentIndex(shown);
        m_list->scrollTo(shown);
    }
    showRow(currentRow());
}

bool CodeTablePage::save()
{
    showStatus({});
    const std::optional<QString> code = saveForm();
    if (!code)
        return false;
    reload(*code);
    showStatus(tr("Saved %1.").arg(*code));
    return true;
}

void CodeTablePage::startNew()
{
    m_list->selectionModel()->clear();
    m_errors->clearMessages();
    showStatus({});
    showRow(-1);
    codeField()->setFocus(Qt::OtherFocusReason);
}

} // namespace paydesk::ui
