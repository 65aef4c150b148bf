#pragma once

#include <QString>

#include <optional>

namespace paydesk::cli {

// Where paydesk-cli reads a password: never from the command line, where other users see it
// in the process list. A file given by an option must be a regular file that only its owner
// may read or write (mode & 077 == 0, as `chmod 600` leaves it), so that a script's secret
// is not readable by the whole machine; one line end at its end is not part of the password.
class PasswordInput
{
public:
    // The password in `path`; throws Refusal naming `option` ("--password-file") and the
    // file when it is missing, not a regular file, readable by others, empty or unreadable.
    static QString fromFile(const QString &option, const QString &path);
    // Asks on the terminal without echo when standard input is one; nullopt otherwise.
    static std::optional<QString> fromTerminal(const QString &prompt);
};

} // namespace paydesk::cli
