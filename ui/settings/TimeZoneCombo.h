#pragma once

#include <QComboBox>

namespace paydesk::ui {

// An IANA time zone to pick or type (Settings > Practice's zone, Online patient services'
// report zone): every zone the system knows, found by any part of its name ("madrid" offers
// Europe/Madrid: clerks know the city, not the region). What is typed is the value, for
// PracticeSettings to check; Enter inserts nothing.
class TimeZoneCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);
};

} // namespace paydesk::ui
