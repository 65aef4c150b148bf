#pragma once

#include "ledger/AutoAllocator.h"
#include "ledger/FamilyAccount.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace paydesk::ui {

// How dialogs and printed documents name ledger items, so the allocation grid, the void
// confirmation and the receipt describe a charge the same way.
class LedgerText
{
    Q_DECLARE_TR_FUNCTIONS(LedgerText)

public:
    struct Item
    {
        QDate date;
        QString patient;
        QString code;        // procedure code, or the adjustment type
        QString description; // the charge's description, or "Adjustment"
    };

    static Item item(const core::FamilyAccount &account, const core::AllocationTarget &target);
    // One line, e.g. "D1110 Prophylaxis of 01/15/2024 (Smith, Ann)".
    static QString itemLine(const core::FamilyAccount &account, const core::AllocationTarget &target);
    static QString kindLabel(core::Payment::Kind kind);
    // The locale's short date with a four-digit year, so that no date reads two ways.
    static QString dateFormat(const QLocale &locale);
    static QString date(const QDate &date);
    // The moment as the clock on the practice's wall shows it (`zone`: practice.time_zone,
    // core::LedgerCalendar::timeZone), with the same date format: a receipt printed on a
    // laptop set to another zone still says when the payment was taken at the practice.
    static QString dateTime(const QDateTime &dateTime, const QTimeZone &zone);
    static QString money(core::Money amount);

    // What a payment pays now: its allocation rows netted per target (taken-back rows
    // cancel their originals), in the order they were first made; zero nets are left out.
    static QList<core::Split> standingAllocations(const core::FamilyAccount &account, qint64 paymentId);
};

} // namespace paydesk::ui
