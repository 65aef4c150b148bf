#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace paydesk::ui {

// The operating system's keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain, holding the PostgreSQL password of a connection
// under the connection's name without password (core::ConnectionSpec::displayName()).
//
// A keychain may be missing, locked or silent (no Secret Service under CI or a bare X
// session): every call then gives up quietly after at most `timeout`, and the desk asks
// for the password as it would without one. Nothing ever falls back to a plain file.
class PasswordKeychain
{
public:
    explicit PasswordKeychain(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    virtual ~PasswordKeychain();

    // The one the desk uses.
    static const PasswordKeychain &system();

    // The password stored for `connection`, or nothing (none stored, or no keychain).
    virtual std::optional<QString> read(const QString &connection) const;
    // False when no keychain took it.
    virtual bool write(const QString &connection, const QString &password) const;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace paydesk::ui
