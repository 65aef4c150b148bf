#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace paydesk::core {

// The record of one Family Balancer run (or of the undo of one): who, when, how, on what,
// and what it did. Rows a run writes carry its id, so it can be reversed as a whole.
struct BalancerRun
{
    enum class Status { Running, Finished, Cancelled };

    qint64 id = 0;
    QString method;   // a balancerMethodCode(), or undoMethod()
    qint64 familyId = 0; // 0: every family
    QDate asOf;
    bool voidTransfers = false;
    qint64 reversesRunId = 0;
    qint64 reversedByRunId = 0;
    Status status = Status::Running;
    qint64 familiesChanged = 0;
    qint64 familiesRefused = 0;
    qint64 rowsWritten = 0;
    Money amountMoved;
    QString createdBy;
    QDateTime createdAt;
    QDateTime finishedAt;

    static QString undoMethod() { return QStringLiteral("undo"); }
    bool isUndo() const { return method == undoMethod(); }
};

QString balancerRunStatusCode(BalancerRun::Status status);
QString balancerRunStatusLabel(BalancerRun::Status status);

} // namespace paydesk::core
