#pragma once

#include <QColor>
#include <QLabel>
#include <QStringList>

#include <functional>

class QFormLayout;

namespace paydesk::ui {

// The red text under a form where a refused entry explains itself while the dialog stays
// open, so the clerk can correct the field the message names. Hidden when there is nothing
// to say. Its window grows when a message needs more room than it has (WindowFit), and
// gives that height back when the message goes or gets shorter.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    // The red of every error and of an amount that went wrong (a negative remainder).
    static QColor color();

    // Adds `field` to `form` under `label`, and under it the field's own message label
    // (named after the field: "amountMessage"), so that what is wrong with the field is said
    // next to it. Returns the message label.
    static ErrorLabel *addFieldRow(QFormLayout *form, const QString &label, QWidget *field);

    void showMessages(const QStringList &messages);
    void clearMessages();

    // Runs one service call. A core::Refusal, core::StorageError, core::MoneyOverflow or any
    // other exception is shown here instead of escaping; returns whether the call completed.
    bool run(const std::function<void()> &work);

    // Runs `work` (a check, such as Permissions::require) and says why it refused, as
    // explainCurrentException() does, one message a line; empty when it did not.
    static QString refusalOf(const std::function<void()> &work);

    // The desk's one error policy: what to tell the clerk about the exception being handled
    // (call it in a catch block). Every place the desk catches, this label, DeskCommands, the
    // account view and the application's last resort (app/gui), says it this way, and the
    // program keeps running.
    static QStringList explainCurrentException();

private:
    // Grows the window to fit the message, or shrinks it by what an earlier message grew it;
    // `before` is the window's height before the message changed.
    void fitWindow(int before);

    int m_grewWindowBy = 0;
};

} // namespace paydesk::ui
