#include "ConfigCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "settings/PracticeSettings.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// A value on one line, quoted, so that an empty value shows and a multi-line address stays
// one line ("1 Main St\nSpringfield").
QString quoted(const QString &value)
{
    QString text = value;
    text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + text + u'"';
}

} // namespace

int ConfigCommands::list(CommandContext &context)
{
    const QList<core::Setting> settings = core::PracticeSettings(context.db()).list();
    if (context.json()) {
        QJsonArray array;
        for (const core::Setting &setting : settings) {
            array.append(QJsonObject{{u"key"_s, QString::fromLatin1(setting.spec->key)},
                                     {u"value"_s, setting.value},
                                     {u"default"_s, setting.isDefault},
                                     {u"type"_s, core::PracticeSettings::kindName(setting.spec->kind)},
                                     {u"meaning"_s, core::PracticeSettings::meaning(*setting.spec)}});
        }
        context.print(QJsonObject{{u"settings"_s, array}});
        return 0;
    }
    for (const core::Setting &setting : settings) {
        const QString key = QString::fromLatin1(setting.spec->key);
        context.print(setting.isDefault ? CliTr::tr("%1 = %2 (default)").arg(key, quoted(setting.value))
                                        : u"%1 = %2"_s.arg(key, quoted(setting.value)));
        context.print(u"    "_s
                      + CliTr::tr("Type: %1. %2")
                            .arg(core::PracticeSettings::kindName(setting.spec->kind), core::PracticeSettings::meaning(*setting.spec)));
    }
    return 0;
}

int ConfigCommands::set(CommandContext &context)
{
    const QString key = context.options().operand(0);
    const QString value = context.options().operand(1);
    core::PracticeSettings settings(context.db());
    const QString before = settings.value(key); // refuses an unknown key before anything is written
    settings.set(context.user(), key, value);
    const QString after = settings.value(key);
    if (context.json())
        context.print(QJsonObject{{u"key"_s, key}, {u"value"_s, after}, {u"before"_s, before}, {u"changed"_s, before != after}});
    else if (before == after)
        context.print(CliTr::tr("%1 is already %2; nothing changed.").arg(key, quoted(after)));
    else
        context.print(CliTr::tr("%1 is now %2 (it was %3).").arg(key, quoted(after), quoted(before)));
    return 0;
}

} // namespace paydesk::cli
