#include "migration/MigrationLogModel.h"

#include "models/CellData.h"

namespace paydesk::ui {

MigrationLogModel::MigrationLogModel(QObject *parent)
    : TableModel({tr("Time"), tr("Step"), tr("Families"), tr("Rows"), tr("Message")}, {Families, Rows}, parent)
{}

void MigrationLogModel::setEntries(QList<core::MigrationLogEntry> entries, const QTimeZone &zone)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_zone = zone;
    endResetModel();
}

QString MigrationLogModel::stepText(const QString &step)
{
    static const struct
    {
        const char *code;
        const char *text;
    } steps[] = {
            {"queued", QT_TR_NOOP("Queued")},
            {"started", QT_TR_NOOP("Started")},
            {"converting", QT_TR_NOOP("Converting")},
            {"verified", QT_TR_NOOP("Verified")},
            {"active", QT_TR_NOOP("Active")},
            {"error", QT_TR_NOOP("Error")},
            {"restarted", QT_TR_NOOP("Restarted")},
    };
    for (const auto &s : steps) {
        if (step == QLatin1String(s.code))
            return tr(s.text);
    }
    return step;
}

QVariant MigrationLogModel::cell(int row, int column, int role) const
{
    const core::MigrationLogEntry &e = m_entries.at(row);
    switch (Column(column)) {
    case At:
        return CellData::dateTime(e.at, m_zone, role);
    case Step:
        return CellData::text(stepText(e.step), role);
    case Families:
        return CellData::count(e.families, role);
    case Rows:
        return CellData::count(e.rows, role);
    case Message:
        if (role == Qt::ToolTipRole)
            return e.message;
        return CellData::text(e.message, role);
    }
    return {};
}

} // namespace paydesk::ui
