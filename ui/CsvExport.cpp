#include "CsvExport.h"

#include "csv/CsvWriter.h"
#include "models/ItemRoles.h"

#include <QAbstractItemModel>

namespace paydesk::ui {

QString CsvExport::write(const QAbstractItemModel &model, const QString &path, const QList<int> &columns)
{
    QList<int> order = columns;
    if (order.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            order.append(column);
    }

    core::CsvWriter writer(path);
    for (int column : std::as_const(order))
        writer.writeField(model.headerData(column, Qt::Horizontal).toString());
    writer.endRow();
    for (int row = 0; row < model.rowCount() && !writer.hasError(); ++row) {
        for (int column : std::as_const(order)) {
            const QModelIndex index = model.index(row, column);
            const QVariant exported = index.data(ExportRole);
            writer.writeField(exported.isValid() ? exported.toString() : index.data().toString());
        }
        writer.endRow();
    }
    return writer.finish() ? QString() : writer.error();
}

} // namespace paydesk::ui
