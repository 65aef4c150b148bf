#include "models/CellData.h"

#include "models/ItemRoles.h"
#include "money/Money.h"
#include "print/LedgerText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace paydesk::ui::CellData {

namespace {
constexpr int numberAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

QVariant money(const core::Money &value, int role)
{
    switch (role) {
    case Qt::DisplayRole: return value.toString(QLocale());
    case ExportRole: return value.toString();
    case SortRole: return value.cents();
    case Qt::TextAlignmentRole: return numberAlignment;
    case Qt::ForegroundRole: return value.isNegative() ? QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c))) : QVariant();
    default: return {};
    }
}

QVariant date(const QDate &value, int role)
{
    switch (role) {
    case Qt::DisplayRole: return LedgerText::date(value);
    case Qt::ToolTipRole: return QLocale().toString(value, QLocale::LongFormat);
    case ExportRole: return value.toString(Qt::ISODate);
    case SortRole: return value;
    default: return {};
    }
}

QVariant dateTime(const QDateTime &utc, const QTimeZone &zone, int role)
{
    if (!utc.isValid())
        return role == Qt::DisplayRole || role == ExportRole ? QVariant(QString()) : QVariant();
    const QDateTime local = utc.toTimeZone(zone);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2").arg(LedgerText::date(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
    case Qt::ToolTipRole: return QLocale().toString(local, QLocale::LongFormat);
    case ExportRole: return local.toString(Qt::ISODate);
    case SortRole: return utc;
    default: return {};
    }
}

QVariant id(qint64 value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole: return value ? QVariant(QString::number(value)) : QVariant(QString());
    case SortRole: return value;
    case Qt::TextAlignmentRole: return numberAlignment;
    default: return {};
    }
}

QVariant count(qint64 value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole: return QString::number(value);
    case SortRole: return value;
    case Qt::TextAlignmentRole: return numberAlignment;
    default: return {};
    }
}

QVariant text(const QString &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case ExportRole:
    case SortRole: return value;
    default: return {};
    }
}

} // namespace paydesk::ui::CellData
