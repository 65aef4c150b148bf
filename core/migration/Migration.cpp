#include "migration/Migration.h"

#include "util/Tr.h"

#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

constexpr Migration::Status allStatuses[] = {Migration::Status::Queued, Migration::Status::InProgress,
                                             Migration::Status::Active, Migration::Status::Error};

} // namespace

QString Migration::kindName()
{
    return u"patient_payment"_s;
}

QString Migration::statusCode(Status status)
{
    switch (status) {
    case Status::Queued: return u"queued"_s;
    case Status::InProgress: return u"in_progress"_s;
    case Status::Active: return u"active"_s;
    case Status::Error: return u"error"_s;
    }
    return {};
}

std::optional<Migration::Status> Migration::statusFromCode(const QString &code)
{
    for (Status status : allStatuses) {
        if (code == statusCode(status))
            return status;
    }
    return std::nullopt;
}

QString Migration::statusText(Status status)
{
    switch (status) {
    case Status::Queued: return u"Queued"_s;
    case Status::InProgress: return u"In Progress"_s;
    case Status::Active: return u"Active"_s;
    case Status::Error: return u"Error"_s;
    }
    return {};
}

QString Migration::statusName(Status status)
{
    switch (status) {
    case Status::Queued: return Tr::tr("Queued", "migration status");
    case Status::InProgress: return Tr::tr("In Progress", "migration status");
    case Status::Active: return Tr::tr("Active", "migration status");
    case Status::Error: return Tr::tr("Error", "migration status");
    }
    return {};
}

QString Migration::outcome() const
{
    const QString head = Tr::tr("migration %1 (%2, id %3)").arg(id).arg(groupName).arg(groupId);
    switch (status) {
    case Status::Active: {
        const QLocale locale;
        return Tr::tr("%1: Active on %2, %3 families, %4 rows")
                .arg(head, completedOn.toString(Qt::ISODate), locale.toString(families), locale.toString(rows));
    }
    case Status::Error: return Tr::tr("%1: Error: %2").arg(head, reason);
    case Status::Queued:
    case Status::InProgress: break;
    }
    return Tr::tr("%1: %2 (another job is running it)").arg(head, statusText(status));
}

QJsonObject Migration::toJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"group"_s, groupId},
            {u"group_name"_s, groupName},
            {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODate)},
            {u"created_by"_s, createdBy},
            {u"status"_s, statusText(status)},
            {u"completed_on"_s, completedOn.isValid() ? QJsonValue(completedOn.toString(Qt::ISODate)) : QJsonValue()}};
}

QJsonObject MigrationLogEntry::toJson() const
{
    return {{u"at"_s, at.toUTC().toString(Qt::ISODate)},
            {u"step"_s, step},
            {u"families"_s, families},
            {u"rows"_s, rows},
            {u"message"_s, message}};
}

} // namespace paydesk::core
