#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace paydesk::core {

// Rows handed from a thread that reads them to one that writes them, in chunks, with at
// most a few chunks under way: the reader waits while the writer is behind, so the rows
// in flight stay a few thousand whatever the size of the file. Either side may stop the
// other: the reader by close() (no more rows), the writer by cancel() (no more wanted).
template<typename Row>
class RowPipe
{
public:
    static constexpr size_t chunkRows = 2048;

    // Hands over the chunk and leaves `chunk` empty. False, handing nothing, once the
    // writer has cancelled.
    bool push(std::vector<Row> &chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_chunks.size() < maxChunks || m_cancelled; });
        if (m_cancelled)
            return false;
        m_chunks.push_back(std::move(chunk));
        chunk = std::vector<Row>();
        chunk.reserve(chunkRows);
        m_changed.notify_all();
        return true;
    }

    // The next chunk; false when the reader has closed the pipe and every chunk was taken.
    bool pop(std::vector<Row> &chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_closed; });
        if (m_chunks.empty())
            return false;
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return true;
    }

    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_chunks.clear();
        m_changed.notify_all();
    }

private:
    static constexpr size_t maxChunks = 4;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Row>> m_chunks;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace paydesk::core
