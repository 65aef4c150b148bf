#pragma once

#include "migration/Migration.h"
#include "models/TableModel.h"

#include <QTimeZone>

namespace paydesk::ui {

// One migration's log, oldest first: each step with its time, the families and rows it
// covered, and what it said.
class MigrationLogModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { At, Step, Families, Rows, Message };

    explicit MigrationLogModel(QObject *parent = nullptr);

    // `zone`: the practice's, which the times are shown in.
    void setEntries(QList<core::MigrationLogEntry> entries, const QTimeZone &zone);

    // "Queued", "Started", ... for a stored step; the step itself when it is unknown.
    static QString stepText(const QString &step);

protected:
    int rows() const override { return int(m_entries.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::MigrationLogEntry> m_entries;
    QTimeZone m_zone;
};

} // namespace paydesk::ui
