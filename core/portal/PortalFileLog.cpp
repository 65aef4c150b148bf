#include "portal/PortalFileLog.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace paydesk::core::portal {

QJsonObject PortalFileRecord::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"name"_s, name},
                     {u"size"_s, size},
                     {u"sha256"_s, sha256},
                     {u"fetched_at"_s, fetchedAt.toString(Qt::ISODate)},
                     {u"fetched_by"_s, fetchedBy}};
    const QJsonObject countKeys = counts.toJson();
    for (auto it = countKeys.begin(); it != countKeys.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QList<PortalFileRecord> PortalFileLog::list(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT id, name, size, sha256, fetched_at, fetched_by, posted, posted_cents, refunds, duplicates,"
              " skipped, exceptions FROM portal_files ORDER BY id DESC"_s)
            .exec();
    QList<PortalFileRecord> files;
    while (q.next()) {
        PortalFileRecord file;
        file.id = q.id(0);
        file.name = q.text(1);
        file.size = q.id(2);
        file.sha256 = q.text(3);
        file.fetchedAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
        file.fetchedAt.setTimeSpec(Qt::UTC);
        file.fetchedBy = q.text(5);
        file.counts.files = 1;
        file.counts.posted = q.id(6);
        file.counts.postedTotal = Money::fromCents(q.id(7));
        file.counts.refunds = q.id(8);
        file.counts.duplicates = q.id(9);
        file.counts.skipped = q.id(10);
        file.counts.exceptions = q.id(11);
        files.append(file);
    }
    return files;
}

} // namespace paydesk::core::portal
