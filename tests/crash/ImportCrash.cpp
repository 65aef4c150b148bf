#include "ImportCrash.h"

#include "CrashFixtures.h"

#include "import/DemoPractice.h"
#include "import/ImportFolderWriter.h"
#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace paydesk::core;

namespace paydesk::test {

namespace {

constexpr int familiesPerFolder = 10;
constexpr quint32 folderSeed = 1515;

} // namespace

ImportCrash::ImportCrash(QString root, int folders) : m_root(std::move(root)), m_folderCount(folders)
{
}

ImportCrash::Counts ImportCrash::Counts::operator+(const Counts &o) const
{
    return {families + o.families, charges + o.charges, payments + o.payments, allocations + o.allocations};
}

QString ImportCrash::Counts::text() const
{
    return u"%1 families, %2 charges, %3 payments, %4 allocations"_s.arg(families).arg(charges).arg(payments).arg(
        allocations);
}

ImportCrash::Counts ImportCrash::counts(const Database &db)
{
    return {scalar(db, u"SELECT COUNT(*) FROM families"_s), scalar(db, u"SELECT COUNT(*) FROM charges"_s),
            scalar(db, u"SELECT COUNT(*) FROM payments"_s), scalar(db, u"SELECT COUNT(*) FROM allocations"_s)};
}

void ImportCrash::prepare(const Database &db)
{
    addDemo(db, 30);
    m_baseFamilies = counts(db).families;
    if (m_folders.isEmpty())
        writeFolders(db);
}

// Batches in a row of one demo: each folder's ids follow the one before, above the database's.
void ImportCrash::writeFolders(const Database &db)
{
    DemoPractice demo(db, folderSeed, LedgerCalendar(db).today());
    for (int i = 0; i < m_folderCount; ++i) {
        const LedgerBatch batch = demo.next(familiesPerFolder);
        ImportFolderWriter::write(batch, QDir(m_root).filePath(u"folder-%1"_s.arg(i)));
        m_folders.append({batch.families.size(), batch.charges.size(), batch.payments.size(), 0});
    }
}

QStringList ImportCrash::next(const Database &db)
{
    m_before = counts(db);
    m_step = progress(db);
    return {u"import"_s, QDir(m_root).filePath(u"folder-%1"_s.arg(m_step))};
}

CrashOperation::Effect ImportCrash::effect(const Database &db, QString &problem)
{
    const Counts after = counts(db);
    if (after == m_before)
        return Effect::Nothing;
    // The import writes a split as one allocation or none (an unallocated split is the
    // payment's credit): the folder's allocations are not counted one for one.
    Counts expected = m_before + m_folders.value(m_step);
    expected.allocations = after.allocations;
    if (after != expected || after.allocations <= m_before.allocations)
        problem = u"folder %1 left %2; before it: %3; expected: %4"_s.arg(m_step).arg(after.text(), m_before.text(),
                                                                                  expected.text());
    return Effect::Whole;
}

qint64 ImportCrash::progress(const Database &db) const
{
    return (counts(db).families - m_baseFamilies) / familiesPerFolder;
}

QStringList ImportCrash::catchUp(const Database &behind, const Database &ahead)
{
    return progress(behind) < progress(ahead) ? next(behind) : QStringList();
}

} // namespace paydesk::test
