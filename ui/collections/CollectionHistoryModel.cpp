#include "collections/CollectionHistoryModel.h"

#include "collections/CollectionNote.h"

#include "models/CellData.h"

#include <algorithm>

namespace paydesk::ui {

CollectionHistoryModel::CollectionHistoryModel(QObject *parent)
    : TableModel({tr("Status"), tr("From"), tr("To"), tr("By"), tr("Note")}, {}, parent)
{}

void CollectionHistoryModel::setHistory(const QList<core::CollectionHistoryEntry> &history)
{
    beginResetModel();
    m_history = history;
    std::reverse(m_history.begin(), m_history.end());
    endResetModel();
}

QVariant CollectionHistoryModel::cell(int row, int column, int role) const
{
    const core::CollectionHistoryEntry &entry = m_history.at(row);
    switch (Column(column)) {
    case Code:
        // A period out of collections has no code.
        return CellData::text(entry.code.isEmpty() ? tr("(out of collections)") : entry.code, role);
    case From:
        return CellData::date(entry.from, role);
    case To:
        return CellData::date(entry.to, role);
    case By:
        return CellData::text(entry.by, role);
    case Note:
        return CellData::text(core::CollectionNote::shown(entry.note), role);
    }
    return {};
}

} // namespace paydesk::ui
