#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class AuditTrailModel;
class DateEdit;
class ErrorLabel;
class ListTableView;

// Tools > Audit trail, for a billing manager: who did what to which record, with the record
// before and after, newest first, read a page at a time as the list scrolls. Filters: an
// account (the family, its patients and their ledger rows), a user, an action, and a first
// date (typed as every desk date is). Enter or Show applies them; a filter that cannot be
// read empties the list. Export CSV writes every row the filters pick as
// `paydesk-cli audit --csv` does (core::AuditExport).
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditTrailDialog(const core::Database &db, QWidget *parent = nullptr);

    const core::Database &database() const { return m_db; }
    AuditTrailModel *model() const { return m_model; }
    ListTableView *list() const { return m_list; }

    // Who exports: the export asks the core whether this user may.
    void setUser(const QString &user) { m_signedInUser = user; }

    // Reads the trail again with the filters as typed; false (the reason beside the field,
    // the list emptied) when a filter cannot be read.
    bool apply();
    // Applies the filters, then writes what they pick to `path`; false (the reason under
    // the list) when refused or the file cannot be written.
    bool exportTo(const QString &path);

private:
    bool readFilter();
    // Asks for a file name, then exports.
    void exportCsv();
    void updateCount();

    const core::Database &m_db;
    QString m_signedInUser;
    AuditTrailModel *m_model;
    ListTableView *m_list;
    QLineEdit *m_family;
    QLineEdit *m_user;
    QLineEdit *m_action;
    QCheckBox *m_useSince;
    DateEdit *m_since;
    ErrorLabel *m_familyMessage;
    ErrorLabel *m_errors;
    QLabel *m_count;
};

} // namespace paydesk::ui
