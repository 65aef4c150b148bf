#pragma once

#include "CrashOperation.h"

#include <QList>

namespace paydesk::test {

// `import DIR` of folders of demo families, each attempt the first folder not imported yet,
// into a database that holds a demo practice already. The import is all or nothing: a kill
// leaves every row of the folder or none.
class ImportCrash : public CrashOperation
{
public:
    // Writes `folders` folders under `root` when the first database is prepared.
    ImportCrash(QString root, int folders);

    void prepare(const paydesk::core::Database &db) override;
    QStringList next(const paydesk::core::Database &db) override;
    Effect effect(const paydesk::core::Database &db, QString &problem) override;
    bool pending(const paydesk::core::Database &) const override { return false; }
    QStringList catchUp(const paydesk::core::Database &behind, const paydesk::core::Database &ahead) override;

private:
    // Steps done.
    qint64 progress(const paydesk::core::Database &db) const;

    // Rows of the tables an import writes.
    struct Counts
    {
        qint64 families = 0;
        qint64 charges = 0;
        qint64 payments = 0;
        qint64 allocations = 0;
        bool operator==(const Counts &) const = default;
        Counts operator+(const Counts &o) const;
        QString text() const;
    };
    static Counts counts(const paydesk::core::Database &db);
    void writeFolders(const paydesk::core::Database &db);

    QString m_root;
    int m_folderCount = 0;
    QList<Counts> m_folders; // what each folder adds
    qint64 m_baseFamilies = 0;
    Counts m_before;
    qint64 m_step = 0;
};

} // namespace paydesk::test
