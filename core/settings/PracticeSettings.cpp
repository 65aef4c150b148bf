#include "settings/PracticeSettings.h"

#include "collections/CollectionCode.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionsPolicy.h"
#include "ledger/LedgerCalendar.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QHash>
#include <QJsonObject>
#include <QTime>
#include <QTimeZone>

namespace paydesk::core {

namespace {

// The stored form of `value` for `spec`, or a Refusal message naming the key.
QString normalized(const SettingSpec &spec, const QString &value, const Database &db, QString &problem)
{
    const QString key = QString::fromLatin1(spec.key);
    switch (spec.kind) {
    case SettingSpec::Kind::Text:
    case SettingSpec::Kind::MultilineText: {
        const QString text = FreeText::normalized(value);
        problem = FreeText::problem(
                key, text, spec.kind == SettingSpec::Kind::MultilineText ? FreeText::Kind::Multiline : FreeText::Kind::Line);
        return text;
    }
    case SettingSpec::Kind::TimeZone: {
        const QString id = value.trimmed();
        // The system's own zone is the default, so it must pass: Qt 6.4 lists only the zones of
        // zone.tab as available, and a server set to Etc/UTC would refuse its own default.
        const bool known = QTimeZone::isTimeZoneIdAvailable(id.toUtf8()) || id.toUtf8() == QTimeZone::systemTimeZoneId();
        if (!known)
            problem = Tr::tr("%1: \"%2\" is not a time zone this computer knows; write an IANA name such as "
                             "America/New_York or Europe/Madrid.")
                          .arg(key, value);
        return id;
    }
    case SettingSpec::Kind::PastDate: {
        const QString text = value.trimmed();
        if (text.isEmpty())
            return text;
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            problem = Tr::tr("%1: \"%2\" is not a date; write it as YYYY-MM-DD, or leave it empty for none.").arg(key, value);
        else if (const QDate today = LedgerCalendar(db).today(); date > today)
            problem = Tr::tr("%1: %2 is after today (%3).")
                          .arg(key, date.toString(Qt::ISODate), today.toString(Qt::ISODate));
        return text;
    }
    case SettingSpec::Kind::WholeNumber: {
        const QString text = value.trimmed();
        bool isNumber = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
        const int number = isNumber ? text.toInt(&isNumber) : 0;
        if (!isNumber)
            problem = Tr::tr("%1: \"%2\" is not a whole number; write one from %3 to %4.")
                          .arg(key, value)
                          .arg(spec.minimum)
                          .arg(spec.maximum);
        else if (number < spec.minimum || number > spec.maximum)
            problem = Tr::tr("%1: %2 is outside %3 to %4.").arg(key).arg(number).arg(spec.minimum).arg(spec.maximum);
        return isNumber ? QString::number(number) : text;
    }
    case SettingSpec::Kind::Choice: {
        const QString text = value.trimmed();
        const QStringList choices = spec.choices();
        if (!choices.contains(text)) {
            QStringList named = choices;
            named.removeAll(QString());
            // An empty first choice is "none" (portal.clearinghouse), named in words rather than as ", ".
            problem = (named.size() < choices.size() ? Tr::tr("%1: \"%2\" is not one of %3, or empty.")
                                                     : Tr::tr("%1: \"%2\" is not one of %3."))
                          .arg(key, value, named.join(QStringLiteral(", ")));
        }
        return text;
    }
    case SettingSpec::Kind::Money: {
        const MoneyParseResult amount = Money::parse(value.trimmed());
        if (!amount) {
            problem = QStringLiteral("%1: %2").arg(key, amount.error());
            return value.trimmed();
        }
        if (amount.value().isNegative())
            problem = Tr::tr("%1: %2 is below zero.").arg(key, amount.value().toString());
        return amount.value().toString();
    }
    case SettingSpec::Kind::CollectionCode: {
        const QString code = CollectionCode::normalized(value);
        if (!code.isEmpty() && !CollectionCodeTable::exists(db, code))
            problem = Tr::tr("%1: \"%2\" is not a code of the Collection Status Table.").arg(key, value.trimmed());
        return code;
    }
    case SettingSpec::Kind::GuestPayAlias: {
        const QString alias = value.trimmed();
        if (alias.isEmpty())
            return alias;
        const auto allowed = [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
                || c == u'-' || c == u'_';
        };
        const auto bad = std::find_if_not(alias.begin(), alias.end(), allowed);
        if (bad != alias.end())
            problem = Tr::tr("%1: \"%2\" holds \"%3\"; an alias has only letters, digits, \".\", \"-\" and \"_\".")
                          .arg(key, value, QString(*bad));
        else if (alias.size() < 3 || alias.size() > 60)
            problem = Tr::tr("%1: \"%2\" has %3 characters; an alias has 3 to 60, or leave it empty.")
                          .arg(key, value)
                          .arg(alias.size());
        return alias;
    }
    case SettingSpec::Kind::TimeOfDay: {
        const QString text = value.trimmed();
        // Exactly HH:MM, as the reference's job time is written: "8" or "8:00 PM" would be read
        // differently by different people, and a job at the wrong hour locks the desk.
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!time.isValid() || text.size() != 5)
            problem = Tr::tr("%1: \"%2\" is not a time of day; write it as HH:MM on a 24-hour clock, such as 20:00.")
                          .arg(key, value);
        return text;
    }
    }
    return value;
}

// Names the keys there are, so a misspelt one ("practice.nam") can be put right at once.
QString unknownKey(const QString &key)
{
    QStringList keys;
    for (const SettingSpec &spec : PracticeSettings::specs())
        keys << QString::fromLatin1(spec.key);
    return Tr::tr("There is no setting \"%1\"; the settings are %2.").arg(key, keys.join(QStringLiteral(", ")));
}

QJsonObject auditForm(const QString &key, const QString &value)
{
    return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

} // namespace

const QList<SettingSpec> &PracticeSettings::specs()
{
    using K = SettingSpec::Kind;
    static const QList<SettingSpec> all = {
        {"practice.name", K::Text, QT_TRANSLATE_NOOP("PayDesk", "The practice's name, printed on receipts.")},
        {"practice.address", K::MultilineText, QT_TRANSLATE_NOOP("PayDesk", "The practice's postal address, printed on receipts.")},
        {"practice.phone", K::Text, QT_TRANSLATE_NOOP("PayDesk", "The practice's phone number, printed on receipts.")},
        {"practice.time_zone", K::TimeZone,
         QT_TRANSLATE_NOOP("PayDesk", "The practice's time zone: it decides what \"today\" is for every date PayDesk "
                                      "assigns or checks.")},
        {"ledger.lock_date", K::PastDate,
         QT_TRANSLATE_NOOP("PayDesk", "Nothing dated on or before this date may be posted, voided or refunded "
                                      "(a closed period); empty for none.")},
        {"desk.idle_lock_minutes", K::WholeNumber,
         QT_TRANSLATE_NOOP("PayDesk", "On a secured database, the desk locks itself after this many minutes "
                                      "without use and asks for the password again (1 to 120)."),
         1, 120, 10},
        {"statements.interval_days", K::WholeNumber,
         QT_TRANSLATE_NOOP("PayDesk", "Days between two statements to the same family (1 to 365)."), 1, 365, 30},
        {"statements.max", K::WholeNumber,
         QT_TRANSLATE_NOOP("PayDesk", "Statements sent before a family goes to \"Suspended - Final statement sent\" "
                                      "(1 to 99); a family on a payment plan is not held to it."),
         1, 99, 3},
        {.key = "billing.default",
         .kind = K::Choice,
         .meaning = QT_TRANSLATE_NOOP("PayDesk", "What happens to a new balance: invoice queues it for statements, "
                                                 "suspend puts it in \"Suspended - Pending write-off\"."),
         .choiceList = "invoice|suspend"},
        {.key = "plans.automated",
         .kind = K::Choice,
         .meaning = QT_TRANSLATE_NOOP("PayDesk", "true: payment plans follow plans.days_between_payments and "
                                                 "plans.suspended_days; false (manual plans): a plan is disabled after "
                                                 "45 days without a payment and the family is suspended for 15 days."),
         .choiceList = "false|true"},
        {"plans.days_between_payments", K::WholeNumber,
         QT_TRANSLATE_NOOP("PayDesk", "Automated plans: a plan with no payment for more days than this is disabled "
                                      "(1 to 365). Only a payment resets this clock, never a statement."),
         1, 365, 30},
        {"plans.suspended_days", K::WholeNumber,
         QT_TRANSLATE_NOOP("PayDesk", "Automated plans: days a family stays in \"Suspended - Payment plan disabled\" "
                                      "before standard billing resumes (1 to 365)."),
         1, 365, 15},
        {"collections.delinquent_days", K::WholeNumber,
         QT_TRANSLATE_NOOP("PayDesk", "A balance is delinquent when the part of it older than this many days, by "
                                      "the aging rule, is at least collections.min_amount (1 to 999)."),
         1, 999, 90},
        {.key = "collections.min_amount",
         .kind = K::Money,
         .meaning = QT_TRANSLATE_NOOP("PayDesk", "The smallest delinquent amount that sends an account to "
                                                 "collections."),
         .defaultText = "25.00"},
        {"collections.initial_status", K::CollectionCode,
         QT_TRANSLATE_NOOP("PayDesk", "The collection status a delinquent account enters. Until it is set, "
                                      "collections are off and the daily run skips them.")},
        {"collections.plan_code", K::CollectionCode,
         QT_TRANSLATE_NOOP("PayDesk", "Collection Payment Plan: the status of an account in collections while it "
                                      "is on a collection payment plan.")},
        {"collections.plan_failed_code", K::CollectionCode,
         QT_TRANSLATE_NOOP("PayDesk", "Collection Payment Plan Failed: where a defaulted collection payment plan "
                                      "sends the account, unless the plan names another status.")},
        {"collections.nd_plan_code", K::CollectionCode,
         QT_TRANSLATE_NOOP("PayDesk", "Non-Delinquent Payment Plan: the status of an account that is not "
                                      "delinquent while it is on a payment plan.")},
        {"collections.nd_plan_failed_code", K::CollectionCode,
         QT_TRANSLATE_NOOP("PayDesk", "Non-Delinquent Pmt Plan Failed: where a defaulted non-delinquent payment "
                                      "plan sends the account, unless the plan names another status.")},
        // Empty first: no Pay Now link is shown until the practice chooses its clearinghouse.
        {.key = "portal.clearinghouse",
         .kind = K::Choice,
         .meaning = QT_TRANSLATE_NOOP("PayDesk", "The clearinghouse patients pay online through (instamed); empty for "
                                                 "none: no Pay Now link is shown."),
         .choiceList = "|instamed"},
        {"portal.instamed_alias", K::GuestPayAlias,
         QT_TRANSLATE_NOOP("PayDesk", "The practice's InstaMed guest-pay alias: the Pay Now address is "
                                      "https://pay.instamed.com/ followed by it.")},
        {"portal.report_folder", K::Text,
         QT_TRANSLATE_NOOP("PayDesk", "The folder the clearinghouse's payment report files arrive in.")},
        {.key = "portal.time_zone",
         .kind = K::TimeZone,
         .meaning = QT_TRANSLATE_NOOP("PayDesk", "The time zone the clearinghouse's report times are read in (they "
                                                 "carry none); practice.time_zone until it is set."),
         .defaultKey = "practice.time_zone"},
        {.key = "nightly.time",
         .kind = K::TimeOfDay,
         .meaning = QT_TRANSLATE_NOOP("PayDesk", "When the nightly job may start the queued migrations, in the "
                                                 "practice's time zone (HH:MM, 24-hour clock)."),
         .defaultText = "20:00"},
        {"backup.folder", K::Text,
         QT_TRANSLATE_NOOP("PayDesk", "The folder the daily run keeps its backups of a SQLite database in; empty for "
                                      "a backups folder beside the database. Point it at another disk.")},
        {"backup.keep", K::WholeNumber,
         QT_TRANSLATE_NOOP("PayDesk", "How many of the daily run's backups are kept: the newest, older ones are "
                                      "deleted (1 to 3650)."),
         1, 3650, 14},
    };
    return all;
}

QStringList SettingSpec::choices() const
{
    return choiceList ? QString::fromLatin1(choiceList).split(u'|') : QStringList();
}

Permissions::Action PracticeSettings::actionFor(const QString &key)
{
    static const QStringList prefixes = {QStringLiteral("practice."), QStringLiteral("desk."),
                                         QStringLiteral("nightly."), QStringLiteral("backup.")};
    const bool practice = key == u"ledger.lock_date"
        || std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &prefix) { return key.startsWith(prefix); });
    return practice ? Permissions::Action::ChangePracticeSettings : Permissions::Action::ChangeSettings;
}

const SettingSpec *PracticeSettings::find(const QString &key)
{
    const QList<SettingSpec> &all = specs();
    const auto it = std::find_if(all.begin(), all.end(), [&](const SettingSpec &s) { return key == QLatin1String(s.key); });
    return it == all.end() ? nullptr : &*it;
}

QString PracticeSettings::defaultValue(const SettingSpec &spec)
{
    if (spec.defaultKey)
        return defaultValue(*find(QString::fromLatin1(spec.defaultKey)));
    if (spec.kind == SettingSpec::Kind::TimeZone)
        return QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (spec.kind == SettingSpec::Kind::WholeNumber)
        return QString::number(spec.defaultNumber);
    if (spec.kind == SettingSpec::Kind::Choice)
        return spec.choices().value(0);
    if (spec.kind == SettingSpec::Kind::Money || spec.kind == SettingSpec::Kind::TimeOfDay)
        return QString::fromLatin1(spec.defaultText);
    return {};
}

QString PracticeSettings::kindName(SettingSpec::Kind kind)
{
    switch (kind) {
    case SettingSpec::Kind::Text: return Tr::tr("text");
    case SettingSpec::Kind::MultilineText: return Tr::tr("text, several lines");
    case SettingSpec::Kind::TimeZone: return Tr::tr("time zone");
    case SettingSpec::Kind::PastDate: return Tr::tr("date or empty");
    case SettingSpec::Kind::WholeNumber: return Tr::tr("whole number");
    case SettingSpec::Kind::Choice: return Tr::tr("one of a list");
    case SettingSpec::Kind::Money: return Tr::tr("amount");
    case SettingSpec::Kind::CollectionCode: return Tr::tr("collection status code or empty");
    case SettingSpec::Kind::GuestPayAlias: return Tr::tr("guest-pay alias or empty");
    case SettingSpec::Kind::TimeOfDay: return Tr::tr("time of day (HH:MM)");
    }
    return {};
}

QString PracticeSettings::meaning(const SettingSpec &spec)
{
    return Tr::tr(spec.meaning);
}

QList<Setting> PracticeSettings::list() const
{
    QHash<QString, QString> stored;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT key, value FROM settings")).exec();
    while (q.next())
        stored.insert(q.text(0), q.text(1));
    const auto valueOf = [&](const SettingSpec &spec, const auto &self) -> QString {
        const auto it = stored.constFind(QString::fromLatin1(spec.key));
        if (it != stored.cend())
            return *it;
        return spec.defaultKey ? self(*find(QString::fromLatin1(spec.defaultKey)), self) : defaultValue(spec);
    };
    QList<Setting> settings;
    for (const SettingSpec &spec : specs())
        settings.append({&spec, valueOf(spec, valueOf), !stored.contains(QString::fromLatin1(spec.key))});
    return settings;
}

QString PracticeSettings::value(const QString &key) const
{
    const SettingSpec *spec = find(key);
    if (!spec)
        throw Refusal(unknownKey(key));
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key")).bind(QStringLiteral(":key"), key).exec();
    if (q.next())
        return q.text(0);
    return spec->defaultKey ? value(QString::fromLatin1(spec->defaultKey)) : defaultValue(*spec);
}

int PracticeSettings::number(const QString &key) const
{
    const QString text = value(key);
    QString problem;
    normalized(*find(key), text, m_db, problem);
    return problem.isEmpty() ? text.toInt() : find(key)->defaultNumber;
}

QTime PracticeSettings::timeOfDay(const QString &key) const
{
    const QTime stored = QTime::fromString(value(key), QStringLiteral("HH:mm"));
    return stored.isValid() ? stored : QTime::fromString(defaultValue(*find(key)), QStringLiteral("HH:mm"));
}

Money PracticeSettings::money(const QString &key) const
{
    const MoneyParseResult stored = Money::parse(value(key));
    return stored ? stored.value() : Money::parse(defaultValue(*find(key))).value();
}

QString PracticeSettings::problem(const QString &key, const QString &value) const
{
    const SettingSpec *spec = find(key);
    if (!spec)
        return unknownKey(key);
    QString problem;
    normalized(*spec, value, m_db, problem);
    return problem;
}

void PracticeSettings::set(const QString &user, const QList<std::pair<QString, QString>> &values)
{
    // Administrator's keys need a role that includes the billing manager's.
    const bool practiceKey = std::any_of(values.begin(), values.end(), [](const auto &change) {
        return actionFor(change.first) == Permissions::Action::ChangePracticeSettings;
    });
    Permissions::require(m_db, user,
                         practiceKey ? Permissions::Action::ChangePracticeSettings
                                     : Permissions::Action::ChangeSettings);
    Transaction tx(m_db);
    store(user, values);
    tx.commit();
}

void PracticeSettings::store(const QString &user, const QList<std::pair<QString, QString>> &values)
{
    QStringList problems;
    QList<std::pair<QString, QString>> checked;
    for (const auto &[key, value] : values) {
        const SettingSpec *spec = find(key);
        if (!spec) {
            problems << unknownKey(key);
            continue;
        }
        QString problem;
        const QString stored = normalized(*spec, value, m_db, problem);
        if (problem.isEmpty())
            checked.append({key, stored});
        else
            problems << problem;
    }
    if (!problems.isEmpty())
        throw Refusal(problems);

    AuditLog audit(m_db, user);
    for (const auto &[key, value] : std::as_const(checked)) {
        const QString before = this->value(key);
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("DELETE FROM settings WHERE key = :key")).bind(QStringLiteral(":key"), key).exec();
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"))
            .bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":value"), value.isNull() ? QStringLiteral("") : value) // "" is "none", not NULL
            .exec();
        if (before != value)
            audit.add(QStringLiteral("set"), QStringLiteral("setting"), 0, auditForm(key, before), auditForm(key, value));
    }
    // The integration's codes depend on one another: checked as they stand together, before
    // the caller commits.
    const bool collections = std::any_of(checked.begin(), checked.end(), [](const auto &change) {
        return change.first.startsWith(QLatin1String("collections."));
    });
    if (collections) {
        if (const QStringList conflicts = CollectionsPolicy::read(m_db).conflicts(); !conflicts.isEmpty())
            throw Refusal(conflicts);
    }
    audit.write();
}

} // namespace paydesk::core
