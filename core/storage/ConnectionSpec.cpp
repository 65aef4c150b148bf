#include "storage/ConnectionSpec.h"

#include "util/Errors.h"
#include "util/Tr.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace paydesk::core {

ConnectionSpec ConnectionSpec::parse(const QString &text)
{
    ConnectionSpec spec;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw Refusal(Tr::tr("The database is empty: give a SQLite file path or postgresql://user@host/dbname."));

    if (!trimmed.startsWith(QStringLiteral("postgresql://")) && !trimmed.startsWith(QStringLiteral("postgres://"))) {
        spec.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
        return spec;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty() || dbName.isEmpty() || dbName.contains(u'/'))
        throw Refusal(Tr::tr("\"%1\" is not a PostgreSQL URL; write it as postgresql://user[:password]@host[:port]/dbname.")
                          .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : trimmed));
    spec.m_kind = Kind::Postgres;
    spec.m_host = url.host();
    spec.m_port = url.port(5432);
    spec.m_user = url.userName();
    spec.m_password = url.password();
    spec.m_databaseName = dbName;
    return spec;
}

QString ConnectionSpec::defaultSqlitePath()
{
    // Both programs call setApplicationIdentity() first, so they agree on this folder.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("paydesk.sqlite"));
}

QString ConnectionSpec::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}

} // namespace paydesk::core
