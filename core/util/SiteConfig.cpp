#include "util/SiteConfig.h"

#include "util/Errors.h"
#include "util/Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace paydesk::core {

QString SiteConfig::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("PAYDESK_CONFIG");
    return fromEnvironment.isEmpty() ? u"/etc/paydesk/paydesk.conf"_s : fromEnvironment;
}

SiteConfig SiteConfig::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Refusal(Tr::tr("Cannot read the settings file %1: %2").arg(path, file.errorString()));
    SiteConfig config;
    const QList<std::pair<QString, QString *>> keys = {
        {u"database"_s, &config.m_database},
        {u"user"_s, &config.m_user},
        {u"password_file"_s, &config.m_passwordFile},
    };
    QStringList problems;
    QSet<QString> seen;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0) {
            problems << Tr::tr("%1, line %2: \"%3\" is not key = value.").arg(path).arg(lineNumber).arg(line);
            continue;
        }
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        const auto known = std::find_if(keys.begin(), keys.end(), [&](const auto &k) { return k.first == key; });
        if (known == keys.end())
            problems << Tr::tr("%1, line %2: \"%3\" is not a setting; the settings are database, user and "
                               "password_file.")
                            .arg(path)
                            .arg(lineNumber)
                            .arg(key);
        else if (seen.contains(key))
            problems << Tr::tr("%1, line %2: %3 is given a second time.").arg(path).arg(lineNumber).arg(key);
        else if (value.isEmpty())
            problems << Tr::tr("%1, line %2: %3 has no value.").arg(path).arg(lineNumber).arg(key);
        else
            *known->second = value;
        seen.insert(key);
    }
    if (!problems.isEmpty())
        throw Refusal(problems);
    return config;
}

std::optional<QString> SiteConfig::defaultDatabase()
{
    const QString path = defaultPath();
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const QString database = read(path).database();
    return database.isEmpty() ? std::nullopt : std::optional(database);
}

} // namespace paydesk::core
