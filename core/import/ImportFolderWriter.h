#pragma once

#include <QString>

namespace paydesk::core {

struct LedgerBatch;

// Writes a batch as a folder in the import format (the inverse of Importer), so the
// benchmark and tests can produce realistic import folders.
class ImportFolderWriter
{
public:
    // Throws StorageError when a file cannot be written.
    static void write(const LedgerBatch &batch, const QString &folder);
};

} // namespace paydesk::core
