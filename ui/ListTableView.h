#pragma once

#include <QMap>

#include <functional>
#include <QTableView>

QT_BEGIN_NAMESPACE
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace paydesk::ui {

// A PayDesk list: sorts on any column by the model's SortRole (cents, dates, numbers), by a
// click on the column's title or from the keyboard (the context menu, opened with the Menu
// key or Shift+F10, sorts by the current column, ascending then descending), exports what
// it shows to CSV, and offers its row actions on the context menu.
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
    // The same for the current row only when it is selected: a row made current by tabbing
    // into the list, which the clerk did not choose, gives 0 and -1.
    qint64 selectedId() const;
    int selectedSourceRow() const;
    // Makes the current row the one whose IdRole is `id`, scrolled into view with the first
    // columns on screen (the key ones on a narrow list); false when no row has it.
    bool selectId(qint64 id);

    // The column that takes the width left over (a name or description).
    void setStretchColumn(int column);
    // The columns that must stay in view on a small screen (a date, a description, an
    // amount, a balance). While every column fits (the stretch column with room for a
    // useful text), columns keep the model's order; when the list is too narrow, these come
    // first, in this order, the stretch column as wide as its text when they leave room,
    // then the rest, as many in view as fit whole, the others to be scrolled to. Columns the
    // clerk moved by hand stay where they are.
    void setKeyColumns(const QList<int> &columns);
    const QList<int> &keyColumns() const { return m_keyColumns; }
    // The widths the clerk dragged columns to (column -> pixels), which fitting the columns
    // to their contents keeps; remembered across sessions by WindowState.
    const QMap<int, int> &handWidths() const { return m_handWidths; }
    void setHandWidths(const QMap<int, int> &widths);
    // The file name suggested by Export CSV, without extension.
    void setExportName(const QString &name) { m_exportName = name; }
    // The context menu's Export CSV, for the window to enable by the user's role.
    QAction *exportAction() const { return m_exportAction; }
    // Asked before every export, greyed-out menu or not: the translated refusal, or an empty
    // string (the role's check in the core, so that a shortcut cannot go around it).
    void setExportCheck(std::function<QString()> check) { m_exportCheck = std::move(check); }
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
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The current index when it is selected, else an invalid one.
    QModelIndex selectedIndex() const;
    // A row's IdRole, 0 for none; its source model's row, -1 for none.
    static qint64 idOf(const QModelIndex &index);
    int sourceRowOf(const QModelIndex &index) const;
    // The index of `row` in the first column on screen: a row made current there scrolls
    // into view without scrolling the key columns away.
    QModelIndex rowIndex(int row) const;
    // How sorting by `column` from the menu sorts: ascending, or descending when it is
    // sorted ascending already.
    Qt::SortOrder nextSortOrder(int column) const;
    void fitColumns();
    // Orders and sizes the columns for the width the list has (setKeyColumns).
    void arrangeColumns();
    // The stretch column's width on a narrow list, when it is a key column: no less than
    // `least`.
    int narrowStretchWidth(int least) const;

    QSortFilterProxyModel *m_proxy;
    QList<QAction *> m_rowActions;
    QAction *m_exportAction;
    QString m_exportName;
    std::function<QString()> m_exportCheck;
    int m_stretchColumn = -1;
    QList<int> m_keyColumns;
    QList<int> m_fittedWidths; // each column's width for its cells and title
    bool m_arranging = false;
    bool m_movedByHand = false;
    QMap<int, int> m_handWidths;
};

} // namespace paydesk::ui
