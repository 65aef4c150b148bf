#include "import/PracticeGroupsFile.h"

#include "groups/PracticeGroups.h"
#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Tr.h"

#include <QHash>

#include <algorithm>

namespace paydesk::core::importing {

PracticeGroupsFile::PracticeGroupsFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"practice_groups.csv")
{}

bool PracticeGroupsFile::open()
{
    return m_file.open(false, {{u"group_id", true}, {u"name", true}, {u"ledger", true}});
}

bool PracticeGroupsFile::check()
{
    QHash<qint64, PracticeGroup> storedById;
    QHash<QString, PracticeGroup> storedByName; // names compare ignoring case, as PracticeGroups::add
    for (const PracticeGroup &group : PracticeGroups::stored(m_context.db)) {
        storedById.insert(group.id, group);
        storedByName.insert(group.name.toLower(), group);
        m_context.practiceGroups.insert(group.id, group.ledger);
    }
    ImportTable &file = m_file;
    QHash<qint64, int> idLines;
    QHash<QString, int> nameLines; // by name in lower case
    while (file.next()) {
        const auto id = file.id(GroupId);
        const QString name = FreeText::normalized(file.value(GroupName));
        const QString nameProblem = PracticeGroups::nameProblem(name);
        if (!nameProblem.isEmpty())
            file.problem(GroupName, nameProblem);
        const auto ledger = PracticeGroup::ledgerFromCode(file.text(GroupLedger).toLower());
        if (!ledger)
            file.problem(GroupLedger, Tr::tr("write legacy or tracked"));
        bool good = id && nameProblem.isEmpty() && ledger;
        if (id) {
            if (const int earlier = idLines.value(*id)) {
                file.problem(GroupId, Tr::tr("group %1 is already on line %2").arg(*id).arg(earlier));
                good = false;
            } else {
                idLines.insert(*id, file.line());
            }
        }
        if (nameProblem.isEmpty()) {
            if (const int earlier = nameLines.value(name.toLower())) {
                file.problem(GroupName, Tr::tr("the name is already on line %1").arg(earlier));
                good = false;
            } else {
                nameLines.insert(name.toLower(), file.line());
            }
        }
        if (!good)
            continue;
        // A group the database has is named only as it is there: the import changes no group.
        if (const auto stored = storedById.constFind(*id); stored != storedById.cend()) {
            if (stored->name.toLower() != name.toLower())
                file.problem(GroupName, Tr::tr("group %1 is named \"%2\" in the database").arg(*id).arg(stored->name));
            if (stored->ledger != *ledger)
                file.problem(GroupLedger,
                             Tr::tr("group %1 keeps %2 in the database")
                                     .arg(*id)
                                     .arg(PracticeGroup::ledgerName(stored->ledger)));
            continue;
        }
        if (const auto same = storedByName.constFind(name.toLower()); same != storedByName.cend()) {
            file.problem(GroupName, Tr::tr("the database has this name for group %1").arg(same->id));
            continue;
        }
        PracticeGroup group;
        group.id = *id;
        group.name = name;
        group.ledger = *ledger;
        m_groups.append(group);
        m_context.practiceGroups.insert(*id, *ledger);
    }
    m_context.summary.practiceGroups = m_groups.size();
    m_context.anyLegacyGroup = std::any_of(
            m_context.practiceGroups.cbegin(), m_context.practiceGroups.cend(), [](PracticeGroup::Ledger ledger) {
                return ledger == PracticeGroup::Ledger::Legacy;
            });
    return file.finish();
}

void PracticeGroupsFile::write(BatchWriter &writer)
{
    if (m_groups.isEmpty())
        return;
    if (!m_file.unchanged())
        throw Refusal(m_file.changedMessage());
    for (const PracticeGroup &group : std::as_const(m_groups))
        writer.addPracticeGroup(group);
}

} // namespace paydesk::core::importing
