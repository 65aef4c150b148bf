#pragma once

#include "collections/WebPayLists.h"

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;

// One of the lists CGM webPAY plans choose from (merchants or payment methods) in
// Settings > Collections: its names, and a name to add (Add; Enter adds nothing, as everywhere in Settings). A
// refused name explains itself under the field. Only a billing manager adds.
class WebPayListPanel : public QGroupBox
{
    Q_OBJECT

public:
    WebPayListPanel(const core::Database &db,
                    const QString &user,
                    core::WebPayLists::List list,
                    QWidget *parent = nullptr);

    QStringList names() const;

public Q_SLOTS:
    // Adds the typed name; true when it was stored.
    bool add();

private:
    void reload();

    const core::Database &m_db;
    QString m_user;
    core::WebPayLists::List m_list;
    QListWidget *m_names;
    QLineEdit *m_name;
    QPushButton *m_add;
    ErrorLabel *m_message;
};

} // namespace paydesk::ui
