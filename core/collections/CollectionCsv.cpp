#include "collections/CollectionCsv.h"

#include "collections/CollectionRoster.h"
#include "csv/CsvWriter.h"
#include "util/Errors.h"
#include "util/Permissions.h"

namespace paydesk::core {

namespace {

template<typename Row>
qint64 write(const QString &path, const QList<Row> &rows)
{
    const QStringList header = Row::csvHeader();
    CsvWriter csv(path);
    csv.writeRow(header);
    for (const Row &row : rows)
        csv.writeRow(CollectionCsv::fields(row.toJson(), header));
    if (!csv.finish())
        throw Refusal(csv.error());
    return rows.size();
}

} // namespace

QStringList CollectionCsv::fields(const QJsonObject &json, const QStringList &header)
{
    QStringList fields;
    for (const QString &key : header) {
        const QJsonValue value = json.value(key);
        fields << (value.isDouble() ? QString::number(value.toInteger()) : value.toString());
    }
    return fields;
}

qint64 CollectionCsv::writeRoster(const Database &db, const QString &user, const QString &code, const QString &path)
{
    Permissions::require(db, user, Permissions::Action::Export);
    return write(path, CollectionRoster(db).rows(code));
}

qint64 CollectionCsv::writeDue(const Database &db, const QString &user, QDate date, const QString &path)
{
    Permissions::require(db, user, Permissions::Action::Export);
    return write(path, CollectionRoster(db).due(date));
}

} // namespace paydesk::core
