#include "bench/PsqlCopyReference.h"

#include "bench/BenchMeasure.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace paydesk::core {

using namespace BenchMeasure;

namespace {

const QString scratchSchema = QStringLiteral("paydesk_bench_copy");

// Runs psql with `commands` (-c each) on the database `db` is connected to, its password
// passed in the environment, never on the command line. The error text, empty on success.
QString runPsql(const Database &db, const QString &psql, const QStringList &commands, bool oneTransaction)
{
    const ConnectionSpec &spec = db.spec();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const std::pair<const char *, QString> settings[] = {
            {"PGHOST", spec.host()},
            {"PGUSER", spec.user()},
            {"PGPASSWORD", spec.password()},
            {"PGDATABASE", spec.databaseName()},
            {"PGSERVICE", spec.service()},
            {"PGPORT", spec.hasPort() ? QString::number(spec.port()) : QString()},
    };
    for (const auto &[name, value] : settings) {
        if (!value.isEmpty())
            env.insert(QString::fromLatin1(name), value);
    }
    QStringList arguments{
            QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
    if (oneTransaction)
        arguments.append(QStringLiteral("-1"));
    for (const QString &command : commands)
        arguments << QStringLiteral("-c") << command;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(psql, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return error.isEmpty() ? process.errorString() : error.section(u'\n', 0, 0);
    }
    return {};
}

QString quoted(const QString &path)
{
    return u'\'' + QString(path).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace

PsqlCopyReference::PsqlCopyReference(const Database &db)
    : m_db(db)
{}

const QStringList &PsqlCopyReference::tables()
{
    static const QStringList names{QStringLiteral("families"),
                                   QStringLiteral("patients"),
                                   QStringLiteral("charges"),
                                   QStringLiteral("adjustments"),
                                   QStringLiteral("payments"),
                                   QStringLiteral("allocations"),
                                   QStringLiteral("claims"),
                                   QStringLiteral("claim_procs"),
                                   QStringLiteral("claim_payments")};
    return names;
}

QHash<QString, qint64> PsqlCopyReference::highestIds() const
{
    QHash<QString, qint64> ids;
    for (const QString &table : tables()) {
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)).exec();
        ids.insert(table, q.next() ? q.id(0) : 0);
    }
    return ids;
}

PsqlCopyReference::Result PsqlCopyReference::measure(const QHash<QString, qint64> &before,
                                                     const QHash<QString, qint64> &after) const
{
    Result result;
    if (!m_db.isPostgres()) {
        result.reason = Tr::tr("not on PostgreSQL");
        return result;
    }
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        result.reason = Tr::tr("psql is not installed");
        return result;
    }
    const QTemporaryDir folder;
    if (!folder.isValid())
        throw StorageError(folder.errorString());

    // The rows out, in psql's own text format: not timed.
    QStringList out, in;
    m_db.execute(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(scratchSchema));
    m_db.execute(QStringLiteral("CREATE SCHEMA %1").arg(scratchSchema));
    for (const QString &table : tables()) {
        const QString file = quoted(folder.filePath(table + QStringLiteral(".copy")));
        const QString range = QStringLiteral("id > %1 AND id <= %2").arg(before.value(table)).arg(after.value(table));
        out.append(QStringLiteral("\\copy (SELECT * FROM %1 WHERE %2 ORDER BY id) TO %3").arg(table, range, file));
        in.append(QStringLiteral("\\copy %1.%2 FROM %3").arg(scratchSchema, table, file));
        m_db.execute(QStringLiteral("CREATE TABLE %1.%2 (LIKE %2 INCLUDING ALL)").arg(scratchSchema, table));
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, range)).exec();
        result.rows += q.next() ? q.id(0) : 0;
    }
    QString error = runPsql(m_db, psql, out, false);
    if (error.isEmpty()) {
        const auto start = Clock::now();
        error = runPsql(m_db, psql, in, true);
        result.ns = elapsedNs(start);
    }
    m_db.execute(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(scratchSchema));
    if (!error.isEmpty()) {
        result.reason = Tr::tr("psql failed: %1").arg(error);
        return result;
    }
    result.measured = true;
    return result;
}

} // namespace paydesk::core
