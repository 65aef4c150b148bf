#pragma once

#include "ledger/Directory.h"

#include <QComboBox>

namespace paydesk::ui {

// A provider or clinic picked from the directory or typed as a new code, which the
// posting then creates (ChargeEntry resolves codes inside its transaction).
class CodeCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CodeCombo(QWidget *parent = nullptr);

    void setEntities(const QList<core::CodedEntity> &entities);
    QString code() const;
};

} // namespace paydesk::ui
