#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace paydesk::ui {

// Writes a list as the clerk sees it (rows in the model's order, the given columns with
// their headers) to CSV through core's CsvWriter. Each cell is its ExportRole text when
// the model gives one (money as 1234.50, dates as YYYY-MM-DD), else its display text.
class CsvExport
{
public:
    // `columns` empty means every column. Returns the translated error, or an empty string
    // when the file was written.
    static QString write(const QAbstractItemModel &model, const QString &path, const QList<int> &columns = {});
};

} // namespace paydesk::ui
