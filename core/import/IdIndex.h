#pragma once

#include <QHash>

#include <algorithm>
#include <limits>
#include <vector>

namespace paydesk::core::importing {

// Row positions by id. The ids of a practice's history are mostly consecutive, so they
// index a vector from the first id seen (one array access, no hashing: a million-row
// import looks ids up several million times); ids far from the others go to a hash.
// Positions take 32 bits: a file holds fewer than two billion rows.
class IdIndex
{
public:
    // The position of the row that already has `id`, or -1 after recording `position` for it.
    qsizetype claim(qint64 id, qsizetype position)
    {
        if (m_base < 0)
            m_base = id;
        ++m_count;
        m_lowest = std::min(m_lowest, id);
        m_highest = std::max(m_highest, id);
        const qint64 offset = id - m_base;
        if (offset < 0 || offset >= 16 * m_count + 65536) {
            qint32 &slot = m_sparse[id];
            if (slot)
                return slot - 1;
            slot = qint32(position + 1);
            return -1;
        }
        if (size_t(offset) >= m_dense.size())
            m_dense.resize(std::max(size_t(offset) + 1, m_dense.size() * 2), 0);
        qint32 &slot = m_dense[size_t(offset)];
        if (!slot && !m_sparse.isEmpty()) // the vector may have grown over an id kept in the hash
            slot = m_sparse.value(id);
        if (slot)
            return slot - 1;
        slot = qint32(position + 1);
        return -1;
    }

    qsizetype find(qint64 id) const
    {
        const qint64 offset = id - m_base;
        if (m_base >= 0 && offset >= 0 && size_t(offset) < m_dense.size() && m_dense[size_t(offset)])
            return m_dense[size_t(offset)] - 1;
        return m_sparse.isEmpty() ? -1 : m_sparse.value(id) - 1;
    }

    bool isEmpty() const { return m_count == 0; }
    qint64 lowest() const { return m_lowest; }
    qint64 highest() const { return m_highest; }

private:
    // Position + 1, so that 0 means "no row".
    std::vector<qint32> m_dense;
    QHash<qint64, qint32> m_sparse;
    qint64 m_base = -1;
    qint64 m_count = 0;
    qint64 m_lowest = std::numeric_limits<qint64>::max();
    qint64 m_highest = 0;
};

} // namespace paydesk::core::importing
