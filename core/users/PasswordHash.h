#pragma once

#include <QString>

namespace paydesk::core {

// Passwords are kept only as libsodium Argon2id strings (crypto_pwhash_str, interactive
// limits: about 64 MB and a tenth of a second each), which carry their own salt and
// parameters. A password never leaves this class in any other form.
class PasswordHash
{
public:
    static constexpr qsizetype minimumLength = 8;

    // Why `password` cannot be one (shorter than minimumLength), empty when it can: for the
    // services' refusal and for a form that says so beside its field.
    static QString problem(const QString &password);

    // Throws StorageError when libsodium cannot work (out of memory).
    static QString of(const QString &password);
    static bool matches(const QString &hash, const QString &password);
};

} // namespace paydesk::core
