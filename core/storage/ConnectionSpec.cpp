#include "storage/ConnectionSpec.h"

#include "util/Errors.h"
#include "util/Tr.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace paydesk::core {

namespace {

const QString serviceKey = QStringLiteral("service");

bool isPostgresText(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://")) || text.startsWith(QStringLiteral("postgres://"));
}

// A service name goes into libpq's connection string, where a space or a quote would start
// another option.
bool isServiceName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return valid.match(name).hasMatch();
}

} // namespace

ConnectionSpec ConnectionSpec::parse(const QString &text)
{
    ConnectionSpec spec;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw Refusal(Tr::tr("The database is empty: give a SQLite file path or postgresql://user@host/dbname."));

    if (!isPostgresText(trimmed)) {
        spec.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
        return spec;
    }

    const auto refuse = [&trimmed] {
        return Refusal(Tr::tr("\"%1\" is not a PostgreSQL URL; write it as postgresql://user@host[:port]/dbname "
                              "or postgresql://?service=NAME.")
                           .arg(redacted(trimmed)));
    };
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        throw refuse();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != serviceKey || !isServiceName(value))
            throw refuse();
    }
    spec.m_service = query.queryItemValue(serviceKey, QUrl::FullyDecoded);
    const QString dbName = url.path().mid(1);
    // libpq fills what a service leaves out; without one, the URL must say where and who.
    const bool service = !spec.m_service.isEmpty() || !qEnvironmentVariableIsEmpty("PGSERVICE");
    if (dbName.contains(u'/') || url.hasFragment()
        || (!service && (url.host().isEmpty() || url.userName().isEmpty() || dbName.isEmpty())))
        throw refuse();
    spec.m_kind = Kind::Postgres;
    spec.m_host = url.host();
    if (url.port() != -1)
        spec.m_port = url.port();
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

QString ConnectionSpec::redacted(const QString &text)
{
    if (!isPostgresText(text.trimmed()))
        return text;
    // Up to the last @: a password typed with an unencoded @ or / is hidden whole.
    static const QRegularExpression userInfo(QStringLiteral("^(\\s*postgres(?:ql)?://[^:@/?#]*):.+@"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression queryPassword(QStringLiteral("([?&]password=)[^&#]*"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QString shown = text;
    shown.replace(userInfo, QStringLiteral("\\1:***@"));
    shown.replace(queryPassword, QStringLiteral("\\1***"));
    return shown;
}

ConnectionSpec ConnectionSpec::postgres(const QString &host, std::optional<int> port, const QString &user,
                                        const QString &password, const QString &databaseName, const QString &service)
{
    ConnectionSpec spec;
    spec.m_kind = Kind::Postgres;
    spec.m_host = host;
    spec.m_port = port;
    spec.m_user = user;
    spec.m_password = password;
    spec.m_databaseName = databaseName;
    spec.m_service = service;
    return spec;
}

ConnectionSpec ConnectionSpec::withPassword(const QString &password) const
{
    ConnectionSpec spec = *this;
    spec.m_password = password;
    return spec;
}

QString ConnectionSpec::text() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // An empty, not a null, host: QUrl writes "//" only for an authority it holds.
    url.setHost(m_host.isEmpty() ? QStringLiteral("") : m_host);
    if (m_port)
        url.setPort(*m_port);
    url.setUserName(m_user);
    if (!m_password.isEmpty()) // an empty one would still write "user:@"
        url.setPassword(m_password);
    url.setPath(u'/' + m_databaseName);
    if (!m_service.isEmpty())
        url.setQuery(QStringLiteral("service=") + QString::fromUtf8(QUrl::toPercentEncoding(m_service)));
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionSpec::displayName() const
{
    return withPassword({}).text();
}

} // namespace paydesk::core
