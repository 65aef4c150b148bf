#include "import/Importer.h"

#include "import/AdjustmentsFile.h"
#include "import/BatchWriter.h"
#include "import/ChargesFile.h"
#include "import/ClaimPaymentsFile.h"
#include "import/ClaimProceduresFile.h"
#include "import/ClaimsFile.h"
#include "import/CrossFileChecks.h"
#include "import/ImportContext.h"
#include "import/PatientsFile.h"
#include "import/PaymentsFile.h"
#include "import/PracticeGroupsFile.h"
#include "import/ProcedureCodesFile.h"
#include "import/SplitsFile.h"
#include "migration/MigrationStore.h"
#include "migration/PostingLock.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <array>

namespace paydesk::core {

namespace {

using namespace importing;

// One import, in two passes over the files. The first reads every row and checks it
// against the others and against the database, collecting every problem; the second, only
// when there are none, reads the files again and writes the rows as they come, so that
// neither pass holds more than what rows refer to (see ImportRows.h). Each file's rules are
// in its own class; this only puts them in order.
class ImportRun
{
public:
    ImportRun(const Database &db, const QString &user, const QString &folder)
        : m_context(db, user)
        , m_practiceGroups(m_context, folder)
        , m_patients(m_context, folder)
        , m_charges(m_context, folder)
        , m_adjustments(m_context, folder)
        , m_payments(m_context, folder)
        , m_splits(m_context, folder)
        , m_claims(m_context, folder)
        , m_claimProcedures(m_context, folder)
        , m_claimPayments(m_context, folder)
        , m_procedureCodes(m_context, folder)
    {}

    const QStringList &problems() const { return m_context.problems; }
    const ImportSummary &summary() const { return m_context.summary; }

    void check()
    {
        // patients.csv, charges.csv, adjustments.csv and payments.csv are required; every file
        // is opened, so that each missing one is named.
        const auto files = inCheckingOrder();
        bool required = true;
        for (size_t i = 0; i < files.size(); ++i)
            required = (files[i]->open() || i >= 4) && required;
        // Optional, and read first: patients.csv places families in its groups.
        m_practiceGroups.open();
        // Without every file and column the rows cannot be checked against each other.
        if (!required || !m_context.problems.isEmpty())
            return;
        // A malformed file stops the checks: the records after its error were not read,
        // and every reference to them would be named as unknown.
        if (!m_practiceGroups.check())
            return;
        for (ImportFile *file : files) {
            if (!file->check())
                return;
        }
        CrossFileChecks(m_context).check(m_patients, m_charges, m_adjustments, m_payments, m_claims);
        ImportSummary &summary = m_context.summary;
        summary.families = m_context.newFamilies.size();
        summary.patients = qint64(m_context.patientRows.size());
        summary.charges = qint64(m_context.chargeRows.size());
        summary.adjustments = qint64(m_context.adjustmentLines.size());
        summary.payments = qint64(m_context.paymentRows.size());
        summary.claims = qint64(m_context.claimRows.size());
    }

    // Refused, before anything is written, when the import adds to a family of a group whose
    // migration is In Progress, or places a new family in that group (see PostingLock).
    void requirePostingOpen() const
    {
        QList<qint64> stored;
        for (const std::optional<qint64> &family : std::as_const(m_context.storedPatients)) {
            if (family)
                stored.append(*family);
        }
        const QSet<qint64> fresh(m_context.newFamilies.cbegin(), m_context.newFamilies.cend());
        for (auto it = m_context.families.cbegin(); it != m_context.families.cend(); ++it) {
            if (!fresh.contains(it.key()))
                stored.append(it.key());
        }
        PostingLock::requireOpen(m_context.db, stored);
        const QList<Migration> migrating = MigrationStore::withStatus(m_context.db, Migration::Status::InProgress);
        for (const Migration &m : migrating) {
            for (const qint64 family : m_context.newFamilies) {
                if (m_context.families.value(family).practiceGroup == m.groupId)
                    throw Refusal(PostingLock::message(m));
            }
        }
    }

    // Only after check() found no problem.
    void write()
    {
        m_context.keepOnlyWhatWritingNeeds();
        BatchWriter writer(m_context.db, m_context.user, m_context.summary);
        m_procedureCodes.write(writer);
        m_practiceGroups.write(writer);
        for (const qint64 family : std::as_const(m_context.newFamilies))
            writer.addFamily(family, {}, m_context.placedFamilies.value(family, PracticeGroup::defaultId));
        writer.addProviders(m_context.providers.referenced());
        writer.addClinics(m_context.clinics.referenced());
        m_patients.write(writer);
        m_charges.write(writer);
        m_adjustments.write(writer);
        m_payments.write(writer);
        m_splits.write(writer);
        ImportContext::release(m_context.chargeRows);
        m_context.chargeIndex = {};
        m_claims.write(writer);
        ImportContext::release(m_context.claimRows);
        m_claimProcedures.write(writer);
        m_claimPayments.write(writer);
        writer.commit(QStringLiteral("import"));
    }

private:
    // A file's rows are checked against those of the files before it.
    std::array<ImportFile *, 9> inCheckingOrder()
    {
        return {&m_patients,
                &m_charges,
                &m_adjustments,
                &m_payments,
                &m_splits,
                &m_claims,
                &m_claimProcedures,
                &m_claimPayments,
                &m_procedureCodes};
    }

    ImportContext m_context;
    PracticeGroupsFile m_practiceGroups;
    PatientsFile m_patients;
    ChargesFile m_charges;
    AdjustmentsFile m_adjustments;
    PaymentsFile m_payments;
    SplitsFile m_splits;
    ClaimsFile m_claims;
    ClaimProceduresFile m_claimProcedures;
    ClaimPaymentsFile m_claimPayments;
    ProcedureCodesFile m_procedureCodes;
};

} // namespace

Importer::Importer(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

ImportSummary Importer::importFolder(const QString &folder)
{
    Permissions::require(m_db, m_user, Permissions::Action::Import);
    if (!QFileInfo(folder).isDir())
        throw Refusal(Tr::tr("The import folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    ImportRun run(m_db, m_user, folder);
    run.check();
    if (!run.problems().isEmpty())
        throw Refusal(run.problems());
    run.requirePostingOpen();
    run.write();
    return run.summary();
}

} // namespace paydesk::core
