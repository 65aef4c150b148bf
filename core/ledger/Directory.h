#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {

class Database;

// A provider or a clinic: known by the short code other systems export.
struct CodedEntity
{
    qint64 id = 0;
    QString code;
    QString name;
};

// Providers and clinics. A practice has a handful of each, so lists are read whole.
class Directory
{
public:
    explicit Directory(const Database &db) : m_db(db) {}

    QList<CodedEntity> providers() const;
    QList<CodedEntity> clinics() const;
    std::optional<CodedEntity> provider(qint64 id) const;
    std::optional<CodedEntity> clinic(qint64 id) const;
    // Finds the provider or clinic by code (case-sensitive), creating it when new.
    // Call inside a Transaction.
    qint64 ensureProvider(const QString &code, const QString &user);
    qint64 ensureClinic(const QString &code, const QString &user);

private:
    QList<CodedEntity> list(const QString &table) const;
    qint64 ensure(const QString &table, const QString &code, const QString &user);
    const Database &m_db;
};

} // namespace paydesk::core
