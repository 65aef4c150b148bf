#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class DateEdit;
class ErrorLabel;

// Settings > Practice: the practice's name, address and phone (printed on receipts), its
// time zone (what "today" is), the lock date (the closed period) and the desk's idle lock. Save (the button, Alt+S)
// stores every field in one transaction through core::PracticeSettings; Enter saves nothing,
// so picking a time zone with Enter cannot store a half-typed page. A value the core would
// refuse is explained under its field, and the explanation goes as soon as the field is
// right; "saved" goes as soon as a field is edited again.
class PracticePage : public QWidget
{
    Q_OBJECT

public:
    PracticePage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    // What the last save did; empty after a refusal, and once a field is edited again.
    QString status() const;
    // Where the cursor starts.
    QWidget *firstField() const;

public Q_SLOTS:
    // True when every field was stored.
    bool save();
    // Shows the stored settings.
    void reload();

private:
    // One setting's editor, how to read it, and the message under it.
    struct Field
    {
        QString key;
        QWidget *editor; // what takes the cursor when the value is refused
        std::function<QString()> value;
        ErrorLabel *error;
    };

    // A row of the form: the editor, its explanation (if any) and its error message below it.
    // `box` holds the editor (the editor itself, or the lock date's choices).
    void addField(QFormLayout *form, const QString &label, const QString &key, QWidget *box, QWidget *editor,
                  std::function<QString()> value, const QString &hint = {});
    // Shows the field's problem under it; true when there is none.
    bool check(const Field &field);
    // After a refusal, re-checks the field as the clerk edits it.
    void recheck(const QString &key);

    const core::Database &m_db;
    QString m_user;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_phone;
    QComboBox *m_timeZone;
    QRadioButton *m_noLockDate;
    QRadioButton *m_lockDate;
    DateEdit *m_lockDateEdit;
    QLineEdit *m_idleMinutes;
    QList<Field> m_fields;
    // The values as last read: Save stores only what differs, so that a default (the system's
    // time zone) stays a default.
    QHash<QString, QString> m_stored;
    ErrorLabel *m_errors;
    QLabel *m_status;
};

} // namespace paydesk::ui
