#pragma once

#include <QJsonObject>

namespace paydesk::core {

struct Adjustment;
struct Allocation;
struct Charge;
struct FamilyAccount;
struct Patient;
struct Payment;

// The JSON forms used by `account --json` and the audit trail. Money is a string with two
// decimals ("-14.50"), ids are numbers, dates YYYY-MM-DD: a contract for scripts.
namespace LedgerJson {
QJsonObject patient(const Patient &patient);
QJsonObject charge(const Charge &charge);
QJsonObject adjustment(const Adjustment &adjustment);
QJsonObject payment(const Payment &payment);
QJsonObject allocation(const Allocation &allocation);
QJsonObject account(const FamilyAccount &account);
} // namespace LedgerJson

} // namespace paydesk::core
