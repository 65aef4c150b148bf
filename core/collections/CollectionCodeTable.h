#pragma once

#include "collections/CollectionCode.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {

class Database;

// The practice's Collection Status Table. Changes ask Permissions (ManageCollections), check
// everything first (Refusal with one message per problem, naming the field and the value),
// and write with their audit rows (entity "collection-code") in one transaction.
class CollectionCodeTable
{
public:
    CollectionCodeTable(const Database &db, QString user);

    static bool exists(const Database &db, const QString &code);

    // Every code, in code order.
    QList<CollectionCode> list() const;
    std::optional<CollectionCode> find(const QString &code) const;

    // Refused: a code that is not 1–3 letters or digits or already exists, an empty or
    // over-long description, Days to Remain outside 0–999, a Transfer to a code that does
    // not exist (or to itself), or a transfer loop.
    void add(const CollectionCode &code);

    struct Edit
    {
        std::optional<QString> description;
        std::optional<int> daysToRemain;
        std::optional<QString> nextCode; // empty: no Transfer to Next Status
    };
    // The same checks as add(); a loop through the edited code is refused.
    void edit(const QString &code, const Edit &edit);
    // Refused while an account, a plan (its Status for Default), a collections.* setting or
    // another code's Transfer uses it.
    void remove(const QString &code);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
