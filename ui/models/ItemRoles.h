#pragma once

#include <Qt>

namespace paydesk::ui {

// Roles every PayDesk list model answers besides the display ones.
enum ItemRole {
    // The value a column sorts by: cents for money, QDate for dates, numbers for ids,
    // so that a proxy never sorts "1,000.00" before "200.00".
    SortRole = Qt::UserRole,
    // The text a CSV export writes: money as 1234.50, dates as YYYY-MM-DD.
    ExportRole = Qt::UserRole + 1,
    // The id of the row's record (patient, charge, payment, ...).
    IdRole = Qt::UserRole + 2,
    // The patient the row belongs to.
    PatientIdRole = Qt::UserRole + 3,
};

} // namespace paydesk::ui
