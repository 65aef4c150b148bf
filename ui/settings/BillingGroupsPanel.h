#pragma once

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;

// The billing groups in Settings > Collections: each group with its Suppress Collections
// check box (checking or clearing it is stored at once, with its audit row), and a new
// group's name and check box to add. A refused change explains itself under the name. Only
// a billing manager changes them; anyone else sees them read-only.
class BillingGroupsPanel : public QGroupBox
{
    Q_OBJECT

public:
    BillingGroupsPanel(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    // "Default", "Self-pay (suppressed)": what the list shows, in its order.
    QStringList shown() const;

public Q_SLOTS:
    // Adds the typed group; true when it was stored.
    bool add();

private:
    void reload();
    void suppressionToggled(QListWidgetItem *item);

    const core::Database &m_db;
    QString m_user;
    QListWidget *m_groups;
    QLineEdit *m_name;
    QCheckBox *m_suppress;
    QPushButton *m_add;
    ErrorLabel *m_message;
    bool m_editable;
};

} // namespace paydesk::ui
