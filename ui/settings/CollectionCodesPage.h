#pragma once

#include "collections/CollectionCode.h"
#include "settings/CodeTablePage.h"

QT_BEGIN_NAMESPACE
class QSpinBox;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class CollectionCodesModel;
class ErrorLabel;

// The Collection Status Table of Settings > Collections: the codes above, the selected one's
// Description, Days to Remain in Status (0: until a user changes it) and Transfer to Next
// Status Code (one of the other codes, or none) below; New code adds one, Delete removes a
// code nothing uses. What core::CollectionCodeTable refuses shows under the field it names,
// and is checked again as the clerk corrects it. Only a billing manager edits the table;
// anyone else sees it read-only.
class CollectionCodesPage : public CodeTablePage
{
    Q_OBJECT

public:
    CollectionCodesPage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    CollectionCodesModel *model() const { return m_model; }

public Q_SLOTS:
    // Asks, then deletes the current code.
    void removeCurrent();

Q_SIGNALS:
    // A code was added, changed or deleted: lists of codes elsewhere read the table again.
    void tableChanged();

protected:
    void readTable() override;
    void fillForm(int row) override;
    std::optional<QString> saveForm() override;
    QWidget *firstField() const override;
    QLineEdit *codeField() const override;
    void formEdited() override;

private:
    CollectionCodesPage(const core::Database &db, const QString &user, CollectionCodesModel *model, QWidget *parent);
    core::CollectionCode readForm() const;
    // Each problem under the field whose name it starts with; the others under the form.
    void showProblems(const QStringList &problems);
    // "(none)" and every code but `code`, `next` chosen.
    void fillTransfers(const QString &code, const QString &next);

    const core::Database &m_db;
    QString m_user;
    CollectionCodesModel *m_model;
    QLineEdit *m_code;
    QLineEdit *m_description;
    QSpinBox *m_days;
    QComboBox *m_next;
    QPushButton *m_remove;
    ErrorLabel *m_codeMessage;
    ErrorLabel *m_descriptionMessage;
    ErrorLabel *m_daysMessage;
    ErrorLabel *m_nextMessage;
    bool m_editable;
};

} // namespace paydesk::ui
