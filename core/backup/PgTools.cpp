#include "backup/PgTools.h"

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace paydesk::core::PgTools {

namespace {

QString program(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        throw Refusal(Tr::tr("%1 is not installed: install postgresql-client.").arg(name));
    return found;
}

// A libpq keyword's value, quoted as a connection string wants it.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

// The connection as one conninfo string for --dbname, without the password: what the spec
// leaves empty libpq takes from the service, the password file and PG* as the desk does.
QString conninfo(const ConnectionSpec &spec)
{
    QStringList parts;
    const auto add = [&parts](const char *keyword, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(keyword) + u'=' + quoted(value));
    };
    add("service", spec.service());
    add("host", spec.host());
    add("port", spec.hasPort() ? QString::number(spec.port()) : QString());
    add("user", spec.user());
    add("dbname", spec.databaseName());
    return parts.join(u' ');
}

void prepare(QProcess &process, const ConnectionSpec &spec)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!spec.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), spec.password());
    process.setProcessEnvironment(environment);
}

// Runs the process to its end; throws StorageError with its own words when it fails.
void finish(QProcess &process, const QString &name, const ConnectionSpec *spec)
{
    process.waitForFinished(-1);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return;
    QString reason = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (reason.isEmpty())
        reason = process.errorString();
    if (spec && !spec->password().isEmpty())
        reason.replace(spec->password(), QStringLiteral("***"));
    throw StorageError(Tr::tr("%1 failed: %2").arg(name, reason));
}

QString notABackup(const QString &path)
{
    return Tr::tr("%1 is not a PayDesk backup of a PostgreSQL database (pg_dump custom format): nothing was "
                  "restored.")
            .arg(path);
}

// Reads the COPY blocks of audit_log and schema_version that pg_restore writes as text.
class CopyReader
{
public:
    void line(QByteArray text)
    {
        if (text.endsWith('\n'))
            text.chop(1);
        if (m_table == Table::None) {
            if (text.startsWith("COPY "))
                begin(text);
            return;
        }
        if (text == "\\.") {
            m_table = Table::None;
            return;
        }
        const QList<QByteArray> fields = text.split('\t');
        if (m_table == Table::Version) {
            m_contents.schemaVersion = std::max(m_contents.schemaVersion, fields.value(m_versionColumn).toInt());
            m_sawVersion = true;
            return;
        }
        const qint64 id = fields.value(m_idColumn).toLongLong();
        if (id > m_contents.last.id && fields.value(m_entityColumn) != "database")
            m_contents.last = AuditMark::fromStored(id, QString::fromUtf8(fields.value(m_atColumn)));
    }
    bool sawBoth() const { return m_sawVersion && m_sawAudit; }
    const BackupContents &contents() const { return m_contents; }

private:
    enum class Table { None, Audit, Version };

    // "COPY public.audit_log (id, at, user_name, ...) FROM stdin;"
    void begin(const QByteArray &text)
    {
        const qsizetype open = text.indexOf('(');
        const qsizetype close = text.indexOf(')', open);
        const QByteArray table = text.mid(5, open - 5).trimmed();
        QList<QByteArray> columns = text.mid(open + 1, close - open - 1).split(',');
        for (QByteArray &column : columns)
            column = column.trimmed();
        if (table.endsWith(".audit_log")) {
            m_idColumn = columns.indexOf("id");
            m_atColumn = columns.indexOf("at");
            m_entityColumn = columns.indexOf("entity");
            m_table = Table::Audit;
            m_sawAudit = true;
        } else if (table.endsWith(".schema_version")) {
            m_versionColumn = columns.indexOf("version");
            m_table = Table::Version;
        }
    }

    Table m_table = Table::None;
    qsizetype m_idColumn = -1, m_atColumn = -1, m_entityColumn = -1, m_versionColumn = -1;
    bool m_sawAudit = false, m_sawVersion = false;
    BackupContents m_contents;
};

} // namespace

void dump(const ConnectionSpec &spec, const QString &snapshot, const QString &path)
{
    QProcess process;
    prepare(process, spec);
    // Into the file the caller made (its mode kept): pg_dump -f would create it with the umask's.
    process.setStandardOutputFile(path, QIODevice::Truncate);
    process.start(program(QStringLiteral("pg_dump")),
                  {QStringLiteral("--format=custom"),
                   QStringLiteral("--snapshot=") + snapshot,
                   QStringLiteral("--dbname=") + conninfo(spec)});
    finish(process, QStringLiteral("pg_dump"), &spec);
}

void restore(const ConnectionSpec &spec, const QString &path)
{
    QProcess process;
    prepare(process, spec);
    // Dropping a table waits for every transaction on it, and every desk then waits behind the
    // drop: a desk still at work makes the restore give up (and roll back) rather than freeze
    // the clinic, after the same wait as any other lock.
    QProcessEnvironment environment = process.processEnvironment();
    environment.insert(QStringLiteral("PGOPTIONS"),
                       QStringLiteral("-c lock_timeout=%1s").arg(Database::lockTimeoutSeconds));
    process.setProcessEnvironment(environment);
    process.start(program(QStringLiteral("pg_restore")),
                  {QStringLiteral("--clean"),
                   QStringLiteral("--if-exists"),
                   QStringLiteral("--single-transaction"),
                   QStringLiteral("--exit-on-error"),
                   QStringLiteral("--dbname=") + conninfo(spec),
                   path});
    finish(process, QStringLiteral("pg_restore"), &spec);
}

BackupContents read(const QString &path)
{
    const QString pgRestore = program(QStringLiteral("pg_restore"));
    // The archive's table of contents: pg_restore refuses what is not one.
    QProcess list;
    list.start(pgRestore, {QStringLiteral("--list"), path});
    list.waitForFinished(-1);
    if (list.exitStatus() != QProcess::NormalExit || list.exitCode() != 0)
        throw Refusal(notABackup(path));
    const QByteArray toc = list.readAllStandardOutput();
    if (!toc.contains(" TABLE DATA public audit_log ") || !toc.contains(" TABLE DATA public schema_version "))
        throw Refusal(notABackup(path));

    // The two tables' rows, streamed: the audit trail of a large practice is long.
    QProcess rows;
    rows.start(pgRestore,
               {QStringLiteral("--data-only"),
                QStringLiteral("--table=audit_log"),
                QStringLiteral("--table=schema_version"),
                QStringLiteral("--file=-"),
                path});
    CopyReader reader;
    while (rows.waitForReadyRead(-1) || rows.bytesAvailable() > 0) {
        while (rows.canReadLine())
            reader.line(rows.readLine());
        if (rows.state() == QProcess::NotRunning && !rows.canReadLine()) {
            if (rows.bytesAvailable() > 0)
                reader.line(rows.readAll());
            break;
        }
    }
    finish(rows, QStringLiteral("pg_restore"), nullptr);
    if (!reader.sawBoth())
        throw Refusal(notABackup(path));
    return reader.contents();
}

} // namespace paydesk::core::PgTools
