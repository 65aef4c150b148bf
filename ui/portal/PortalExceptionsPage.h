#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class PortalExceptionModel;

// The Online payments page's exceptions queue (`portal exceptions` on the desk): every report
// record that could not post, with its file, line, what was read and why; under the list why
// the chosen record did not post, in full, and the record as it stands in the file. Match… finds the family with a
// patient search and posts with one click (PortalMatchDialog); Dismiss… closes it for a reason (PortalDismissDialog);
// both are a billing manager's work (greyed out for others, saying who may). Show resolved lists the matched and
// dismissed ones too.
class PortalExceptionsPage : public QWidget
{
    Q_OBJECT

public:
    PortalExceptionsPage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    PortalExceptionModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }
    QCheckBox *showAllBox() const { return m_showAll; }
    QPushButton *matchButton() const { return m_match; }
    QPushButton *dismissButton() const { return m_dismiss; }
    // The open ones, for the tab's title.
    qint64 openCount() const { return m_open; }

    void load();

public Q_SLOTS:
    void match();
    void dismiss();

Q_SIGNALS:
    // The queue changed (read again); `message` says what was done, for the desk's status
    // bar; `familyId` is the family a match posted on (0 for a dismissal).
    void resolved(qint64 familyId, const QString &message);

private:
    void showRecord();
    // The chosen exception's row, or -1 after saying to choose one first.
    int chosenRow();

    const core::Database &m_db;
    QString m_user;
    qint64 m_open = 0;
    QCheckBox *m_showAll;
    PortalExceptionModel *m_model;
    ListTableView *m_view;
    QLabel *m_count;
    QLabel *m_why;
    QPlainTextEdit *m_raw;
    QPushButton *m_match;
    QPushButton *m_dismiss;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
