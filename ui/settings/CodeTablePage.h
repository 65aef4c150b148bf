#pragma once

#include <QString>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QComboBox;
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
// of one entry below. The form has two modes. Choosing a row fills it to change that entry,
// whose code is then read-only; New empties it to add one, and an add never changes an entry
// that has the code already (the core refuses it). Save (its button or Alt+S; Enter saves
// nothing, so a stray Enter cannot write the page) stores the form through the page's core
// service, one transaction, and shows the stored row. A refusal shows under the form, beside
// the fields it names, until the form is corrected; what the last save did is said below
// until a field is edited again. The model's first column is the code.
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
    // Editing `edit` or choosing in `combo` clears what the last save said and re-checks a
    // refusal shown (formEdited()).
    void watch(QLineEdit *edit);
    void watch(QComboBox *combo);
    // Reads the table again and makes the row of `code` current (none: the first row).
    void reload(const QString &code = {});
    void showStatus(const QString &text);
    // The source row of the current row, -1 when none.
    int currentRow() const;
    // Whether the form adds a new entry (New, or an empty table) rather than changing the
    // current row's.
    bool adding() const { return currentRow() < 0; }

    // Asks before a removal (`title`, `question`, the button that removes: `action`): only a
    // deliberate click, or Tab and Space, removes; Enter, Escape and a typed letter keep the
    // entry. True when the clerk chose to remove.
    bool confirmRemoval(const QString &title, const QString &question, const QString &action);

    // Reads the table from the core service into the model.
    virtual void readTable() = 0;
    // Shows the source row in the form; -1 empties it.
    virtual void fillForm(int row) = 0;
    // Stores the form and returns the code it was stored under, or nothing after showing why
    // not in errors().
    virtual std::optional<QString> saveForm() = 0;
    // The field that takes the cursor to edit the current row, and the code field for New.
    virtual QWidget *firstField() const = 0;
    virtual QLineEdit *codeField() const = 0;
    // A field changed while a refusal is shown: by default the message goes; a page whose
    // service can check without writing shows what is still wrong.
    virtual void formEdited();

private:
    // Fills the form with the source row (-1: empty, to add) and sets its mode.
    void showRow(int row);
    void edited();

    QAbstractItemModel *m_model;
    ListTableView *m_list;
    QFormLayout *m_form;
    QHBoxLayout *m_buttons;
    ErrorLabel *m_errors;
    QLabel *m_status;
};

} // namespace paydesk::ui
