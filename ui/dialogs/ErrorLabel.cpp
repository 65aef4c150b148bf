#include "dialogs/ErrorLabel.h"

#include "money/Money.h"
#include "util/Errors.h"

#include <QFormLayout>

namespace paydesk::ui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("errors"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, color());
    setPalette(red);
    hide();
}

QColor ErrorLabel::color()
{
    return QColor(0xb0, 0x00, 0x20);
}

ErrorLabel *ErrorLabel::addFieldRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *message = new ErrorLabel(field->parentWidget());
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    form->addRow(label, field);
    form->addRow(QString(), message);
    return message;
}

void ErrorLabel::showMessages(const QStringList &messages)
{
    setText(messages.join(u'\n'));
    setVisible(!messages.isEmpty());
}

void ErrorLabel::clearMessages()
{
    showMessages({});
}

bool ErrorLabel::run(const std::function<void()> &work)
{
    try {
        work();
        clearMessages();
        return true;
    } catch (const core::Refusal &refusal) {
        showMessages(refusal.messages());
    } catch (const core::StorageError &error) {
        showMessages({tr("The database failed; nothing was saved: %1").arg(error.message())});
    } catch (const core::MoneyOverflow &) {
        showMessages({tr("The amounts are too large to add up; nothing was saved.")});
    }
    return false;
}

} // namespace paydesk::ui
