#pragma once

#include "users/User.h"

namespace paydesk::core {

class Database;

// Signs a user in on a secured database: the name and password of an active user. Every
// attempt, good or not, is kept (sign_in_attempts) and written to the audit trail. After
// maxFailures failed attempts of one user within lockMinutes, that user is locked for
// lockMinutes from the last of them; other users are not. "Now" is Clock::nowUtc().
class SignIn
{
public:
    static constexpr int maxFailures = 5;
    static constexpr int lockMinutes = 15;

    explicit SignIn(const Database &db) : m_db(db) {}

    // The user signed in; throws Refusal otherwise. An unknown name and a wrong password get
    // the same message, so that the refusal does not tell which names exist.
    User signIn(const QString &name, const QString &password);

private:
    enum class Outcome { Succeeded, Failed, Locked };
    // Writes the audit row and, for what counts towards the lock-out, the attempt; an attempt
    // while locked does not count, so it never makes the lock longer.
    void record(const QString &name, qint64 userId, Outcome outcome, const QString &why);
    const Database &m_db;
};

} // namespace paydesk::core
