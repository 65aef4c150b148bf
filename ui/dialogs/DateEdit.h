#pragma once

#include <QDateEdit>

namespace paydesk::ui {

// A ledger date: today by default, never in the future, with a calendar popup and the
// locale's short format with a four-digit year (LedgerText::dateFormat).
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    // Starts showing `blankText` instead of a date, for a date that has no sensible
    // default (a birth date): a forgotten one is then missing, not some default day.
    // The first digit typed starts a date.
    void startBlank(const QString &blankText);
    // The date, or a null date while blank.
    QDate dateOrNull() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool isBlank() const;
};

} // namespace paydesk::ui
