#pragma once

#include <QSet>
#include <QString>

namespace paydesk::core::importing {

class IdIndex;
class ImportFile;
struct ImportContext;

// The rules of an import that span files or reach the database, run once every file's rows
// were read without a malformed file: a claim's provider and clinic, one guarantor per
// family (counting the members already stored), and ids the database already has.
class CrossFileChecks
{
public:
    explicit CrossFileChecks(ImportContext &context);

    void check(ImportFile &patients,
               ImportFile &charges,
               ImportFile &adjustments,
               ImportFile &payments,
               ImportFile &claims);

private:
    void checkClaimAttribution(ImportFile &claims);
    void checkFamilies(ImportFile &patients);
    template<typename LineOf>
    void checkStoredIds(const QString &table, const IdIndex &index, ImportFile &file, int column, LineOf lineOf);
    template<typename Wanted>
    QSet<qint64> storedIdsAmong(const QString &table, qint64 low, qint64 high, Wanted wanted);

    ImportContext &m_context;
};

} // namespace paydesk::core::importing
