#include "audit/AuditTrailModel.h"

#include "ledger/LedgerCalendar.h"
#include "models/CellData.h"
#include "models/ItemRoles.h"
#include "print/LedgerText.h"

namespace paydesk::ui {

AuditTrailModel::AuditTrailModel(const core::Database &db, QObject *parent)
    : TableModel({tr("At"), tr("User"), tr("Action"), tr("Entity"), tr("Entity #"), tr("Before"), tr("After")},
                 {EntityId},
                 parent)
    , m_db(db)
{}

void AuditTrailModel::setFilter(const core::AuditFilter &filter)
{
    const QTimeZone zone = core::LedgerCalendar(m_db).timeZone();
    const QList<core::AuditEntry> first = core::AuditTrail(m_db).find(filter, 0, m_pageSize);
    beginResetModel();
    m_zone = zone;
    m_filter = filter;
    m_entries = first;
    m_more = first.size() == m_pageSize;
    endResetModel();
}

void AuditTrailModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_more = false;
    endResetModel();
}

QString AuditTrailModel::timeText(const QDateTime &local)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype minutes = format.indexOf(QStringLiteral("mm"));
    if (!format.contains(u's') && minutes >= 0)
        format.insert(minutes + 2, QStringLiteral(":ss"));
    return QStringLiteral("%1 %2").arg(LedgerText::date(local.date()), locale.toString(local.time(), format));
}

QList<core::AuditEntry> AuditTrailModel::readPage(qint64 beforeId) const
{
    return core::AuditTrail(m_db).find(m_filter, beforeId, m_pageSize);
}

bool AuditTrailModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditTrailModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_entries.isEmpty())
        return;
    const QList<core::AuditEntry> page = readPage(m_entries.constLast().id);
    m_more = page.size() == m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_entries.append(page);
    endInsertRows();
}

QVariant AuditTrailModel::cell(int row, int column, int role) const
{
    const core::AuditEntry &entry = m_entries.at(row);
    if (role == IdRole)
        return entry.id;
    switch (Column(column)) {
    case At:
        if (role == Qt::DisplayRole)
            return timeText(entry.at.toTimeZone(m_zone));
        return CellData::dateTime(entry.at, m_zone, role);
    case User:
        return CellData::text(entry.user, role);
    case Action:
        return CellData::text(entry.action, role);
    case Entity:
        return CellData::text(entry.entity, role);
    case EntityId:
        return CellData::id(entry.entityId, role);
    case Before:
        return CellData::text(entry.before, role);
    case After:
        return CellData::text(entry.after, role);
    }
    return {};
}

} // namespace paydesk::ui
