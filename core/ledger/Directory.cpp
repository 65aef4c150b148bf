#include "ledger/Directory.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QJsonObject>

namespace paydesk::core {

namespace {
const QString providersTable = QStringLiteral("providers");
const QString clinicsTable = QStringLiteral("clinics");
} // namespace

QList<CodedEntity> Directory::list(const QString &table) const
{
    QList<CodedEntity> result;
    SqlQuery q = m_db.query();
    q.prepare(table == providersTable ? QStringLiteral("SELECT id, code, name FROM providers ORDER BY code")
                                      : QStringLiteral("SELECT id, code, name FROM clinics ORDER BY code"))
        .exec();
    while (q.next())
        result.append({q.id(0), q.text(1), q.text(2)});
    return result;
}

QList<CodedEntity> Directory::providers() const
{
    return list(providersTable);
}

QList<CodedEntity> Directory::clinics() const
{
    return list(clinicsTable);
}

std::optional<CodedEntity> Directory::provider(qint64 id) const
{
    for (const CodedEntity &e : providers()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

std::optional<CodedEntity> Directory::clinic(qint64 id) const
{
    for (const CodedEntity &e : clinics()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

qint64 Directory::ensure(const QString &table, const QString &code, const QString &user)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        throw Refusal(table == providersTable ? Tr::tr("The provider code is empty.") : Tr::tr("The clinic code is empty."));
    for (const CodedEntity &e : list(table)) {
        if (e.code == trimmed)
            return e.id;
    }
    const qint64 id = m_db.reserveIds(table);
    LedgerStore store(m_db, user);
    if (table == providersTable)
        store.insertProvider(id, trimmed, trimmed);
    else
        store.insertClinic(id, trimmed, trimmed);
    AuditLog::record(m_db, user, QStringLiteral("create"), table.chopped(1), id, {},
                     {{QStringLiteral("code"), trimmed}});
    return id;
}

qint64 Directory::ensureProvider(const QString &code, const QString &user)
{
    return ensure(providersTable, code, user);
}

qint64 Directory::ensureClinic(const QString &code, const QString &user)
{
    return ensure(clinicsTable, code, user);
}

} // namespace paydesk::core
