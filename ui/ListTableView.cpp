#include "ListTableView.h"

#include "FileDialogs.h"
#include "CsvExport.h"
#include "models/ItemRoles.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>

namespace paydesk::ui {

ListTableView::ListTableView(QAbstractItemModel *source, QWidget *parent)
    : QTableView(parent), m_proxy(new QSortFilterProxyModel(this)), m_exportAction(new QAction(tr("Export CSV…"), this))
{
    m_proxy->setSourceModel(source);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    setModel(m_proxy);

    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(48);
    // No sort indicator at first: rows keep the order the model gives (date, then id).
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);

    connect(m_exportAction, &QAction::triggered, this, &ListTableView::exportCsv);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListTableView::fitColumns);
    // The sorted column's title needs room beside its arrow.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ListTableView::fitColumns);
    // Only a drag resizes a section while nothing arranges them (the stretch column follows the list).
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (!m_arranging && column != m_stretchColumn)
            m_handWidths.insert(column, width);
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (!m_arranging)
            m_movedByHand = true;
    });
}

qint64 ListTableView::currentId() const
{
    return idOf(currentIndex());
}

int ListTableView::currentSourceRow() const
{
    return sourceRowOf(currentIndex());
}

qint64 ListTableView::selectedId() const
{
    return idOf(selectedIndex());
}

int ListTableView::selectedSourceRow() const
{
    return sourceRowOf(selectedIndex());
}

QModelIndex ListTableView::selectedIndex() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && selectionModel()->isSelected(current) ? current : QModelIndex();
}

qint64 ListTableView::idOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

int ListTableView::sourceRowOf(const QModelIndex &index) const
{
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

bool ListTableView::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = rowIndex(row);
        if (index.data(IdRole).toLongLong() == id) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

QModelIndex ListTableView::rowIndex(int row) const
{
    // Logical column 0 (a record number) is not on the left once a narrow list has put its
    // key columns first.
    return m_proxy->index(row, horizontalHeader()->logicalIndex(0));
}

Qt::SortOrder ListTableView::nextSortOrder(int column) const
{
    const QHeaderView *header = horizontalHeader();
    return header->sortIndicatorSection() == column && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
}

void ListTableView::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void ListTableView::setKeyColumns(const QList<int> &columns)
{
    m_keyColumns = columns;
    fitColumns();
}

void ListTableView::addRowAction(QAction *action)
{
    m_rowActions.append(action);
}

QString ListTableView::exportTo(const QString &path)
{
    if (m_exportCheck) {
        if (QString refusal = m_exportCheck(); !refusal.isEmpty())
            return refusal;
    }
    while (m_proxy->canFetchMore({}))
        m_proxy->fetchMore({});
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return CsvExport::write(*m_proxy, path, columns);
}

void ListTableView::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath((m_exportName.isEmpty() ? QStringLiteral("list") : m_exportName)
                                                    + QStringLiteral(".csv"));
    const QString path = FileDialogs::saveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export CSV"), error);
}

void ListTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true); // a greyed-out action says which role may use it
    for (QAction *action : std::as_const(m_rowActions))
        menu.addAction(action);
    if (!m_rowActions.isEmpty())
        menu.addSeparator();
    // The keyboard's way to sort: by the current column (Left and Right move it), or the
    // column clicked on.
    // A mouse's event comes from the viewport, in its coordinates.
    const int column = event->reason() != QContextMenuEvent::Keyboard
            ? horizontalHeader()->logicalIndexAt(event->pos().x())
            : currentIndex().isValid() ? currentIndex().column()
                                       : horizontalHeader()->logicalIndex(0);
    if (column >= 0) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const Qt::SortOrder order = nextSortOrder(column);
        QAction *sort = menu.addAction(order == Qt::AscendingOrder ? tr("&Sort by %1, ascending").arg(title)
                                                                   : tr("&Sort by %1, descending").arg(title));
        connect(sort, &QAction::triggered, this, [this, column, order] { sortByColumn(column, order); });
    }
    menu.addAction(m_exportAction);
    menu.exec(event->globalPos());
}

void ListTableView::keyPressEvent(QKeyEvent *event)
{
    // The Menu key reaches the list as a context menu event already; Shift+F10, its usual
    // twin, does not on every platform.
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        const QPoint at = currentIndex().isValid() ? visualRect(currentIndex()).center() : QPoint();
        const QPoint pos = viewport()->mapTo(this, at);
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, pos, mapToGlobal(pos));
        contextMenuEvent(&menuEvent);
        return;
    }
    QTableView::keyPressEvent(event);
}

void ListTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    arrangeColumns();
    // The current row stays in view when the list gets smaller (a window laid out again),
    // and the key columns with it.
    if (currentIndex().isValid())
        scrollTo(rowIndex(currentIndex().row()));
}

void ListTableView::fitColumns()
{
    // QHeaderView sizes every section for a sort arrow as wide as the header is tall; on a
    // table of eleven narrow money columns that eats the description. Size for the cells
    // and the header text instead: only the sorted column shows an arrow, and gets the
    // room QHeaderView gives one ("Balance", not "3alance").
    QHeaderView *header = horizontalHeader();
    m_arranging = true;
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    const int sorted = header->isSortIndicatorShown() ? header->sortIndicatorSection() : -1;
    m_fittedWidths.clear();
    for (int column = 0; column < header->count(); ++column) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int headerWidth = qMax(header->fontMetrics().horizontalAdvance(title) + padding,
                                     column == sorted ? header->sectionSizeHint(column) : 0);
        m_fittedWidths.append(qMax(sizeHintForColumn(column), headerWidth));
        if (column != m_stretchColumn)
            setColumnWidth(column, m_handWidths.value(column, m_fittedWidths.constLast()));
    }
    m_arranging = false;
    arrangeColumns();
}

void ListTableView::setHandWidths(const QMap<int, int> &widths)
{
    m_handWidths = widths;
    m_handWidths.remove(m_stretchColumn);
    fitColumns();
}

void ListTableView::arrangeColumns()
{
    QHeaderView *header = horizontalHeader();
    if (m_arranging || m_fittedWidths.size() != header->count())
        return;
    m_arranging = true;
    // The list is wide while every column fits with room in the stretch column for a useful
    // part of a long text ("Office visit, established patient" of "... low complexity").
    // Narrow, the stretch column gets its whole text when the key columns leave room for it,
    // and at least a short text whole ("Undo of run #1").
    const int available = viewport()->width();
    const int stretchNeed = 32 * fontMetrics().averageCharWidth();
    const int stretchLeast = 16 * fontMetrics().averageCharWidth();
    const bool hasStretch = m_stretchColumn >= 0 && m_stretchColumn < header->count();
    const int stretchWant = hasStretch ? qMin(m_fittedWidths[m_stretchColumn], stretchNeed) : 0;
    int needed = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            needed += column == m_stretchColumn ? stretchWant : columnWidth(column);
    }
    const bool narrow = !m_keyColumns.isEmpty() && needed > available;

    if (!m_movedByHand) {
        if (narrow) {
            for (int i = 0; i < m_keyColumns.size(); ++i)
                header->moveSection(header->visualIndex(m_keyColumns[i]), i);
        } else {
            for (int column = 0; column < header->count(); ++column)
                header->moveSection(header->visualIndex(column), column);
        }
    }
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretchColumn)
            header->setSectionResizeMode(column, QHeaderView::Interactive);
    }
    if (hasStretch) {
        if (!narrow) {
            header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
        } else {
            header->setSectionResizeMode(m_stretchColumn, QHeaderView::Interactive);
            const bool isKey = m_keyColumns.contains(m_stretchColumn);
            setColumnWidth(m_stretchColumn,
                           isKey ? narrowStretchWidth(stretchLeast) : m_fittedWidths[m_stretchColumn]);
        }
    }
    m_arranging = false;
}

int ListTableView::narrowStretchWidth(int least) const
{
    // The key columns, then the stretch column with its whole text when the keys leave it
    // that, then the columns that follow while they fit whole; the stretch column takes
    // what is left, so that no column shows cut at the edge.
    const QHeaderView *header = horizontalHeader();
    int room = viewport()->width();
    for (int column : m_keyColumns) {
        if (column != m_stretchColumn && !header->isSectionHidden(column))
            room -= columnWidth(column);
    }
    const int width = qMax(least, qMin(m_fittedWidths[m_stretchColumn], room));
    int left = room - width;
    for (int visual = 0; visual < header->count() && left > 0; ++visual) {
        const int column = header->logicalIndex(visual);
        if (m_keyColumns.contains(column) || header->isSectionHidden(column))
            continue;
        if (columnWidth(column) > left)
            break;
        left -= columnWidth(column);
    }
    return width + qMax(0, left);
}

} // namespace paydesk::ui
