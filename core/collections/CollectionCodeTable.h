#pragma once

#include "collections/CollectionCode.h"

#include <QList>
#include <QString>
#include <QStringList>

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

    // What add() (`adding`) or an edit resulting in `code` would refuse, one message per
    // problem naming the field, the code and the value; empty when it would store it. For a
    // form that shows what is still wrong while the clerk types.
    QStringList problems(const CollectionCode &code, bool adding) const;

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

    // A demo practice's set-up, as CGM suggests it: IC "Initial collection" (30 days, then
    // C2), C2 "Second notice" (30 days, then AG), AG "Agency", ND "Non-Delinquent Payment
    // Plan", NDF "Non-Delinquent Pmt Plan Failed" (30 days, then IC), CP "Collection Payment
    // Plan", CPF "Collection Payment Plan Failed" (15 days, then AG), and the Patient
    // Collections Integration naming them (which turns collections on). One transaction;
    // refused unless the table is empty. Needs ManageCollections and ChangeSettings.
    void addDefaults();

private:
    // Writes a checked, normalized code with its audit row, in the caller's transaction.
    void insert(const CollectionCode &code);

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
