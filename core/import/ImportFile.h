#pragma once

#include "import/ImportTable.h"

#include <QString>

namespace paydesk::core {
class BatchWriter;
} // namespace paydesk::core

namespace paydesk::core::importing {

struct ImportContext;

// One CSV file of an import folder and its rules, in one place: its columns, the checks of
// its rows (first pass) and how its rows are written (second pass, see rewrite()).
class ImportFile
{
public:
    ImportFile(ImportContext &context, const QString &folder, const char16_t *fileName);
    virtual ~ImportFile();
    ImportFile(const ImportFile &) = delete;
    ImportFile &operator=(const ImportFile &) = delete;

    // Reads the header; false when a required file or column is missing.
    virtual bool open() = 0;
    // Checks every row, adding the problems to the context's; false when the file was
    // malformed (the records after its error were not read).
    virtual bool check() = 0;
    // Only after every file was checked without a problem.
    virtual void write(BatchWriter &writer) = 0;

    ImportTable &table() { return m_file; }

protected:
    ImportContext &m_context;
    ImportTable m_file;
};

} // namespace paydesk::core::importing
