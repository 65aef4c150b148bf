#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk::core {

// A family's collection status now (a row of collection_accounts). Kept apart from its
// statement (billing) status: statements follow their own schedule.
struct CollectionAccount
{
    qint64 familyId = 0;
    QString code; // empty: no collection status (never had one, or left collections)
    // The date of its last change. The daily run never changes an account on a day before
    // it, so a catch-up of earlier days cannot undo a later change (a payment, a user's).
    QDate since;
    // In a plan's own Status for Default (not the integration's failed code): its Days to
    // Remain and Transfer are ignored until a user changes the status.
    bool stays = false;
};

// One change of it: the code held from `from` until the next change (`to`, null for the
// current one); an empty code is a period out of collections.
struct CollectionHistoryEntry
{
    QString code;
    QDate from;
    QDate to;
    QString by;   // a user, or daily-run
    QString note;

    // code (null when empty), from, to (null), by, note.
    QJsonObject toJson() const;
};

} // namespace paydesk::core
