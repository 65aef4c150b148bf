#pragma once

#include "collections/CollectionCode.h"
#include "models/TableModel.h"

namespace paydesk::ui {

// The Collection Status Table as Settings > Collections lists it: code (first, as
// CodeTablePage expects), description, Days to Remain in Status and the Transfer to Next
// Status Code.
class CollectionCodesModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Code, Description, Days, Next };

    explicit CollectionCodesModel(QObject *parent = nullptr);

    void setCodes(const QList<core::CollectionCode> &codes);
    const QList<core::CollectionCode> &codes() const { return m_codes; }
    const core::CollectionCode &code(int row) const { return m_codes.at(row); }

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::CollectionCode> m_codes;
};

} // namespace paydesk::ui
