#include "print/LedgerText.h"

#include <QRegularExpression>

#include <algorithm>

namespace paydesk::ui {

using core::AllocationTarget;

LedgerText::Item LedgerText::item(const core::FamilyAccount &account, const AllocationTarget &target)
{
    Item item;
    qint64 patientId = 0;
    switch (target.kind) {
    case AllocationTarget::Kind::Charge:
        if (const core::ChargeLine *line = account.charge(target.id)) {
            item = {line->charge.date, {}, line->charge.code, line->charge.description};
            patientId = line->charge.patientId;
        }
        break;
    case AllocationTarget::Kind::Adjustment:
        if (const core::AdjustmentLine *line = account.adjustment(target.id)) {
            item = {line->adjustment.date, {}, line->adjustment.type, tr("Adjustment")};
            patientId = line->adjustment.patientId;
        }
        break;
    case AllocationTarget::Kind::Unearned:
        item.description = tr("Prepayment (unearned income)");
        break;
    }
    if (const core::Patient *p = account.member(patientId))
        item.patient = p->displayName();
    return item;
}

QString LedgerText::itemLine(const core::FamilyAccount &account, const AllocationTarget &target)
{
    const Item i = item(account, target);
    if (target.kind == AllocationTarget::Kind::Unearned)
        return i.description;
    const QString what = i.description.isEmpty() ? i.code : tr("%1 %2").arg(i.code, i.description);
    return tr("%1 of %2 (%3)").arg(what, date(i.date), i.patient);
}

QString LedgerText::kindLabel(core::Payment::Kind kind)
{
    switch (kind) {
    case core::Payment::Kind::Payment:
        return tr("Payment");
    case core::Payment::Kind::Void:
        return tr("Void");
    case core::Payment::Kind::Refund:
        return tr("Refund");
    }
    return {};
}

QString LedgerText::dateFormat(const QLocale &locale)
{
    static const QRegularExpression year(QStringLiteral("y+"));
    return locale.dateFormat(QLocale::ShortFormat).replace(year, QStringLiteral("yyyy"));
}

QString LedgerText::date(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, dateFormat(locale));
}

QString LedgerText::money(core::Money amount)
{
    return amount.toString(QLocale());
}

QString LedgerText::dateTime(const QDateTime &dateTime, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime local = dateTime.toTimeZone(zone);
    return tr("%1 %2").arg(locale.toString(local.date(), dateFormat(locale)),
                           locale.toString(local.time(), QLocale::ShortFormat));
}

QList<core::Split> LedgerText::standingAllocations(const core::FamilyAccount &account, qint64 paymentId)
{
    QList<core::Split> net;
    for (const core::Allocation &a : account.allocations) {
        if (a.paymentId != paymentId)
            continue;
        const auto it = std::find_if(net.begin(), net.end(), [&](const core::Split &s) { return s.target == a.target; });
        if (it == net.end())
            net.append({a.target, a.amount});
        else
            it->amount += a.amount;
    }
    net.removeIf([](const core::Split &s) { return s.amount.isZero(); });
    return net;
}

} // namespace paydesk::ui
