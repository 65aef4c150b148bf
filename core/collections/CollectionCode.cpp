#include "collections/CollectionCode.h"

#include "util/Tr.h"

#include <algorithm>

namespace paydesk::core {

QString CollectionCode::normalized(const QString &text)
{
    return text.trimmed().toUpper();
}

QString CollectionCode::problem(const QString &field, const QString &text)
{
    const QString code = normalized(text);
    const bool letters = std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    });
    if (code.isEmpty() || code.size() > 3 || !letters)
        return Tr::tr("%1: \"%2\" is not a collection status code; write 1 to 3 letters or digits.").arg(field, text);
    return {};
}

QJsonObject CollectionCode::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("days_to_remain"), daysToRemain},
                       {QStringLiteral("next"), nextCode.isEmpty() ? QJsonValue() : QJsonValue(nextCode)}};
}

} // namespace paydesk::core
