#pragma once

#include <QTableView>

QT_BEGIN_NAMESPACE
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace paydesk::ui {

// A PayDesk list: sorts on any column by the model's SortRole (cents, dates, numbers),
// exports what it shows to CSV, and offers its row actions on the context menu.
class ListTableView : public QTableView
{
    Q_OBJECT

public:
    // `source` is shown through a sorting proxy; it is not owned.
    explicit ListTableView(QAbstractItemModel *source, QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The id (IdRole) of the current row, 0 when there is none.
    qint64 currentId() const;
    // The source model's row of the current row, -1 when there is none.
    int currentSourceRow() const;
    // Makes the current row the one whose IdRole is `id`; false when no row has it.
    bool selectId(qint64 id);

    // The column that takes the width left over (a name or description).
    void setStretchColumn(int column);
    // The columns that must stay in view on a small screen (a date, a description, an
    // amount, a balance). While every column fits, columns keep the model's order; when the
    // list is too narrow, these come first, in this order, sharing the width, and the rest
    // follow, to be scrolled to. Columns the clerk moved by hand stay where they are.
    void setKeyColumns(const QList<int> &columns);
    const QList<int> &keyColumns() const { return m_keyColumns; }
    // The file name suggested by Export CSV, without extension.
    void setExportName(const QString &name) { m_exportName = name; }
    // Actions on the current row, listed above Export CSV in the context menu.
    void addRowAction(QAction *action);

    // Writes every row (fetching the rest of a lazy list first) and the visible columns in
    // their visual order. Returns the translated error, or an empty string.
    QString exportTo(const QString &path);

public Q_SLOTS:
    // Asks for a file name, then exports.
    void exportCsv();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    // Orders and sizes the columns for the width the list has (setKeyColumns).
    void arrangeColumns();

    QSortFilterProxyModel *m_proxy;
    QList<QAction *> m_rowActions;
    QAction *m_exportAction;
    QString m_exportName;
    int m_stretchColumn = -1;
    QList<int> m_keyColumns;
    QList<int> m_fittedWidths; // each column's width for its cells and title
    bool m_arranging = false;
    bool m_movedByHand = false;
};

} // namespace paydesk::ui
