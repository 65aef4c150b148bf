#pragma once

#include "collections/CollectionAccount.h"
#include "models/TableModel.h"

namespace paydesk::ui {

// An account's collection statuses, newest first: the code held, from, to (blank for the
// current one), who changed it (a user or daily-run) and the note.
class CollectionHistoryModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Code, From, To, By, Note };

    explicit CollectionHistoryModel(QObject *parent = nullptr);

    // `history` oldest first, as core::CollectionAccountStore::history gives it.
    void setHistory(const QList<core::CollectionHistoryEntry> &history);

protected:
    int rows() const override { return int(m_history.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::CollectionHistoryEntry> m_history;
};

} // namespace paydesk::ui
