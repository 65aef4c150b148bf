#include "ListTableView.h"

#include "FileDialogs.h"
#include "CsvExport.h"
#include "models/ItemRoles.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
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
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (!m_arranging)
            m_movedByHand = true;
    });
}

qint64 ListTableView::currentId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

int ListTableView::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool ListTableView::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
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
    for (QAction *action : std::as_const(m_rowActions))
        menu.addAction(action);
    if (!m_rowActions.isEmpty())
        menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(event->globalPos());
}

void ListTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    arrangeColumns();
    // The current row stays in view when the list gets smaller (a window laid out again).
    if (currentIndex().isValid())
        scrollTo(currentIndex());
}

void ListTableView::fitColumns()
{
    // QHeaderView sizes every section for a sort arrow as wide as the header is tall; on a
    // table of eleven narrow money columns that eats the description. Size for the cells
    // and the header text instead: only the sorted column shows an arrow.
    QHeaderView *header = horizontalHeader();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    m_fittedWidths.clear();
    for (int column = 0; column < header->count(); ++column) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int headerWidth = header->fontMetrics().horizontalAdvance(title) + padding;
        m_fittedWidths.append(qMax(sizeHintForColumn(column), headerWidth));
        if (column != m_stretchColumn)
            setColumnWidth(column, m_fittedWidths.constLast());
    }
    arrangeColumns();
}

void ListTableView::arrangeColumns()
{
    QHeaderView *header = horizontalHeader();
    if (m_arranging || m_fittedWidths.size() != header->count())
        return;
    m_arranging = true;
    // The stretch column needs room for a short text whole ("Undo of run #1") and for a
    // useful part of a long one.
    const int available = viewport()->width();
    const int stretchNeed = 16 * fontMetrics().averageCharWidth();
    int needed = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            needed += column == m_stretchColumn ? qMin(m_fittedWidths[column], stretchNeed) : columnWidth(column);
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
    if (m_stretchColumn >= 0 && m_stretchColumn < header->count()) {
        if (!narrow) {
            header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
        } else {
            // The key columns fill the view: the stretch column takes what the others leave.
            int keyWidths = 0;
            for (int column : std::as_const(m_keyColumns)) {
                if (column != m_stretchColumn)
                    keyWidths += columnWidth(column);
            }
            const bool isKey = m_keyColumns.contains(m_stretchColumn);
            const int width = isKey ? qMax(stretchNeed, available - keyWidths) : m_fittedWidths[m_stretchColumn];
            header->setSectionResizeMode(m_stretchColumn, QHeaderView::Interactive);
            setColumnWidth(m_stretchColumn, width);
        }
    }
    m_arranging = false;
}

} // namespace paydesk::ui
