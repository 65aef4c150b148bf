#pragma once

#include "ledger/Directory.h"

#include <QHash>
#include <QList>
#include <QString>

namespace paydesk::core::importing {

// Providers or clinics by code: the database's own, and new ones numbered above them.
// The rows keep the position of theirs among the ones referred to, in 32 bits.
class CodeBook
{
public:
    CodeBook(const QList<CodedEntity> &stored, qint64 firstNewId)
        : m_next(firstNewId)
    {
        for (const CodedEntity &e : stored)
            m_stored.insert(e.code, e);
    }

    // The position of `code` among the entities referred to, creating the entity on first use.
    qint32 use(const QString &code)
    {
        if (const auto found = m_positions.constFind(code); found != m_positions.cend())
            return *found;
        const CodedEntity entity = m_stored.value(code, CodedEntity{m_next, code, code});
        if (entity.id == m_next)
            ++m_next;
        const qint32 position = qint32(m_referenced.size());
        m_positions.insert(code, position);
        m_codes.insert(entity.id, code);
        m_referenced.append(entity);
        return position;
    }
    // The id of the entity at `position`; 0 for -1 (none).
    qint64 id(qint32 position) const { return position >= 0 ? m_referenced.at(position).id : 0; }
    // The id when the code is known (stored or used so far), else 0; creates nothing.
    qint64 existingId(const QString &code) const
    {
        if (const auto found = m_positions.constFind(code); found != m_positions.cend())
            return id(*found);
        return m_stored.value(code).id;
    }
    QString code(qint64 id) const
    {
        if (const auto found = m_codes.constFind(id); found != m_codes.cend())
            return *found;
        for (const CodedEntity &e : m_stored) {
            if (e.id == id)
                return e.code;
        }
        return QString::number(id);
    }
    const QList<CodedEntity> &referenced() const { return m_referenced; }

private:
    QHash<QString, CodedEntity> m_stored;
    QHash<QString, qint32> m_positions;
    QHash<qint64, QString> m_codes;
    qint64 m_next;
    QList<CodedEntity> m_referenced;
};

} // namespace paydesk::core::importing
