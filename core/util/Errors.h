#pragma once

#include <QString>
#include <QStringList>

#include <stdexcept>

namespace paydesk::core {

// Input or a request that the rules refuse. The message is translated and meant for the
// person who asked: it names the field and the value. Nothing was written.
class Refusal : public std::runtime_error
{
public:
    explicit Refusal(QString message)
        : std::runtime_error(message.toStdString()), m_messages{std::move(message)} {}
    explicit Refusal(QStringList messages)
        : std::runtime_error(messages.join(u'\n').toStdString()), m_messages(std::move(messages)) {}

    QString message() const { return m_messages.join(u'\n'); }
    const QStringList &messages() const { return m_messages; }

private:
    QStringList m_messages;
};

// The database failed (connection lost, constraint, disk full). The transaction was rolled back.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(QString message)
        : std::runtime_error(message.toStdString()), m_message(std::move(message)) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace paydesk::core
