#include "ListTableView.h"

#include "CsvExport.h"
#include "models/ItemRoles.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
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

void ListTableView::fitColumns()
{
    // QHeaderView sizes every section for a sort arrow as wide as the header is tall; on a
    // table of eleven narrow money columns that eats the description. Size for the cells
    // and the header text instead: only the sorted column shows an arrow.
    QHeaderView *header = horizontalHeader();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    for (int column = 0; column < header->count(); ++column) {
        const bool stretch = column == m_stretchColumn;
        header->setSectionResizeMode(column, stretch ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (stretch)
            continue;
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int headerWidth = header->fontMetrics().horizontalAdvance(title) + padding;
        setColumnWidth(column, qMax(sizeHintForColumn(column), headerWidth));
    }
}

} // namespace paydesk::ui
