#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;

// The Collection Roster and the webPAY instalments due as CSV files, the same from the CLI
// (`collections roster --csv`, `collections due --csv`) and the desk's export: the header is
// the rows' JSON keys (CollectionRosterRow::csvHeader, WebPayDue::csvHeader), a null is an
// empty field. Each asks Permissions (Export) first, replaces `path` only when complete,
// returns the rows written and throws Refusal when the file cannot be written.
class CollectionCsv
{
public:
    static qint64 writeRoster(const Database &db, const QString &user, const QString &code, const QString &path);
    static qint64 writeDue(const Database &db, const QString &user, QDate date, const QString &path);

    // A row's fields under `header` (its JSON keys): null empty, numbers whole.
    static QStringList fields(const QJsonObject &json, const QStringList &header);
};

} // namespace paydesk::core
