#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paydesk::core {

// One request to move a practice group from the legacy ledger to tracked allocations, as
// drchrono's quick view lists them: Queued by an administrator, In Progress while the nightly
// job converts it, then Active with the date it completed, or Error with the reason (the
// group untouched, and it may be queued again). An Active migration is never reversed.
struct Migration
{
    enum class Status { Queued, InProgress, Active, Error };

    // The quick view's Name column, the reference's "patient_payment": the one kind there is.
    static QString kindName();

    qint64 id = 0;
    QString name;
    qint64 groupId = 0;
    QString groupName;
    QDateTime createdAt; // UTC
    QString createdBy;
    Status status = Status::Queued;
    QDateTime startedAt; // UTC; null until the nightly job first starts it
    QDate completedOn;   // the practice's date it became Active; null before
    QString reason;      // why it ended in Error
    qint64 families = 0; // families converted (Active) or counted when it failed
    qint64 rows = 0;     // rows the conversion wrote

    // "queued", "in_progress", "active", "error": the stored value.
    static QString statusCode(Status status);
    static std::optional<Status> statusFromCode(const QString &code);
    // "Queued", "In Progress", "Active", "Error": the reference's words, the same in every
    // language, as the JSON carries them and the CLI prints them.
    static QString statusText(Status status);
    // The same words in the user's language, for the desk.
    static QString statusName(Status status);
    // Whether the group keeps it, i.e. a new request is refused (every status but Error).
    bool isLive() const { return status != Status::Error; }

    // How a run left it: "migration 7 (Old ledger, id 3): Active on 2026-12-07, 1,234 families,
    // 5,678 rows", "...: Error: <reason>", or the status another job holds it in.
    QString outcome() const;

    // id, name, group, group_name, created_at, created_by, status, completed_on (a date or
    // null): `migrations list --json`.
    QJsonObject toJson() const;
};

// One line of a migration's log: a step with its time, the families and rows it covered.
struct MigrationLogEntry
{
    QDateTime at; // UTC
    QString step; // "queued", "started", "converting", "verified", "active", "error", "restarted"
    qint64 families = 0;
    qint64 rows = 0;
    QString message;

    QJsonObject toJson() const; // at, step, families, rows, message
};

} // namespace paydesk::core
