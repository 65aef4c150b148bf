#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class SettingsForm;
class TimeZoneCombo;

// Settings > Online patient services (the reference's Online Patient Services preferences):
// the clearinghouse patients pay through (portal.clearinghouse), the practice's InstaMed
// guest-pay alias (portal.instamed_alias), the folder report files arrive in
// (portal.report_folder, with Browse…) and the zone their times are read in
// (portal.time_zone). Under them, the Pay Now address as stored, or what is still missing
// for it (core::PayNowLink): the page says why no link shows yet. Saving, the messages
// beside each field and the role are SettingsForm's (a billing manager's keys).
class OnlineServicesPage : public QWidget
{
    Q_OBJECT

public:
    OnlineServicesPage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    QString status() const;
    // The Pay Now address, or what is missing for it, one line each.
    QString linkText() const;
    QWidget *firstField() const;

public Q_SLOTS:
    bool save();
    void reload();

private:
    void browse();

    const core::Database &m_db;
    QComboBox *m_clearinghouse;
    QLineEdit *m_alias;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    TimeZoneCombo *m_timeZone;
    QLabel *m_link;
    SettingsForm *m_form;
};

} // namespace paydesk::ui
