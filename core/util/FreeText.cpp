#include "util/FreeText.h"

#include "util/Tr.h"

#include <algorithm>

namespace paydesk::core {

QString FreeText::normalized(const QString &text)
{
    QString result = text.trimmed();
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return result;
}

QString FreeText::problem(const QString &field, const QString &normalizedText, Kind kind)
{
    const bool multiline = kind == Kind::Multiline;
    const qsizetype limit = multiline ? maxTextLength : maxLineLength;
    if (normalizedText.size() > limit)
        return Tr::tr("%1: the text has %2 characters; at most %3 are allowed.")
                .arg(field)
                .arg(normalizedText.size())
                .arg(limit);
    const bool control = std::any_of(normalizedText.begin(), normalizedText.end(), [=](QChar c) {
        return !(multiline && c == u'\n') && c.category() == QChar::Other_Control;
    });
    if (control)
        return multiline ? Tr::tr("%1: the text holds a control character.").arg(field)
                         : Tr::tr("%1: the text holds a line break or another control character.").arg(field);
    return {};
}

QString FreeText::nameProblem(const QString &field, const QString &normalizedName, qsizetype maxLength)
{
    if (normalizedName.isEmpty())
        return Tr::tr("%1: the name is empty.").arg(field);
    if (normalizedName.size() > maxLength)
        return Tr::tr("%1: \"%2\" has %3 characters; at most %4 are allowed.")
                .arg(field, normalizedName)
                .arg(normalizedName.size())
                .arg(maxLength);
    return problem(field, normalizedName, Kind::Line);
}

} // namespace paydesk::core
