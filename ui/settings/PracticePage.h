#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class DateEdit;
class SettingsForm;

// Settings > Practice: the practice's name, address and phone (printed on receipts), its
// time zone (what "today" is), the lock date (the closed period), the desk's idle lock and
// when the nightly job may start the queued migrations (nightly.time). Save (the button, Alt+S)
// stores every field in one transaction through core::PracticeSettings (SettingsForm); Enter
// saves nothing, so picking a time zone with Enter cannot store a half-typed page.
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
    const core::Database &m_db;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_phone;
    QComboBox *m_timeZone;
    QRadioButton *m_noLockDate;
    QRadioButton *m_lockDate;
    DateEdit *m_lockDateEdit;
    QLineEdit *m_idleMinutes;
    QLineEdit *m_nightlyTime = nullptr;
    QLineEdit *m_backupFolder;
    QLineEdit *m_backupsKept;
    SettingsForm *m_form;
};

} // namespace paydesk::ui
