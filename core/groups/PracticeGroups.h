#pragma once

#include "groups/PracticeGroup.h"

#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// The practice's groups. Changes ask Permissions (ManagePracticeGroups) and write with their
// audit row in one transaction; a refused change names the field and the value and changes
// nothing.
class PracticeGroups
{
public:
    PracticeGroups(const Database &db, QString user);

    // By id, each with the number of its families.
    QList<PracticeGroup> list() const;
    // Refused: an empty, over-long or multi-line name, or one that exists (names compare
    // trimmed and ignoring case). Returns the new group's id.
    qint64 add(const QString &name, PracticeGroup::Ledger ledger);
    // Refused for an unknown family or group, and between groups on different ledgers: a
    // legacy group becomes tracked only by its migration, the whole group at once.
    void assign(qint64 familyId, qint64 groupId);

    // Every group, without counting families: what an import checks its groups against.
    static QList<PracticeGroup> stored(const Database &db);
    // Why `normalizedName` is refused as a group's name (empty, over-long, multi-line); empty
    // when it is not. The uniqueness of names is the caller's to check.
    static QString nameProblem(const QString &normalizedName);
    // Writes `group` with its id and its audit row ("create"), in the caller's transaction,
    // after the caller checked it: add() and the import.
    static void insert(const Database &db, const QString &user, const PracticeGroup &group);

    // The group of `familyId` (families not counted); Refusal for an unknown family.
    static PracticeGroup groupOf(const Database &db, qint64 familyId);
    // The one definition of "this family keeps the legacy ledger": false for an unknown family.
    static bool isLegacy(const Database &db, qint64 familyId);
    // Refusal saying why and how to migrate when `familyId` keeps the legacy ledger: every
    // allocation asks this first.
    static void requireTracked(const Database &db, qint64 familyId);
    // What that refusal says for `familyId` of the legacy `group`: also the Family Balancer's
    // reason for each legacy family it leaves alone.
    static QString legacyProblem(qint64 familyId, const PracticeGroup &group);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
