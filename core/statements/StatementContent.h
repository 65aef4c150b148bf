#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paydesk::core {

// One entry on a statement: what moved the family's balance on a day.
struct StatementLine
{
    enum class Kind { Charge, Adjustment, Payment, Insurance };

    QDate date;
    Kind kind = Kind::Charge;
    QString description; // "D1110 Prophylaxis", "Payment by check CHK 1234", "Void of payment of 2026-03-02"
    Money amount;        // signed: + raises the balance (a charge), − lowers it (a payment)
};

// A member of the family with the entries on the statement, in date order.
struct StatementMember
{
    qint64 patientId = 0;
    QString name; // "Rivera, Ana"
    QList<StatementLine> lines;
};

// Everything a printed statement shows (StatementBuilder makes it, ui/print/StatementDocument
// draws it). Invariant: previousBalance + Σ lines == balanceDue, so the paper adds up.
struct StatementContent
{
    // practice.name, practice.address (several lines), practice.phone; empty when not set.
    QString practiceName;
    QString practiceAddress;
    QString practicePhone;

    qint64 familyId = 0;
    QDate date;             // the statement's date
    int number = 0;         // its number in the family's count; 0: the current account, never sent
    QDate previousDate;     // the previous statement's date; null for the first
    QString guarantor;      // "Ana Rivera", as on an envelope
    QString mailingAddress; // several lines; empty when not set (FamilyAddress)

    QList<StatementMember> members; // those with entries on the statement, guarantor first
    // What the family owed before the entries listed: the balance due less the entries.
    Money previousBalance;
    Money balanceDue;
    Money amountDue;
    Money planAmount; // the monthly amount of the payment plan the statement is on; zero: none
    // The practice's Pay Now address (PayNowLink::url()), where the guarantor types familyId;
    // empty until the link is configured, and then the statement prints no "Pay online:".
    QString payUrl;

    bool isCurrentAccount() const { return number == 0; }
};

} // namespace paydesk::core
