#pragma once

#include "settings/CodeTablePage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class AdjustmentTypesModel;

// Settings > Adjustment types: each type's code, name and which way it moves a balance.
// The selected type's name and sign can be changed; New type adds one (sign "either way"
// until chosen). Types are never removed: adjustments keep the code they were written with.
class AdjustmentTypesPage : public CodeTablePage
{
    Q_OBJECT

public:
    AdjustmentTypesPage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    AdjustmentTypesModel *model() const { return m_model; }

protected:
    void readTable() override;
    void fillForm(int row) override;
    std::optional<QString> saveForm() override;
    QWidget *firstField() const override;
    QLineEdit *codeField() const override;

private:
    AdjustmentTypesPage(const core::Database &db, const QString &user, AdjustmentTypesModel *model, QWidget *parent);

    const core::Database &m_db;
    QString m_user;
    AdjustmentTypesModel *m_model;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_sign;
};

} // namespace paydesk::ui
