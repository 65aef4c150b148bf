#pragma once

#include "models/TableModel.h"
#include "portal/PortalFileLog.h"

#include <QTimeZone>

namespace paydesk::ui {

// The report files Fetch and Process Reports has read (core::portal::PortalFileLog), newest
// first: when, by whom, and what each file's records came to.
class PortalFilesModel : public TableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        FetchedAt,
        FetchedBy,
        Posted,
        PostedTotal,
        Refunds,
        Duplicates,
        Skipped,
        Exceptions,
        Size,
        Sha256
    };

    explicit PortalFilesModel(QObject *parent = nullptr);

    // `zone`: the practice's, which the times are shown in.
    void setRows(QList<core::portal::PortalFileRecord> rows, const QTimeZone &zone);
    const core::portal::PortalFileRecord &row(int row) const { return m_rows.at(row); }

protected:
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::portal::PortalFileRecord> m_rows;
    QTimeZone m_zone;
};

} // namespace paydesk::ui
