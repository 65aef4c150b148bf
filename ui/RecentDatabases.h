#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace paydesk::core {
class ConnectionSpec;
}

namespace paydesk::ui {

// The databases the desk opened last, newest first, kept in QSettings as their
// ConnectionSpec::displayName(): backend, file or host, port, database, user, service,
// never a password. The first is the one the desk opens when started without --db.
// Offered as File > Recent databases.
class RecentDatabases : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentDatabases(QWidget *parent);

    // Newest first.
    static QStringList list();
    // The last database opened, empty when none was.
    static QString last();
    // Puts `spec` first (once), forgetting the oldest beyond `maximum`.
    static void add(const core::ConnectionSpec &spec);

    // File > Recent databases, filled each time it opens.
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    // The clerk chose a recent database: its displayName().
    void openRequested(const QString &text);

private:
    void fillMenu();

    QMenu *m_menu;
};

} // namespace paydesk::ui
