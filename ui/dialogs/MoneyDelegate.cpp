#include "dialogs/MoneyDelegate.h"

#include "dialogs/MoneyEdit.h"

namespace paydesk::ui {

QWidget *MoneyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new MoneyEdit(parent);
    editor->setFrame(false);
    return editor;
}

void MoneyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<MoneyEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void MoneyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *edit = static_cast<MoneyEdit *>(editor);
    if (edit->text().trimmed().isEmpty()) {
        model->setData(index, qlonglong(0), Qt::EditRole);
        return;
    }
    const core::MoneyParseResult parsed = edit->money();
    if (!parsed) {
        Q_EMIT refused(parsed.error());
        return;
    }
    model->setData(index, qlonglong(parsed.value().cents()), Qt::EditRole);
}

} // namespace paydesk::ui
