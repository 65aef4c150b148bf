#include "import/ProcedureCodesFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

ProcedureCodesFile::ProcedureCodesFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"procedure_codes.csv")
{}

bool ProcedureCodesFile::open()
{
    return m_file.open(false, {{u"code", true}, {u"description", true}, {u"fee", true}});
}

bool ProcedureCodesFile::check()
{
    ImportTable &file = m_file;
    QHash<QString, int> lines; // by code in lower case
    while (file.next()) {
        const std::optional<QString> code = file.requiredText(CodeCode);
        const std::optional<QString> description = file.requiredText(CodeDescription);
        std::optional<Money> fee;
        bool feeRead = true;
        if (!file.textUtf8(CodeFee).isEmpty()) {
            fee = file.money(CodeFee);
            feeRead = fee.has_value();
        }
        if (!code)
            continue;
        if (const int earlier = lines.value(code->toLower())) {
            file.problem(CodeCode, Tr::tr("code %1 is already on line %2").arg(*code).arg(earlier));
            continue;
        }
        lines.insert(code->toLower(), file.line());
        if (!description || !feeRead)
            continue;
        const ProcedureCode read{*code, *description, fee};
        const QStringList refused = ProcedureCodes::problems(read);
        for (const QString &problem : refused)
            file.problemOfRecord(problem);
        if (refused.isEmpty())
            m_codes.append(read);
    }
    m_context.summary.procedureCodes = m_codes.size();
    return file.finish();
}

void ProcedureCodesFile::write(BatchWriter &)
{
    if (m_codes.isEmpty())
        return;
    if (!m_file.unchanged())
        throw Refusal(m_file.changedMessage());
    const ProcedureCodes codes(m_context.db);
    for (const ProcedureCode &code : std::as_const(m_codes))
        codes.store(m_context.user, code);
}

} // namespace paydesk::core::importing
