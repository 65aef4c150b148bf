#include "BackupCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "backup/DatabaseBackup.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int BackupCommands::backup(CommandContext &context)
{
    const core::BackupReport report = core::DatabaseBackup(context.db(), context.user())
                                              .backUp(context.options().text(u"--to"_s));
    if (context.json())
        context.print(report.toJson());
    else
        context.print(report.line());
    return 0;
}

int BackupCommands::restore(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::RestoreReport report = core::DatabaseBackup(context.db(), context.user())
                                               .restore(o.text(u"--from"_s), o.has(u"--force"_s));
    if (context.json()) {
        QJsonObject json = report.toJson();
        QJsonArray issues;
        for (const core::VerifyIssue &issue : report.issues) {
            const bool error = issue.severity == core::VerifyIssue::Severity::Error;
            issues.append(
                    QJsonObject{{u"severity"_s, error ? u"error"_s : u"warning"_s}, {u"message"_s, issue.message}});
        }
        json.insert(u"issues"_s, issues);
        context.print(json);
    } else {
        context.print(report.line());
        for (const core::VerifyIssue &issue : report.issues) {
            const bool error = issue.severity == core::VerifyIssue::Severity::Error;
            context.print((error ? u"error: "_s : u"warning: "_s) + issue.message);
        }
    }
    // As verify: the restore is done, but an error in the restored ledger is the exit status's.
    return report.errors() > 0 ? 1 : 0;
}

} // namespace paydesk::cli
