#include "WindowState.h"

#include "ListTableView.h"

#include <QMainWindow>
#include <QSettings>

namespace paydesk::ui::WindowState {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");

QString columnsKey(const ListTableView &list)
{
    return QStringLiteral("columns/") + list.objectName();
}

QList<ListTableView *> rememberedLists(const QMainWindow &window)
{
    QList<ListTableView *> lists = window.findChildren<ListTableView *>();
    lists.removeIf([](const ListTableView *list) { return list->objectName().isEmpty(); });
    return lists;
}

} // namespace

void save(const QMainWindow &window)
{
    QSettings settings;
    settings.setValue(geometryKey, window.saveGeometry());
    for (const ListTableView *list : rememberedLists(window)) {
        QVariantMap widths;
        for (auto it = list->handWidths().cbegin(); it != list->handWidths().cend(); ++it)
            widths.insert(QString::number(it.key()), it.value());
        settings.setValue(columnsKey(*list), widths);
    }
}

void restore(QMainWindow &window)
{
    const QSettings settings;
    if (settings.contains(geometryKey))
        window.restoreGeometry(settings.value(geometryKey).toByteArray());
    for (ListTableView *list : rememberedLists(window)) {
        const QVariantMap stored = settings.value(columnsKey(*list)).toMap();
        QMap<int, int> widths;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            bool isColumn = false;
            const int column = it.key().toInt(&isColumn);
            if (isColumn && it.value().toInt() > 0)
                widths.insert(column, it.value().toInt());
        }
        list->setHandWidths(widths);
    }
}

} // namespace paydesk::ui::WindowState
