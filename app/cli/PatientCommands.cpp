#include "PatientCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "ledger/FamilyRegistry.h"

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

} // namespace paydesk::cli
