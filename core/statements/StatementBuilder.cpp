#include "statements/StatementBuilder.h"

#include "billing/LedgerDelta.h"
#include "ledger/AccountReader.h"
#include "ledger/FamilyAddress.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentMethod.h"
#include "portal/PayNowLink.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <algorithm>

namespace paydesk::core {

namespace {

// An entry of a member before it is sorted into the statement, with the ledger row it
// comes from (table and id).
struct DatedLine
{
    qint64 patientId = 0;
    StatementLine line;
    const char *table = "";
    qint64 id = 0;
};

QString chargeText(const FamilyAccount &account, qint64 chargeId)
{
    const ChargeLine *charge = account.charge(chargeId);
    return charge ? Tr::tr("%1 %2").arg(charge->charge.code, charge->charge.description).trimmed() : QString();
}

// "check CHK 1234": how the patient recognises a payment.
QString paymentText(const Payment &payment)
{
    return QString(paymentMethodLabel(payment.method) + u' ' + payment.reference).trimmed();
}

QString adjustmentText(const FamilyAccount &account, const Adjustment &a)
{
    if (a.voidsCharge())
        return Tr::tr("Charge voided: %1").arg(chargeText(account, a.chargeId));
    if (a.isVoid()) {
        const AdjustmentLine *reversed = account.adjustment(a.reversesAdjustmentId);
        return Tr::tr("Adjustment voided: %1").arg(reversed ? account.adjustmentTypeName(reversed->adjustment) : a.type);
    }
    const QString type = account.adjustmentTypeName(a);
    return a.chargeId ? Tr::tr("%1: %2").arg(type, chargeText(account, a.chargeId)) : type;
}

QString paymentLineText(const FamilyAccount &account, const Payment &p)
{
    switch (p.kind) {
    case Payment::Kind::Payment:
        return Tr::tr("Payment (%1)").arg(paymentText(p));
    case Payment::Kind::Void: {
        const PaymentLine *voided = account.payment(p.relatedPaymentId);
        return Tr::tr("Payment voided (%1)").arg(voided ? paymentText(voided->payment) : paymentText(p));
    }
    case Payment::Kind::Refund:
        return Tr::tr("Refund (%1)").arg(paymentText(p));
    }
    return {};
}

// Every entry that moves the family's balance, on the day it counts (a claim's procedures
// on the claim's date): charges, adjustments and voids, patient payments, voids and refunds,
// and insurance. Entries of zero (a $0 transfer) move nothing and are left out.
QList<DatedLine> entries(const FamilyAccount &account)
{
    using Kind = StatementLine::Kind;
    QList<DatedLine> result;
    const auto add = [&](const char *table, qint64 id, qint64 patientId, QDate date, Kind kind, const QString &text,
                         Money amount) {
        if (!amount.isZero())
            result.append({patientId, {date, kind, text, amount}, table, id});
    };
    for (const ChargeLine &c : account.charges)
        add("charges", c.charge.id, c.charge.patientId, c.charge.date, Kind::Charge, chargeText(account, c.charge.id),
            c.charge.amount);
    for (const AdjustmentLine &a : account.adjustments)
        add("adjustments", a.adjustment.id, a.adjustment.patientId, a.adjustment.date, Kind::Adjustment,
            adjustmentText(account, a.adjustment), a.adjustment.amount);
    for (const PaymentLine &p : account.payments)
        add("payments", p.payment.id, p.payment.patientId, p.payment.date, Kind::Payment,
            paymentLineText(account, p.payment), -p.payment.amount);
    for (const ClaimProcedure &cp : account.claimProcedures) {
        const Claim *claim = account.claim(cp.claimId);
        if (!claim)
            continue;
        const QString charge = chargeText(account, cp.chargeId);
        add("claim_procs", cp.id, claim->patientId, claim->date, Kind::Insurance,
            Tr::tr("Insurance payment (%1): %2").arg(claim->payer, charge), -cp.insurancePaid);
        add("claim_procs", cp.id, claim->patientId, claim->date, Kind::Insurance,
            Tr::tr("Insurance write-off: %1").arg(charge), -cp.writeOff);
    }
    for (const ClaimPaymentLine &cp : account.claimPayments) {
        if (const Claim *claim = account.claim(cp.payment.claimId))
            add("claim_payments", cp.payment.id, claim->patientId, cp.payment.date, Kind::Insurance,
                Tr::tr("Insurance payment (%1)").arg(claim->payer), -cp.payment.amount);
    }
    std::stable_sort(result.begin(), result.end(), [](const DatedLine &a, const DatedLine &b) {
        return a.line.date < b.line.date;
    });
    return result;
}

// The ledger rows a statement counted: those up to the marks of its day's run (a row entered
// since, whatever its date, was not on it). No marks: every row.
class Counted
{
public:
    Counted() = default;
    explicit Counted(QHash<QString, qint64> marks) : m_marks(std::move(marks)), m_all(false) {}

    bool has(const DatedLine &e) const { return m_all || e.id <= m_marks.value(QLatin1String(e.table)); }

private:
    QHash<QString, qint64> m_marks;
    bool m_all = true;
};

// The marks the run ended `date` with.
Counted countedOn(const Database &db, QDate date)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT marks FROM billing_days WHERE date = :d"))
            .bind(QStringLiteral(":d"), date.toString(Qt::ISODate))
            .exec();
    return q.next() ? Counted(LedgerMarks::idsFromJson(q.text(0))) : Counted();
}

// The entries dated after `after` (null: from the start) and up to `upTo` that `counted`
// holds, by member, guarantor first; sets `moved` to their sum.
QList<StatementMember> members(const FamilyAccount &account, QDate after, QDate upTo, const Counted &counted,
                               Money &moved)
{
    QList<Patient> order = account.members;
    std::stable_partition(order.begin(), order.end(), [](const Patient &p) { return p.isGuarantor; });
    const QList<DatedLine> all = entries(account);
    QList<StatementMember> result;
    for (const Patient &patient : order) {
        StatementMember member{patient.id, patient.displayName(), {}};
        for (const DatedLine &e : all) {
            if (e.patientId == patient.id && (after.isNull() || e.line.date > after) && e.line.date <= upTo
                && counted.has(e)) {
                member.lines.append(e.line);
                moved += e.line.amount;
            }
        }
        if (!member.lines.isEmpty())
            result.append(member);
    }
    return result;
}

// The monthly amount of the family's enabled plan; zero when there is none.
Money enabledPlanAmount(const Database &db, qint64 familyId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT amount_cents FROM payment_plans WHERE family_id = :family AND status = 'Enabled'"))
            .bind(QStringLiteral(":family"), familyId)
            .exec();
    return q.next() ? q.money(0) : Money();
}

// The statements sent on `date`; refuses, naming the date, when there are none.
QList<SentStatement> sentOn(const Database &db, QDate date)
{
    QList<SentStatement> sent = StatementHistory(db).ofDay(date);
    if (sent.isEmpty())
        throw Refusal(Tr::tr("No statements were sent on %1.").arg(date.toString(Qt::ISODate)));
    return sent;
}

} // namespace

StatementBuilder::StatementBuilder(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Money StatementBuilder::amountDue(Money balance, Money monthly)
{
    if (balance <= Money())
        return {};
    return monthly > Money() ? Money::min(monthly, balance) : balance;
}

StatementContent StatementBuilder::forFamily(qint64 familyId) const
{
    Permissions::require(m_db, m_user, Permissions::Action::PrintStatements);
    Transaction tx(m_db, Transaction::Mode::Read);
    const FamilyAccount account = AccountReader(m_db).load(familyId);
    const std::optional<SentStatement> latest = StatementHistory(m_db).latest(familyId);
    return latest ? build(account, *latest) : currentAccount(account);
}

qsizetype StatementBuilder::countDay(QDate date) const
{
    Permissions::require(m_db, m_user, Permissions::Action::PrintStatements);
    return sentOn(m_db, date).size();
}

qsizetype StatementBuilder::forDay(QDate date, const std::function<void(const StatementContent &)> &each) const
{
    Permissions::require(m_db, m_user, Permissions::Action::PrintStatements);
    Transaction tx(m_db, Transaction::Mode::Read);
    const QList<SentStatement> sent = sentOn(m_db, date);
    const AccountReader reader(m_db);
    for (const SentStatement &statement : sent)
        each(build(reader.load(statement.familyId), statement));
    return sent.size();
}

StatementContent StatementBuilder::heading(const FamilyAccount &account) const
{
    const PracticeSettings settings(m_db);
    StatementContent content;
    content.practiceName = settings.value(QStringLiteral("practice.name"));
    content.practiceAddress = settings.value(QStringLiteral("practice.address"));
    content.practicePhone = settings.value(QStringLiteral("practice.phone"));
    content.familyId = account.familyId;
    if (const Patient *guarantor = account.guarantor())
        content.guarantor = Tr::tr("%1 %2", "a person's first and last name, as on an envelope")
                                    .arg(guarantor->firstName, guarantor->lastName);
    content.mailingAddress = FamilyAddress::read(m_db, account.familyId);
    content.payUrl = PayNowLink::read(m_db).url();
    return content;
}

StatementContent StatementBuilder::build(const FamilyAccount &account, const SentStatement &statement) const
{
    StatementContent content = heading(account);
    content.date = statement.date;
    content.number = statement.number;
    if (const std::optional<SentStatement> previous = StatementHistory(m_db).previous(statement))
        content.previousDate = previous->date;
    Money moved;
    // As sent: the rows its day's run had counted, so that a late entry dated in its window
    // neither shows on it nor changes its previous balance.
    content.members = members(account, content.previousDate, content.date, countedOn(m_db, statement.date), moved);
    content.balanceDue = statement.balance;
    content.previousBalance = statement.balance - moved;
    content.amountDue = statement.amountDue;
    content.planAmount = statement.planAmount;
    return content;
}

StatementContent StatementBuilder::currentAccount(const FamilyAccount &account) const
{
    StatementContent content = heading(account);
    content.date = LedgerCalendar(m_db).today();
    Money moved;
    content.members = members(account, {}, content.date, Counted(), moved);
    content.balanceDue = account.balance();
    content.previousBalance = content.balanceDue - moved;
    content.planAmount = enabledPlanAmount(m_db, account.familyId);
    content.amountDue = amountDue(content.balanceDue, content.planAmount);
    return content;
}

} // namespace paydesk::core
