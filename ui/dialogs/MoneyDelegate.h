#pragma once

#include <QStyledItemDelegate>

namespace paydesk::ui {

// Edits a money cell as text in the clerk's locale and writes it to the model as integer
// cents (EditRole, qlonglong) only when core::Money parses it; otherwise the cell keeps
// its value and refused() carries the message that names the text. An emptied cell is zero.
class MoneyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    void refused(const QString &message) const;
};

} // namespace paydesk::ui
