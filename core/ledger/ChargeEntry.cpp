#include "ledger/ChargeEntry.h"

#include "ledger/AccountReader.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/Directory.h"
#include "ledger/EntryRules.h"
#include "ledger/FamilyLimits.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/LedgerJson.h"
#include "migration/PostingLock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

namespace paydesk::core {

namespace {

// The type an adjustment names, as the practice's table spells it; nullopt, with the
// problem, for a type the table lacks or an amount of the wrong sign.
std::optional<AdjustmentType> checkType(QStringList &problems, const Database &db, const Adjustment &adjustment)
{
    if (adjustment.type.isEmpty()) {
        problems << Tr::tr("The adjustment type is empty (for example discount or write-off).");
        return std::nullopt;
    }
    const AdjustmentTypes types(db);
    const std::optional<AdjustmentType> type = types.find(adjustment.type);
    if (!type) {
        QStringList codes;
        for (const AdjustmentType &known : types.list())
            codes << known.code;
        problems << Tr::tr("There is no adjustment type \"%1\"; the practice's types are: %2.")
                        .arg(adjustment.type, codes.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (const QString problem = AdjustmentTypes::signProblem(*type, adjustment.amount); !problem.isEmpty())
        problems << problem;
    return type;
}

void checkProviderAndClinic(QStringList &problems, const Directory &directory, qint64 providerId, qint64 clinicId)
{
    if (!directory.provider(providerId))
        problems << Tr::tr("There is no provider #%1.").arg(providerId);
    if (!directory.clinic(clinicId))
        problems << Tr::tr("There is no clinic #%1.").arg(clinicId);
}

} // namespace

// Resolves codes to ids inside the caller's transaction, creating what is new.
void ChargeEntry::resolveCodes(QStringList &problems, const Codes &codes, qint64 &providerId, qint64 &clinicId) const
{
    Directory directory(m_db);
    if (codes.provider.trimmed().isEmpty())
        problems << Tr::tr("The provider code is empty.");
    else
        providerId = directory.ensureProvider(codes.provider, m_user);
    if (codes.clinic.trimmed().isEmpty())
        problems << Tr::tr("The clinic code is empty.");
    else
        clinicId = directory.ensureClinic(codes.clinic, m_user);
}

ChargeEntry::ChargeEntry(const Database &db, QString user)
    : m_db(db), m_user(std::move(user))
{
}

qint64 ChargeEntry::addCharge(const Charge &charge)
{
    return writeCharge(charge, nullptr);
}

qint64 ChargeEntry::addCharge(const Charge &charge, const QString &providerCode, const QString &clinicCode)
{
    const Codes codes{providerCode, clinicCode};
    return writeCharge(charge, &codes);
}

qint64 ChargeEntry::addAdjustment(const Adjustment &adjustment)
{
    return writeAdjustment(adjustment, nullptr);
}

qint64 ChargeEntry::addAdjustment(const Adjustment &adjustment, const QString &providerCode, const QString &clinicCode)
{
    const Codes codes{providerCode, clinicCode};
    return writeAdjustment(adjustment, &codes);
}

qint64 ChargeEntry::writeCharge(const Charge &input, const Codes *codes)
{
    Permissions::require(m_db, m_user, Permissions::Action::PostCharges);
    Charge charge = input;
    charge.code = charge.code.trimmed();
    charge.description = charge.description.trimmed();
    QStringList problems;
    const AccountReader reader(m_db);
    const auto family = reader.familyOfPatient(charge.patientId);
    // Asked before the transaction opens (see PostingLock); an unknown patient is refused below.
    if (family)
        PostingLock::requireOpen(m_db, *family);
    Transaction tx(m_db);
    LedgerCalendar(m_db).checkEntryDate(problems, charge.date, Tr::tr("charge date"));
    if (charge.code.isEmpty())
        problems << Tr::tr("The procedure code is empty.");
    if (charge.description.isEmpty())
        problems << Tr::tr("The charge's description is empty: say what was done (procedure code %1).").arg(charge.code);
    EntryRules::checkChargeAmount(problems, charge.amount);
    if (!family)
        problems << Tr::tr("There is no patient #%1.").arg(charge.patientId);
    if (codes)
        resolveCodes(problems, *codes, charge.providerId, charge.clinicId);
    else
        checkProviderAndClinic(problems, Directory(m_db), charge.providerId, charge.clinicId);
    if (!problems.isEmpty())
        throw Refusal(problems);
    m_db.lockFamily(*family);
    FamilyLimits::checkPosting(m_db, charge.patientId, {.charges = charge.amount});
    charge.id = m_db.reserveIds(QStringLiteral("charges"));
    LedgerStore(m_db, m_user).insertCharge(charge);
    AuditLog::record(m_db, m_user, QStringLiteral("create"), QStringLiteral("charge"), charge.id, {},
                     LedgerJson::charge(charge));
    tx.commit();
    return charge.id;
}

qint64 ChargeEntry::writeAdjustment(const Adjustment &input, const Codes *codes)
{
    // The sign rule (checkType) makes the amount the type's; what it does to the balance is
    // what the permission depends on.
    Permissions::require(m_db, m_user, Permissions::forAdjustment(input.amount));
    Adjustment adjustment = input;
    adjustment.type = adjustment.type.trimmed();
    // Voids are written by ItemVoider alone.
    adjustment.kind = Adjustment::Kind::Adjustment;
    adjustment.reversesAdjustmentId = 0;
    adjustment.note = adjustment.note.trimmed();
    QStringList problems;
    const AccountReader reader(m_db);
    // Asked before the transaction opens (see PostingLock); an unknown charge or patient is
    // refused below.
    if (const auto family = adjustment.chargeId ? reader.familyOfCharge(adjustment.chargeId)
                                                : reader.familyOfPatient(adjustment.patientId))
        PostingLock::requireOpen(m_db, *family);
    Transaction tx(m_db);
    LedgerCalendar(m_db).checkEntryDate(problems, adjustment.date, Tr::tr("adjustment date"));
    EntryRules::checkAdjustmentAmount(problems, adjustment.amount);
    if (const std::optional<AdjustmentType> type = checkType(problems, m_db, adjustment))
        adjustment.type = type->code;
    if (adjustment.chargeId) {
        const auto family = reader.familyOfCharge(adjustment.chargeId);
        if (!family)
            throw Refusal(Tr::tr("There is no charge #%1.").arg(adjustment.chargeId));
        m_db.lockFamily(*family);
        const FamilyAccount account = reader.load(*family);
        const ChargeLine &charge = *account.charge(adjustment.chargeId);
        if (adjustment.patientId && adjustment.patientId != charge.charge.patientId)
            problems << Tr::tr("Charge #%1 belongs to patient #%2, not #%3.")
                            .arg(adjustment.chargeId)
                            .arg(charge.charge.patientId)
                            .arg(adjustment.patientId);
        adjustment.patientId = charge.charge.patientId;
        adjustment.providerId = charge.charge.providerId;
        adjustment.clinicId = charge.charge.clinicId;
        if (charge.isVoided())
            problems << Tr::tr("Charge #%1 was voided by adjustment #%2: it takes no more adjustments.")
                            .arg(adjustment.chargeId)
                            .arg(charge.voidedById);
        else if ((charge.balance() + adjustment.amount).isNegative())
            problems << Tr::tr("Adjustment %1 would take charge #%2's balance of %3 below zero.")
                            .arg(adjustment.amount.toString())
                            .arg(adjustment.chargeId)
                            .arg(charge.balance().toString());
    } else {
        const auto family = reader.familyOfPatient(adjustment.patientId);
        if (!family)
            problems << Tr::tr("There is no patient #%1.").arg(adjustment.patientId);
        else
            m_db.lockFamily(*family);
        if (codes)
            resolveCodes(problems, *codes, adjustment.providerId, adjustment.clinicId);
        else
            checkProviderAndClinic(problems, Directory(m_db), adjustment.providerId, adjustment.clinicId);
    }
    if (!problems.isEmpty())
        throw Refusal(problems);
    FamilyLimits::checkPosting(m_db, adjustment.patientId, {.adjustments = adjustment.amount});
    adjustment.id = m_db.reserveIds(QStringLiteral("adjustments"));
    LedgerStore(m_db, m_user).insertAdjustment(adjustment);
    AuditLog::record(m_db, m_user, QStringLiteral("create"), QStringLiteral("adjustment"), adjustment.id, {},
                     LedgerJson::adjustment(adjustment));
    tx.commit();
    return adjustment.id;
}

} // namespace paydesk::core
