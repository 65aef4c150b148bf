#include "RecentDatabases.h"

#include "storage/ConnectionSpec.h"

#include <QMenu>
#include <QSettings>

namespace paydesk::ui {

namespace {
const QString recentKey = QStringLiteral("connection/recent");
}

RecentDatabases::RecentDatabases(QWidget *parent)
    : QObject(parent)
    , m_menu(new QMenu(tr("Recent &databases"), parent))
{
    m_menu->setObjectName(QStringLiteral("recentDatabases"));
    connect(m_menu, &QMenu::aboutToShow, this, &RecentDatabases::fillMenu);
    fillMenu();
}

QStringList RecentDatabases::list()
{
    return QSettings().value(recentKey).toStringList();
}

QString RecentDatabases::last()
{
    return list().value(0);
}

void RecentDatabases::add(const core::ConnectionSpec &spec)
{
    const QString name = spec.displayName();
    QStringList recent = list();
    recent.removeAll(name);
    recent.prepend(name);
    QSettings().setValue(recentKey, recent.mid(0, maximum));
}

void RecentDatabases::fillMenu()
{
    m_menu->clear();
    const QStringList recent = list();
    for (int i = 0; i < recent.size(); ++i) {
        // &1 … &8: each a key press away; & in a path is doubled so it shows.
        QString label = recent[i];
        label.replace(u'&', QStringLiteral("&&"));
        QAction *action = m_menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(label));
        connect(action, &QAction::triggered, this, [this, name = recent[i]] { Q_EMIT openRequested(name); });
    }
    m_menu->setEnabled(!recent.isEmpty());
}

} // namespace paydesk::ui
