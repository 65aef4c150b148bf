#pragma once

#include "import/ImportTable.h"
#include "import/RowPipe.h"
#include "util/Errors.h"

#include <QStringList>

#include <exception>
#include <optional>
#include <thread>
#include <vector>

namespace paydesk::core::importing {

// The second pass of an import reads what the first one checked: a file that changed in
// between, or while it is read, stops the import before anything is committed.
//
// It reads on a second thread while this one writes: reading the files again is about
// a fifth of the pass, and a second core takes it. `read` makes the current record's
// row (nullopt: nothing to write), `write` writes one. The reading side touches only
// the file, `problems` and what the first pass left, never the database.
template<typename Row, typename Read, typename Write>
void rewrite(ImportTable &file, const QStringList &problems, Read read, Write write)
{
    struct Stopped
    {};
    RowPipe<Row> pipe;
    std::exception_ptr readFailure;
    std::thread reader([&] {
        try {
            if (!file.reopen())
                throw Refusal(file.changedMessage());
            std::vector<Row> chunk;
            chunk.reserve(RowPipe<Row>::chunkRows);
            while (file.next()) {
                if (std::optional<Row> row = read()) {
                    chunk.push_back(std::move(*row));
                    if (chunk.size() == RowPipe<Row>::chunkRows && !pipe.push(chunk))
                        throw Stopped();
                }
            }
            const bool wellFormed = file.finish();
            if (!problems.isEmpty())
                throw Refusal(problems + QStringList{file.changedMessage()});
            if (!wellFormed || !file.unchanged())
                throw Refusal(file.changedMessage());
            pipe.push(chunk);
        } catch (...) {
            readFailure = std::current_exception();
        }
        pipe.close();
    });
    try {
        std::vector<Row> chunk;
        while (pipe.pop(chunk)) {
            for (const Row &row : chunk)
                write(row);
        }
    } catch (...) {
        pipe.cancel();
        reader.join();
        throw;
    }
    reader.join();
    if (readFailure)
        std::rethrow_exception(readFailure);
}

} // namespace paydesk::core::importing
