#include "users/SignIn.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/PasswordHash.h"
#include "users/UserDirectory.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QJsonObject>

namespace paydesk::core {

namespace {

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

User SignIn::signIn(const QString &name, const QString &password)
{
    const QString who = name.trimmed();
    const QDateTime now = Clock::nowUtc();
    // The failures that count: within the lock window and after the last good sign-in.
    QList<QDateTime> failures;
    {
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT at, succeeded FROM sign_in_attempts WHERE user_name = :name AND at >= :since"
                                 " ORDER BY at, id"))
            .bind(QStringLiteral(":name"), who)
            .bind(QStringLiteral(":since"), stamp(now.addSecs(-2 * lockMinutes * 60)))
            .exec();
        while (q.next()) {
            if (q.id(1) == 1)
                failures.clear();
            else
                failures.append(QDateTime::fromString(q.text(0), Qt::ISODateWithMs));
        }
    }
    const std::optional<User> user = UserDirectory(m_db).find(who);
    // Locked from the attempt that made maxFailures within lockMinutes, for lockMinutes.
    for (qsizetype i = maxFailures - 1; i < failures.size(); ++i) {
        const QDateTime until = failures[i].addSecs(lockMinutes * 60);
        if (failures[i - (maxFailures - 1)].secsTo(failures[i]) <= lockMinutes * 60 && until > now) {
            record(who, user ? user->id : 0, Outcome::Locked, QStringLiteral("locked"));
            const qint64 minutes = (now.secsTo(until) + 59) / 60;
            throw Refusal(Tr::tr("%1 is locked after %2 failed sign-ins; try again in %n minute(s).", nullptr, int(minutes))
                              .arg(who)
                              .arg(maxFailures));
        }
    }

    QString hash;
    if (user) {
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT COALESCE(password_hash, '') FROM users WHERE id = :id"))
            .bind(QStringLiteral(":id"), user->id)
            .exec();
        if (q.next())
            hash = q.text(0);
    }
    if (!user || !PasswordHash::matches(hash, password)) {
        record(who, user ? user->id : 0, Outcome::Failed, user ? QStringLiteral("wrong password") : QStringLiteral("unknown user"));
        throw Refusal(Tr::tr("The user name or the password is wrong."));
    }
    if (!user->active) {
        record(who, user->id, Outcome::Failed, QStringLiteral("disabled"));
        throw Refusal(Tr::tr("%1 is disabled: an administrator can enable the user again.").arg(who));
    }
    record(who, user->id, Outcome::Succeeded, {});
    User signedIn = *user;
    signedIn.lastSignIn = now;
    return signedIn;
}

void SignIn::record(const QString &name, qint64 userId, Outcome outcome, const QString &why)
{
    const QString at = stamp(Clock::nowUtc());
    const bool succeeded = outcome == Outcome::Succeeded;
    Transaction tx(m_db);
    SqlQuery q = m_db.query();
    if (outcome != Outcome::Locked) {
        q.prepare(QStringLiteral("INSERT INTO sign_in_attempts (id, user_name, at, succeeded) VALUES (:id, :name, :at, :ok)"))
            .bind(QStringLiteral(":id"), m_db.reserveIds(QStringLiteral("sign_in_attempts")))
            .bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":ok"), qint64(succeeded ? 1 : 0))
            .exec();
    }
    if (succeeded) {
        q.prepare(QStringLiteral("UPDATE users SET last_sign_in_at = :at WHERE id = :id"))
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":id"), userId)
            .exec();
    }
    QJsonObject after{{QStringLiteral("name"), name}};
    if (!why.isEmpty())
        after.insert(QStringLiteral("reason"), why);
    AuditLog::record(m_db, name, succeeded ? QStringLiteral("sign-in") : QStringLiteral("sign-in-failed"),
                     QStringLiteral("user"), userId, {}, after);
    tx.commit();
}

} // namespace paydesk::core
