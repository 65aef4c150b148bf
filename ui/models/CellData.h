#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QString>
#include <QVariant>

namespace paydesk::core {
class Money;
}

namespace paydesk::ui {

// What one cell answers for each role, so that every list formats, sorts and exports a
// kind of value the same way.
namespace CellData {
// Grouped per locale and right-aligned; negative amounts in red.
QVariant money(const core::Money &value, int role);
// As the dialogs write dates (LedgerText); sorts by the date, exports as YYYY-MM-DD.
QVariant date(const QDate &value, int role);
// A moment (stored in UTC) as the clock read in `zone` (the practice's); exports with its
// offset (2026-12-07T03:10:00-06:00), so the file says which time it means; sorts by it.
QVariant dateTime(const QDateTime &utc, const QTimeZone &zone, int role);
// A record number: right-aligned, sorts numerically; 0 shows nothing.
QVariant id(qint64 value, int role);
// A count: right-aligned, sorts numerically; 0 shows as 0.
QVariant count(qint64 value, int role);
QVariant text(const QString &value, int role);
} // namespace CellData

} // namespace paydesk::ui
