#pragma once

#include <QString>

#include <memory>

namespace paydesk::core {

struct LedgerBatch;

// Writes batches as a folder in the import format (the inverse of Importer), so the
// benchmark and tests can produce realistic import folders. A practice may come in
// several batches (see DemoPractice::next()), as long as each holds whole families: a
// payment's allocations come in the batch of the payment. Throws StorageError when a file
// cannot be written.
class ImportFolderWriter
{
public:
    // Creates the folder and the five files with their header lines.
    explicit ImportFolderWriter(const QString &folder);
    ~ImportFolderWriter();
    ImportFolderWriter(const ImportFolderWriter &) = delete;
    ImportFolderWriter &operator=(const ImportFolderWriter &) = delete;

    void append(const LedgerBatch &batch);
    // Writes out what is left; without it the files are not written.
    void finish();

    static void write(const LedgerBatch &batch, const QString &folder);

private:
    struct Files;
    std::unique_ptr<Files> m_files;
};

} // namespace paydesk::core
