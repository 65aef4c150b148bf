#include "PortalCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "portal/BalanceDueList.h"
#include "portal/PayNowLink.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int PortalCommands::balanceDue(CommandContext &context)
{
    const core::Database &db = context.db();
    // Without a Pay Now address the list has nothing to hand a patient: refused, naming
    // the settings to set, before any file is written.
    const core::PayNowLink link = core::PayNowLink::read(db);
    link.require();
    const core::BalanceDueList list(db);
    if (context.options().has(u"--csv"_s)) {
        const QString path = context.options().text(u"--csv"_s);
        const qint64 rows = list.writeCsv(context.user(), path);
        if (context.json())
            context.print(QJsonObject{{u"file"_s, path}, {u"rows"_s, rows}});
        else
            context.print(CliTr::tr("Wrote %1 families to %2.").arg(rows).arg(path));
        return 0;
    }
    const QList<core::BalanceDue> rows = list.read(context.user());
    if (context.json()) {
        QJsonArray array;
        for (const core::BalanceDue &due : rows)
            array.append(due.toJson());
        context.print(array);
        return 0;
    }
    QString text = CliTr::tr("Pay Now: %1").arg(link.url());
    if (rows.isEmpty()) {
        context.print(text + u'\n' + CliTr::tr("No family has a balance due."));
        return 0;
    }
    TextTable table({{CliTr::tr("Family"), TextTable::Align::Right},
                     {CliTr::tr("Guarantor"), TextTable::Align::Left},
                     {CliTr::tr("Balance"), TextTable::Align::Right}});
    for (const core::BalanceDue &due : rows)
        table.addRow({QString::number(due.familyId), due.guarantor, due.balance.toString()});
    context.print(text + u'\n' + table.toString(0).chopped(1));
    return 0;
}

} // namespace paydesk::cli
