#pragma once

#include "money/Money.h"
#include "util/Permissions.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <utility>

namespace paydesk::core {

class Database;

// What a practice setting holds. Each kind has one check, shared by the CLI and the desk.
struct SettingSpec
{
    enum class Kind {
        Text,          // one line, at most 200 characters
        MultilineText, // line breaks allowed (an address), at most 500 characters
        TimeZone,      // an IANA name (America/Chicago); the default is the system's
        PastDate,      // YYYY-MM-DD, not after today, or empty for none
        WholeNumber,   // digits only, from minimum to maximum; the default is defaultNumber
        Choice,        // one of choices(), written exactly; the default is the first
        Money,         // an amount of 0 or more with at most two decimals; the default is defaultText
        CollectionCode, // a code of the Collection Status Table, or empty for none (the default)
        GuestPayAlias, // 3 to 60 letters, digits, '.', '-' or '_' (it ends a web address), or empty
        TimeOfDay,     // HH:MM on a 24-hour clock; the default is defaultText
    };

    const char *key;
    Kind kind;
    const char *meaning; // QT_TRANSLATE_NOOP("PayDesk", ...)
    // WholeNumber only.
    int minimum = 0;
    int maximum = 0;
    int defaultNumber = 0;
    // Choice only: the values, separated by '|' ("invoice|suspend"), the first the default.
    const char *choiceList = nullptr;
    // Money and TimeOfDay: the default, as stored ("25.00", "20:00").
    const char *defaultText = nullptr;
    // Another setting whose value is this one's default while nothing is stored
    // (portal.time_zone follows practice.time_zone until the portal's zone is set).
    const char *defaultKey = nullptr;

    QStringList choices() const;
};

struct Setting
{
    const SettingSpec *spec = nullptr;
    QString value;          // what applies: the stored value, else the default
    bool isDefault = true;  // nothing stored
};

// The practice's settings, stored in the database so that every desk and every batch job
// of the practice reads the same ones. Later features add keys to specs(), each with its kind.
// A change is refused, naming the key, when the key is unknown or the value is not of its
// kind; each change writes the audit trail with the value before and after.
class PracticeSettings
{
public:
    explicit PracticeSettings(const Database &db) : m_db(db) {}

    static const QList<SettingSpec> &specs();
    static const SettingSpec *find(const QString &key);
    // The value a setting has while nothing is stored; for a spec with a defaultKey, that
    // key's own default (value() and list() read what is stored for it).
    static QString defaultValue(const SettingSpec &spec);
    // A name for the kind in the user's language ("text", "date or empty").
    static QString kindName(SettingSpec::Kind kind);
    // What the setting is for, in the user's language.
    static QString meaning(const SettingSpec &spec);
    // Who may change `key`: the practice's own settings (practice.*, ledger.lock_date, desk.*,
    // nightly.*, backup.*) are the administrator's, every other key the billing manager's.
    static Permissions::Action actionFor(const QString &key);

    // Every setting, in specs() order.
    QList<Setting> list() const;
    // Throws Refusal for an unknown key.
    QString value(const QString &key) const;
    // A WholeNumber setting's value; its default when what is stored is not one (an older
    // program's value). Throws Refusal for an unknown key.
    int number(const QString &key) const;
    // A Money setting's value; its default when what is stored is not one. Throws Refusal for
    // an unknown key.
    Money money(const QString &key) const;
    // A TimeOfDay setting's value; its default when what is stored is not one.
    QTime timeOfDay(const QString &key) const;

    // Why set() would refuse `value` for `key`, or an empty string: for a form that shows each
    // field's problem beside it while the clerk corrects it.
    QString problem(const QString &key, const QString &value) const;

    // Checks and stores the values in one transaction with their audit rows; all or none.
    // Throws Refusal with one message per refused value, or when `user` may not change one
    // of the keys (actionFor).
    void set(const QString &user, const QList<std::pair<QString, QString>> &values);
    void set(const QString &user, const QString &key, const QString &value) { set(user, {{key, value}}); }
    // set()'s checks and writes inside the caller's transaction, for a change of which the
    // settings are one part (the collections defaults); the caller has asked Permissions.
    void store(const QString &user, const QList<std::pair<QString, QString>> &values);

private:
    const Database &m_db;
};

} // namespace paydesk::core
