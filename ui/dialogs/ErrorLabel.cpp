#include "dialogs/ErrorLabel.h"

#include "dialogs/WindowFit.h"

#include "money/Money.h"
#include "util/Errors.h"

#include <QFormLayout>
#include <QVBoxLayout>

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
    // One cell for both, so that a wrapped message takes the height of its lines (a form
    // row of its own is given the height of a narrow label's size hint).
    auto *cell = new QWidget(field->parentWidget());
    auto *message = new ErrorLabel(cell);
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    form->addRow(label, cell);
    // The label's buddy is the field itself, for its Alt+letter and its name (KeyboardAccess).
    // A cell that passed its focus on (a focus proxy) would be a second Tab stop, after the
    // fields below it, that sends the focus back up.
    if (auto *text = qobject_cast<QLabel *>(form->labelForField(cell)))
        text->setBuddy(field);
    return message;
}

void ErrorLabel::showMessages(const QStringList &messages)
{
    const QString text = messages.join(u'\n');
    if (text == this->text() && isHidden() == messages.isEmpty())
        return;
    // Measured before the label changes: showing it may already raise the window's minimum
    // height, and so its height.
    const int before = window()->height();
    setText(text);
    setVisible(!messages.isEmpty());
    fitWindow(before);
}

void ErrorLabel::fitWindow(int before)
{
    QWidget *dialog = window();
    if (dialog == this)
        return;
    const int needed = WindowFit::neededHeight(dialog, this);
    int height = std::max(needed, dialog->height());
    if (height > before) {
        m_grewWindowBy += height - before;
    } else if (m_grewWindowBy > 0 && needed < height) {
        const int back = std::min(m_grewWindowBy, height - needed);
        height -= back;
        m_grewWindowBy -= back;
    }
    dialog->resize(dialog->width(), height);
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
    } catch (const std::exception &) {
        showMessages(explainCurrentException());
    }
    return false;
}

QString ErrorLabel::refusalOf(const std::function<void()> &work)
{
    try {
        work();
        return {};
    } catch (const std::exception &) {
        return explainCurrentException().join(u'\n');
    }
}

QStringList ErrorLabel::explainCurrentException()
{
    try {
        throw;
    } catch (const core::Refusal &refusal) {
        return refusal.messages();
    } catch (const core::StorageError &error) {
        return {tr("The database failed; nothing was saved: %1").arg(error.message())};
    } catch (const core::MoneyOverflow &) {
        return {tr("The amounts are too large to add up; nothing was saved.")};
    } catch (const std::exception &error) {
        // A mistake of the program, not of the clerk: said as it is, so that it can be reported.
        return {tr("PayDesk could not finish this; nothing was saved: %1").arg(QString::fromLocal8Bit(error.what()))};
    } catch (...) {
        return {tr("PayDesk could not finish this; nothing was saved.")};
    }
}

} // namespace paydesk::ui
