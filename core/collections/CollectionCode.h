#pragma once

#include <QJsonObject>
#include <QString>

namespace paydesk::core {

// One row of the practice's Collection Status Table (CGM): a status an account in the
// collections process can hold, how long it stays there and where it goes next.
struct CollectionCode
{
    QString code;        // 1–3 letters or digits, unique, kept upper case
    QString description;
    int daysToRemain = 0; // 0: until a user changes it
    QString nextCode;     // Transfer to Next Status Code; empty: none

    // Trimmed and upper case: "nd" and "ND" are one code, as CGM shows them.
    static QString normalized(const QString &text);
    // Why `text` cannot be a code (1 to 3 letters or digits), naming `field`; empty when it can.
    static QString problem(const QString &field, const QString &text);

    // code, description, days_to_remain, next (null: none): `collections code list --json`.
    QJsonObject toJson() const;
};

} // namespace paydesk::core
