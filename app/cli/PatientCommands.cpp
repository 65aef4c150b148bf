#include "PatientCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "ledger/FamilyAddress.h"
#include "ledger/FamilyRegistry.h"
#include "util/Errors.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int PatientCommands::add(CommandContext &context)
{
    const Invocation &o = context.options();
    core::Patient patient;
    patient.familyId = o.id(u"--family"_s);
    patient.lastName = o.text(u"--last"_s);
    patient.firstName = o.text(u"--first"_s);
    patient.birthDate = o.date(u"--birth"_s);
    patient.isGuarantor = o.has(u"--guarantor"_s);
    const core::NewPatient added = core::FamilyRegistry(context.db(), context.user()).addPatient(patient);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, added.familyId}, {u"patient"_s, added.patientId}});
    else
        context.print(CliTr::tr("Added patient #%1 to family %2.").arg(added.patientId).arg(added.familyId));
    return 0;
}

int PatientCommands::familyAddress(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 familyId = o.id(u"--family"_s);
    if (o.has(u"--address"_s) == o.has(u"--clear"_s))
        throw core::Refusal(CliTr::tr("family address needs exactly one of --address TEXT, --clear."));
    // A shell passes a line break only quoted ($'...'), so "\n" in the text is one too.
    const QString address = o.text(u"--address"_s).replace(u"\\n"_s, u"\n"_s);
    const QString stored = core::FamilyAddress(context.db(), context.user()).set(familyId, address);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, familyId}, {u"mailing_address"_s, stored}});
    else
        context.print(CliTr::tr("The mailing address of family %1 is now:\n%2").arg(familyId).arg(stored));
    return 0;
}

} // namespace paydesk::cli
