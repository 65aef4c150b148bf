#include "collections/CollectionRosterCsv.h"

#include "collections/CollectionRoster.h"
#include "csv/CsvWriter.h"
#include "util/Errors.h"
#include "util/Permissions.h"

#include <QJsonObject>

namespace paydesk::core {

QStringList CollectionRosterCsv::row(const CollectionRosterRow &row)
{
    const QJsonObject json = row.toJson();
    QStringList fields;
    for (const QString &key : CollectionRosterRow::csvHeader()) {
        const QJsonValue value = json.value(key);
        // Numbers are whole (family, days_in_status); money is a string already.
        fields << (value.isDouble() ? QString::number(value.toInteger()) : value.toString());
    }
    return fields;
}

qint64 CollectionRosterCsv::write(const Database &db, const QString &user, const QString &code, const QString &path)
{
    Permissions::require(db, user, Permissions::Action::Export);
    const QList<CollectionRosterRow> rows = CollectionRoster(db).rows(code);
    CsvWriter csv(path);
    csv.writeRow(CollectionRosterRow::csvHeader());
    for (const CollectionRosterRow &each : rows)
        csv.writeRow(row(each));
    if (!csv.finish())
        throw Refusal(csv.error());
    return rows.size();
}

} // namespace paydesk::core
