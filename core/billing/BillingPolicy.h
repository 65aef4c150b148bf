#pragma once

namespace paydesk::core {

class Database;

// The patient-billing settings as the rules use them, read in one place (statements.*,
// billing.default, plans.*). Manual plans (plans.automated false) are held to ZOLL's fixed
// 45 days without a payment and 15 days of suspension; automated plans to the two plans.*
// settings. Only a payment resets a plan's clock, never a statement (unlike ZOLL, where a
// statement interval shorter than the plan's limit could keep a patient on a plan forever).
struct BillingPolicy
{
    static constexpr int manualDaysBetweenPayments = 45;
    static constexpr int manualSuspendedDays = 15;

    int statementIntervalDays = 30;
    int maxStatements = 3;
    bool suspendByDefault = false;
    bool automatedPlans = false;
    // What applies to plans now, automated or manual.
    int daysBetweenPayments = manualDaysBetweenPayments;
    int suspendedDays = manualSuspendedDays;

    // Reads the settings as stored now (a catch-up run uses today's settings for every day).
    static BillingPolicy read(const Database &db);
};

} // namespace paydesk::core
