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
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
struct CollectionCode;
}

namespace paydesk::ui {

class ErrorLabel;
class MoneyEdit;

// What every page of practice settings shares: a form row per core::PracticeSettings key
// with its hint and, under it, why the core would refuse what is typed; Save (the button,
// Alt+S) storing what changed in one transaction; and what Save said. The explanation goes
// as soon as the field is right, "saved" as soon as a field is edited again. Enter saves
// nothing (no default button). This widget is the part under the page's fields: the
// refusals that name no field, Save, and the status.
class SettingsForm : public QWidget
{
    Q_OBJECT

public:
    // `savedText` is what Save says once it stored the page ("The practice settings are saved.").
    SettingsForm(const core::Database &db, const QString &user, const QString &savedText, QWidget *parent);

    // A row of `form`: `box` holds the editor (the editor itself, or the editor with its
    // choices), then the hint, if any, and the field's message. `editor` takes the cursor
    // when the value is refused and is the label's buddy (an empty `label`: no caption, for
    // a check box); `value` reads the field as
    // PracticeSettings stores it.
    void addField(QFormLayout *form, const QString &label, const QString &key, QWidget *box, QWidget *editor,
                  std::function<QString()> value, const QString &hint = {});
    // A Kind::Money key's row: an amount typed as the clerk writes it ("$25", "1,234.50"),
    // handed to PracticeSettings as Money::toString() writes it (a text that is no amount as
    // typed, for the core to refuse naming the key). Editing it rechecks the key.
    MoneyEdit *addMoneyField(QFormLayout *form, const QString &label, const QString &key, const QString &hint = {});
    // A Kind::TimeOfDay key's row: HH:MM on a 24-hour clock, handed to PracticeSettings as
    // typed (trimmed by the core), so that what is not a time is refused beside it, naming
    // the key. Editing it rechecks the key.
    QLineEdit *addTimeField(QFormLayout *form, const QString &label, const QString &key, const QString &hint = {});
    // A Kind::CollectionCode key's row: "(none)" and the codes of the Collection Status Table
    // (showCodes() fills it). Choosing rechecks the key.
    QComboBox *addCodeField(QFormLayout *form, const QString &label, const QString &key, const QString &hint = {});
    // Fills a code field with "(none)" and `codes` ("IC – Initial collection"), `stored` chosen.
    static void showCodes(QComboBox *combo, const QList<core::CollectionCode> &codes, const QString &stored);
    // The clerk edited the field: the status goes, and a message already shown under it is
    // checked again.
    void recheck(const QString &key);
    // The page shows the stored values: Save compares with these, so that only what differs
    // is stored (a default, such as the system's time zone, stays a default). Clears the messages.
    void takeStored();
    // A user whose role may not change the page's keys (PracticeSettings::actionFor) sees
    // `fields` disabled, no Save, and which role may. Call once the fields are added.
    void applyRole(QWidget *fields);

    QString status() const;
    bool isReadOnly() const { return m_readOnly; }
    // For a page with another Save of its own, which must not share Alt+S.
    void setSaveText(const QString &text);

    // A hint under a field or a section, in the secondary text colour.
    static QLabel *hintLabel(const QString &text, QWidget *parent);
    // A whole number's box: `edit`, narrow, and its unit after it ("days (1 to 365)").
    static QWidget *numberBox(QLineEdit *edit, const QString &unit, QWidget *parent);

public Q_SLOTS:
    // True when every changed field was stored (or nothing changed).
    bool save();

Q_SIGNALS:
    // Save stored the values: the page reads them again and calls takeStored().
    void saved();

private:
    struct Field
    {
        QString key;
        QWidget *editor;
        std::function<QString()> value;
        ErrorLabel *error;
    };

    // Shows the field's problem under it; true when there is none.
    bool check(const Field &field);

    const core::Database &m_db;
    QString m_user;
    QString m_savedText;
    QList<Field> m_fields;
    QHash<QString, QString> m_stored;
    ErrorLabel *m_errors;
    QPushButton *m_save;
    QLabel *m_status;
    bool m_readOnly = false;
};

} // namespace paydesk::ui
