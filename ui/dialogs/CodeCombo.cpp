#include "dialogs/CodeCombo.h"

#include <QLineEdit>

namespace paydesk::ui {

CodeCombo::CodeCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Code, e.g. DRSMITH"));
}

void CodeCombo::setEntities(const QList<core::CodedEntity> &entities)
{
    clear();
    for (const core::CodedEntity &e : entities) {
        addItem(e.code, e.id);
        if (e.name != e.code)
            setItemData(count() - 1, e.name, Qt::ToolTipRole);
    }
}

QString CodeCombo::code() const
{
    return currentText().trimmed();
}

} // namespace paydesk::ui
