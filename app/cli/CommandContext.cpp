#include "CommandContext.h"

#include "CliTr.h"

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "util/Errors.h"
#include "util/LoginName.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

CommandContext::CommandContext(Invocation options, QTextStream &out)
    : m_options(std::move(options)), m_out(out)
{
}

CommandContext::~CommandContext() = default;

QString CommandContext::user() const
{
    return m_options.has(u"--user"_s) ? m_options.text(u"--user"_s) : core::loginName();
}

core::Database &CommandContext::db()
{
    if (!m_db) {
        const QString where = m_options.has(u"--db"_s) ? m_options.text(u"--db"_s)
                                                         : core::ConnectionSpec::defaultSqlitePath();
        m_db = std::make_unique<core::Database>(core::ConnectionSpec::parse(where));
    }
    return *m_db;
}

core::Database &CommandContext::scratchOrGivenDb()
{
    if (m_options.has(u"--db"_s) || m_db)
        return db();
    m_scratch = std::make_unique<QTemporaryDir>();
    if (!m_scratch->isValid())
        throw core::StorageError(CliTr::tr("Cannot create a scratch folder: %1").arg(m_scratch->errorString()));
    m_db = std::make_unique<core::Database>(core::ConnectionSpec::parse(m_scratch->filePath(u"bench.sqlite"_s)));
    return *m_db;
}

void CommandContext::print(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CommandContext::print(const QString &text)
{
    // Flushed line by line, so that a long run (bench) shows its progress as it goes.
    m_out << text << u'\n';
    m_out.flush();
}

} // namespace paydesk::cli
