#include "import/ImportFile.h"

#include "import/ImportContext.h"

namespace paydesk::core::importing {

ImportFile::ImportFile(ImportContext &context, const QString &folder, const char16_t *fileName)
    : m_context(context)
    , m_file(folder, fileName, context.problems)
{}

ImportFile::~ImportFile() = default;

} // namespace paydesk::core::importing
