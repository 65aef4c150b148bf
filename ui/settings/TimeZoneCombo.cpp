#include "settings/TimeZoneCombo.h"

#include <QCompleter>
#include <QTimeZone>

namespace paydesk::ui {

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        addItem(QString::fromUtf8(id));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28); // America/Argentina/Buenos_Aires
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
}

} // namespace paydesk::ui
