#include "PasswordKeychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace paydesk::ui {

namespace {

const QString keychainService = QStringLiteral("PayDesk PostgreSQL");

struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString text;
};

// QtKeychain jobs answer through the event loop; the desk needs the answer before it goes
// on, so it waits here, no longer than `timeout`. The job deletes itself when it finishes,
// also after a timeout, so a late answer finds nothing of this call left to write to.
Outcome run(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    auto outcome = std::make_shared<Outcome>();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *done) {
        outcome->finished = true;
        outcome->ok = done->error() == QKeychain::NoError;
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome->text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *outcome;
}

} // namespace

PasswordKeychain::PasswordKeychain(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{}

PasswordKeychain::~PasswordKeychain() = default;

const PasswordKeychain &PasswordKeychain::system()
{
    static const PasswordKeychain keychain;
    return keychain;
}

std::optional<QString> PasswordKeychain::read(const QString &connection) const
{
    auto *job = new QKeychain::ReadPasswordJob(keychainService);
    job->setKey(connection);
    const Outcome outcome = run(job, m_timeout);
    if (!outcome.ok || outcome.text.isEmpty())
        return std::nullopt;
    return outcome.text;
}

bool PasswordKeychain::write(const QString &connection, const QString &password) const
{
    auto *job = new QKeychain::WritePasswordJob(keychainService);
    job->setKey(connection);
    job->setTextData(password);
    return run(job, m_timeout).ok;
}

} // namespace paydesk::ui
