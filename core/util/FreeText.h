#pragma once

#include <QString>

namespace paydesk::core {

// The one check of text a user types into a free field: one line (a practice's name) or
// several (a postal address: the practice's, a family's mailing address).
class FreeText
{
public:
    enum class Kind {
        Line,      // at most maxLineLength characters, no line break or other control character
        Multiline, // at most maxTextLength characters, line breaks allowed, no other control character
    };
    static constexpr qsizetype maxLineLength = 200;
    static constexpr qsizetype maxTextLength = 500;

    // Trimmed, with Windows line ends made "\n": the form that is stored and checked.
    static QString normalized(const QString &text);
    // Why `normalizedText` is refused, the message starting with `field` ("practice.address:
    // the text has 501 characters; at most 500 are allowed."), or an empty string.
    static QString problem(const QString &field, const QString &normalizedText, Kind kind);
    // Why `normalizedName` is refused as a name of at most `maxLength` characters (a billing
    // group's, a practice group's): empty, too long, or not one line; or an empty string.
    static QString nameProblem(const QString &field, const QString &normalizedName, qsizetype maxLength);
};

} // namespace paydesk::core
