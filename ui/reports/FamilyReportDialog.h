#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLabel;
class QLayout;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;

// A report with one row per family (IdRole: the account number), what the lines mean above
// them and the totals below: sortable, exported as the report's own CSV (its documented
// columns), and Enter or a double-click on a family closes the report and opens that
// family's account. Each report adds its model, its options and how it builds and writes.
class FamilyReportDialog : public QDialog
{
    Q_OBJECT

public:
    ListTableView *lines() const { return m_lines; }
    QLabel *totals() const { return m_totals; }
    // The family the clerk chose to open (0: none).
    qint64 chosenFamilyId() const { return m_chosenFamilyId; }

    // Writes the report's CSV; false, with the reason shown, when the file cannot be written.
    bool exportTo(const QString &path);

public Q_SLOTS:
    // Asks for a file name, then exports.
    void exportCsv();

protected:
    // `model` (taken over) is the list's; `exportName` names the list's own export.
    FamilyReportDialog(QAbstractItemModel *model, const QString &exportName, QWidget *parent);

    // Lays the dialog out: `options` (may be null) above the hint, `buttons` before Export
    // CSV, Open account and Close.
    void arrange(QLayout *options, const QString &hint, const QList<QPushButton *> &buttons);
    // After the report was built again: the first family is current.
    void showLines();
    ErrorLabel *errors() const { return m_errors; }

    // Throws like the report's writeCsv().
    virtual void writeCsv(const QString &path) const = 0;
    // The file name Export CSV suggests, and its dialog's title.
    virtual QString csvFileName() const = 0;
    virtual QString exportTitle() const = 0;

private:
    void openFamily(qint64 familyId);

    qint64 m_chosenFamilyId = 0;
    ListTableView *m_lines;
    QLabel *m_totals;
    QPushButton *m_open;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
