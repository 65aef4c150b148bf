#pragma once

#include <QString>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;

// A practice table in Settings (adjustment types, procedure codes): the list above, the form
// of one entry below. Choosing a row fills the form; New empties it for a new code; Save (or
// Enter in a field) stores the form through the page's core service, one transaction, and
// shows the stored row. A refusal shows under the form, beside the fields it names, until the
// form is corrected. The model's first column is the code.
class CodeTablePage : public QWidget
{
    Q_OBJECT

public:
    ListTableView *list() const { return m_list; }
    ErrorLabel *errors() const { return m_errors; }
    // What the last save or removal did ("Saved D1110."); empty after a refusal.
    QString status() const;

public Q_SLOTS:
    // Stores the form; true when it was stored.
    bool save();
    // Empties the form for a new entry.
    void startNew();

protected:
    // Takes `model` as its child.
    CodeTablePage(QAbstractItemModel *model, const QString &listLabel, const QString &newLabel, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    QHBoxLayout *buttons() const { return m_buttons; }
    // Enter in `edit` saves; editing it re-checks a refusal shown (formEdited()).
    void watch(QLineEdit *edit);
    // Reads the table again and makes the row of `code` current (none: the first row).
    void reload(const QString &code = {});
    void showStatus(const QString &text);
    // The source row of the current row, -1 when none.
    int currentRow() const;

    // Reads the table from the core service into the model.
    virtual void readTable() = 0;
    // Shows the source row in the form; -1 empties it.
    virtual void fillForm(int row) = 0;
    // Stores the form and returns the code it was stored under, or nothing after showing why
    // not in errors().
    virtual std::optional<QString> saveForm() = 0;
    // The field that takes the cursor to edit the current row, and the code field for New.
    virtual QWidget *firstField() const = 0;
    virtual QWidget *codeField() const = 0;
    // A field changed while a refusal is shown: by default the message goes; a page whose
    // service can check without writing shows what is still wrong.
    virtual void formEdited();

private:
    QAbstractItemModel *m_model;
    ListTableView *m_list;
    QFormLayout *m_form;
    QHBoxLayout *m_buttons;
    ErrorLabel *m_errors;
    QLabel *m_status;
};

} // namespace paydesk::ui
